import type { AuditEntry, ClosingFinding, ClosingSignoff, VisitBundle } from '../model';
import { compareInstants, compareStrings } from '../merge/canonical';

/**
 * After the meeting the visit goes on (a recording arrives next week, a document copy is sent): what the
 * findings are now is compared with what was signed, finding by finding (by key), and every capture edited
 * after the signature is listed, so the dossier can say what changed after the closing meeting.
 */

export type ChangedField = 'text' | 'title' | 'number';

export type PostMeetingChange =
  | { type: 'added'; key: string; finding: ClosingFinding }
  | { type: 'removed'; key: string; finding: ClosingFinding }
  | { type: 'changed'; key: string; before: ClosingFinding; after: ClosingFinding; fields: ChangedField[] };

const FIELDS: ChangedField[] = ['number', 'title', 'text'];

/** Frozen against current: removed and changed in the frozen order, then added in the current order. */
export function compareFindings(frozen: readonly ClosingFinding[], current: readonly ClosingFinding[]): PostMeetingChange[] {
  const now = new Map(current.map((f) => [f.key, f]));
  const then = new Set(frozen.map((f) => f.key));
  const out: PostMeetingChange[] = [];
  for (const before of frozen) {
    const after = now.get(before.key);
    if (!after) {
      out.push({ type: 'removed', key: before.key, finding: before });
      continue;
    }
    const fields = FIELDS.filter((k) => before[k] !== after[k]);
    if (fields.length) out.push({ type: 'changed', key: before.key, before, after, fields });
  }
  for (const f of current) if (!then.has(f.key)) out.push({ type: 'added', key: f.key, finding: f });
  return out;
}

/** Keys of findings the post-meeting changes touch (added, removed or changed). */
export const changedKeys = (changes: readonly PostMeetingChange[]): Set<string> => new Set(changes.map((c) => c.key));

export interface EditAfterMeeting {
  table: 'answers' | 'decisions' | 'claims' | 'photos';
  id: string;
  questionId: string;
  stepId?: string;
  at: string;
  author: string;
}

/** Captures written after the sign-off (answers, verdict decisions, claims, photos), oldest first. */
export function editsAfter(bundle: Pick<VisitBundle, 'answers' | 'decisions' | 'claims' | 'photos'>, signedAt: string): EditAfterMeeting[] {
  const out: EditAfterMeeting[] = [];
  const after = (at: string) => compareInstants(at, signedAt) > 0;
  for (const a of bundle.answers) {
    const at = a.deleted?.at && after(a.deleted.at) ? a.deleted.at : a.updatedAt;
    if (after(at)) out.push({ table: 'answers', id: a.id, questionId: a.questionId, stepId: a.stepId, at, author: a.author });
  }
  for (const d of bundle.decisions) if (after(d.updatedAt)) out.push({ table: 'decisions', id: d.id, questionId: d.questionId, at: d.updatedAt, author: d.author });
  for (const c of bundle.claims) if (after(c.updatedAt)) out.push({ table: 'claims', id: c.id, questionId: c.questionId, at: c.updatedAt, author: c.author });
  for (const p of bundle.photos) {
    const at = p.deleted?.at && after(p.deleted.at) ? p.deleted.at : p.createdAt;
    if (after(at)) out.push({ table: 'photos', id: p.id, questionId: p.questionId, stepId: p.stepId, at, author: p.author });
  }
  return out.sort((x, y) => compareInstants(x.at, y.at) || compareStrings(x.id, y.id));
}

// --- disputes ------------------------------------------------------------------------------------------------

export type DisputeOutcome = 'kept' | 'changed';

export interface DisputeResolution {
  signoffId: string;
  key: string;
  outcome: DisputeOutcome;
  reason: string;
  author: string;
  at: string;
  auditId: string;
}

/** The details of a 'closing-dispute-resolved' audit entry. */
export interface DisputeResolutionDetails { signoffId: string; findingKey: string; outcome: DisputeOutcome; reason: string }

export function resolutionDetails(signoffId: string, findingKey: string, outcome: DisputeOutcome, reason: string): DisputeResolutionDetails {
  return { signoffId, findingKey, outcome, reason: reason.trim() };
}

/**
 * Evaluators resolve a disputed finding later, with a reason; each resolution is an audit entry (append-only,
 * hash-chained, merged by id), so none is ever lost. For each disputed finding of the sign-off: every resolution
 * in time order; the last one stands.
 */
export function disputeResolutions(signoff: ClosingSignoff, audit: readonly AuditEntry[]): Map<string, DisputeResolution[]> {
  const disputed = new Set(signoff.responses.filter((r) => r.answer === 'dispute').map((r) => r.key));
  const out = new Map<string, DisputeResolution[]>();
  const sorted = [...audit].sort((a, b) => compareInstants(a.at, b.at) || compareStrings(a.id, b.id));
  for (const e of sorted) {
    if (e.action !== 'closing-dispute-resolved') continue;
    const d = e.details as Partial<DisputeResolutionDetails>;
    if (d.signoffId !== signoff.id || typeof d.findingKey !== 'string' || !disputed.has(d.findingKey)) continue;
    if (d.outcome !== 'kept' && d.outcome !== 'changed') continue;
    const r: DisputeResolution = {
      signoffId: signoff.id, key: d.findingKey, outcome: d.outcome, reason: typeof d.reason === 'string' ? d.reason : '', author: e.author, at: e.at, auditId: e.id,
    };
    out.set(r.key, [...(out.get(r.key) ?? []), r]);
  }
  return out;
}

/** The resolution that stands for a disputed finding (the latest), if any. */
export const standingResolution = (list: readonly DisputeResolution[] | undefined): DisputeResolution | undefined => list?.at(-1);
