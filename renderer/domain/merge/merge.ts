import { selectAnswers, type StepConflict } from '../answers';
import type { Answer, AnswerRevision, AuditEntry, ClosingSignoff, Photo, PhotoRedaction, Stamp, VisitBundle } from '../model';
import { canonicalJson, compareInstants, compareStrings, sortById } from './canonical';
import { attestedOriginals, evidenceConflicts, pickEntry, pickOriginal, pickRedaction, pickSignoff, sameEntry, sameOriginal, sameRedaction, sameSignoff, type EvidenceConflict } from './evidence';

/**
 * Merging two evaluators' captures of one visit. Every rule below is a "join": the result does not depend on
 * the order of the two sides or on how three or more sides are grouped, and merging something with itself (or
 * importing the same package twice) changes nothing. Nothing captured is ever dropped:
 * - records are matched by UUID; a record only one side has is taken as it is;
 * - photos are only ever added; a deletion is a `deleted` mark that wins once set, and the photo stays; an
 *   original (bytes, hash, size, capture time, author) never changes: two different originals under one id are
 *   an evidence conflict, listed in `evidence`, and only one of them is kept whole (see evidence.ts);
 * - an answer edited on both sides keeps the higher revision (then the later edit, then the device id) and
 *   the other revision goes into its `history`; a cleared answer is a `deleted` mark that, like a photo's, wins
 *   once set, so a package made before the clearing cannot bring the answer back;
 * - decisions, resolutions and audit entries are append-only, so they are a union by id; an audit entry with
 *   the same id and other content is tampering, listed in `evidence` (importers refuse it);
 * - the visit header and claims take the last write (by updatedAt, then device id);
 * - the closing meeting's sign-offs are written once and never edited: a union by id, the same id with other
 *   content is tampering (listed in `evidence`, refused by importers); two different sign-offs of one visit
 *   are both kept and listed in `signoffConflicts`, never one picked silently.
 */

export type RecordTable = 'visit' | 'claims' | 'answers' | 'decisions' | 'resolutions' | 'photos' | 'audit' | 'signoffs' | 'redactions';
export type MergeCounts = Record<RecordTable, number>;

/** A record the merged bundle has that `local` does not have, or has differently: what an importer writes. */
export interface MergeChange {
  table: RecordTable;
  id: string;
  change: 'added' | 'updated';
  /** For updates, the top-level fields that differ from the local record. */
  fields: string[];
}

export interface MergeResult {
  /** Canonical: every list sorted by id, answer histories by revision. */
  bundle: VisitBundle;
  added: MergeCounts;
  updated: MergeCounts;
  /** Steps whose evaluators' answers still differ after the merge (resolved steps are not listed). */
  conflicts: StepConflict[];
  /** Photos, audit entries and sign-offs whose evidence differs between the two sides under one id. */
  evidence: EvidenceConflict[];
  /**
   * The visit holds more than one closing-meeting sign-off after the merge (two laptops each signed one): their
   * ids, oldest first. Both are kept; an evaluator must look at them, nothing is chosen.
   */
  signoffConflicts: string[];
  changes: MergeChange[];
}

export class MergeError extends Error {}

type Keyed = { id: string };

/** The later of two versions of a stamped record; ties go to the device id, then to the content, so the pick is total. */
function compareStamped(a: Stamp & Keyed, b: Stamp & Keyed, content: (r: Stamp & Keyed) => string = canonicalJson): number {
  return compareInstants(a.updatedAt, b.updatedAt) || compareStrings(a.device, b.device) || compareStrings(content(a), content(b));
}

const lastWrite = <T extends Stamp & Keyed>(a: T, b: T): T => (compareStamped(a, b) >= 0 ? a : b);

/** An audit entry never changes: of two contents under one id (tampering) a fixed one is kept. */
const keepEntry = (a: AuditEntry, b: AuditEntry): AuditEntry => (sameEntry(a, b) ? a : pickEntry(a, b));
/** A sign-off never changes either: of two contents under one id a fixed one is kept (and the clash is evidence). */
const keepSignoff = (a: ClosingSignoff, b: ClosingSignoff): ClosingSignoff => (sameSignoff(a, b) ? a : pickSignoff(a, b));
/** Nor does a redaction record: a union by id; the photo's current one is the latest (see currentRedaction). */
const keepRedaction = (a: PhotoRedaction, b: PhotoRedaction): PhotoRedaction => (sameRedaction(a, b) ? a : pickRedaction(a, b));

const DERIVATIVE_RANK: Record<Photo['derivatives'], number> = { failed: 0, pending: 1, ready: 2 };

/** Of two deletion marks the earlier one stays (then the content decides), so the pick is a join. */
function earlierDeletion<D extends { at: string }>(a: D | undefined, b: D | undefined): D | undefined {
  if (!a) return b;
  if (!b) return a;
  const c = compareInstants(a.at, b.at) || compareStrings(canonicalJson(a), canonicalJson(b));
  return c <= 0 ? a : b;
}

/**
 * Caption and other edits take the last write; a deletion mark, once on either side, stays; derivatives keep
 * the best state. Two different originals under one id are not merged at all: one is kept as it is.
 */
function mergePhoto(a: Photo, b: Photo, attested: ReturnType<typeof attestedOriginals>): Photo {
  if (!sameOriginal(a, b)) return pickOriginal(a, b, attested);
  const base = (p: Stamp & Keyed) => {
    const { deleted: _d, derivatives: _v, ...rest } = p as Photo;
    return canonicalJson(rest);
  };
  const winner = compareStamped(a, b, base) >= 0 ? a : b;
  const { deleted: _deleted, ...rest } = winner;
  const deleted = earlierDeletion(a.deleted, b.deleted);
  const derivatives = DERIVATIVE_RANK[a.derivatives] >= DERIVATIVE_RANK[b.derivatives] ? a.derivatives : b.derivatives;
  // A photo's number is for life: a later caption edit on the other side must not renumber it. Two numbers for
  // one photo (each laptop numbered its old photos on upgrade) settle on the lower one, on every side alike.
  const numbers = [a.number, b.number].filter((x): x is number => typeof x === 'number');
  const number = numbers.length ? { number: Math.min(...numbers) } : {};
  return deleted ? { ...rest, ...number, derivatives, deleted } : { ...rest, ...number, derivatives };
}

const revisionOf = (a: Answer): AnswerRevision => ({ rev: a.rev, updatedAt: a.updatedAt, author: a.author, device: a.device, data: a.data, note: a.note });
const revisionKey = (r: AnswerRevision) => `${r.rev}\u0000${r.device}\u0000${r.updatedAt}`;
const compareRevisions = (a: AnswerRevision, b: AnswerRevision): number =>
  a.rev - b.rev || compareInstants(a.updatedAt, b.updatedAt) || compareStrings(a.device, b.device) || compareStrings(canonicalJson(a), canonicalJson(b));

/** The higher revision stands; every other revision either side knows ends up in `history`, once; a clearing mark stays. */
function mergeAnswer(a: Answer, b: Answer): Answer {
  const recordContent = (x: Answer) => {
    const { history: _h, createdAt: _c, deleted: _d, ...rest } = x;
    return canonicalJson(rest);
  };
  const c = compareRevisions(revisionOf(a), revisionOf(b)) || compareStrings(recordContent(a), recordContent(b));
  const winner = c >= 0 ? a : b;
  const revisions = new Map<string, AnswerRevision>();
  for (const r of [revisionOf(a), ...a.history, revisionOf(b), ...b.history]) {
    const key = revisionKey(r);
    const known = revisions.get(key);
    revisions.set(key, known && compareRevisions(known, r) >= 0 ? known : r);
  }
  revisions.delete(revisionKey(revisionOf(winner)));
  const history = [...revisions.values()].sort(compareRevisions);
  const createdAt = compareInstants(a.createdAt, b.createdAt) <= 0 ? a.createdAt : b.createdAt;
  const { deleted: _deleted, ...rest } = winner;
  const deleted = earlierDeletion(a.deleted, b.deleted);
  return deleted ? { ...rest, createdAt, history, deleted } : { ...rest, createdAt, history };
}

/** Union by id; records on both sides are joined, and single records are joined with themselves to normalise them. */
function unionById<T extends Keyed>(a: readonly T[], b: readonly T[], join: (x: T, y: T) => T): T[] {
  const out = new Map<string, T>();
  for (const r of [...a, ...b]) {
    const known = out.get(r.id);
    out.set(r.id, join(known ?? r, r));
  }
  return sortById(out.values());
}

const TABLES = ['claims', 'answers', 'decisions', 'resolutions', 'photos', 'audit'] as const;
const zeroCounts = (): MergeCounts => ({ visit: 0, claims: 0, answers: 0, decisions: 0, resolutions: 0, photos: 0, audit: 0, signoffs: 0, redactions: 0 });

/** Sign-offs of two sides; absent when neither has one, so bundles from before the closing meeting keep their shape. */
function mergeSignoffs(a: VisitBundle, b: VisitBundle): Pick<VisitBundle, 'signoffs'> {
  if (!a.signoffs?.length && !b.signoffs?.length) return {};
  return { signoffs: unionById(a.signoffs ?? [], b.signoffs ?? [], keepSignoff) };
}

/** Redactions of two sides; absent when neither has one, so bundles from before redaction keep their shape. */
function mergeRedactions(a: VisitBundle, b: VisitBundle): Pick<VisitBundle, 'redactions'> {
  if (!a.redactions?.length && !b.redactions?.length) return {};
  return { redactions: unionById(a.redactions ?? [], b.redactions ?? [], keepRedaction) };
}

function differingFields(before: object, after: object): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => canonicalJson((before as Record<string, unknown>)[k]) !== canonicalJson((after as Record<string, unknown>)[k])).sort();
}

/**
 * Merges the records of one visit from two sides. `local` is null for a visit this device does not have yet:
 * then everything incoming counts as added. Throws MergeError when the two bundles are different visits.
 */
export function mergeBundles(localOrNull: VisitBundle | null, incoming: VisitBundle): MergeResult {
  const isNew = localOrNull === null;
  const local: VisitBundle = localOrNull ?? { visit: incoming.visit, claims: [], answers: [], decisions: [], resolutions: [], photos: [], audit: [] };
  if (local.visit.id !== incoming.visit.id) {
    throw new MergeError(`Cannot merge different visits: ${local.visit.id} and ${incoming.visit.id}.`);
  }
  const attested = attestedOriginals([...local.audit, ...incoming.audit]);
  const bundle: VisitBundle = {
    visit: lastWrite(local.visit, incoming.visit),
    claims: unionById(local.claims, incoming.claims, lastWrite),
    answers: unionById(local.answers, incoming.answers, mergeAnswer),
    decisions: unionById(local.decisions, incoming.decisions, lastWrite),
    resolutions: unionById(local.resolutions, incoming.resolutions, lastWrite),
    photos: unionById(local.photos, incoming.photos, (a, b) => mergePhoto(a, b, attested)),
    audit: unionById(local.audit, incoming.audit, keepEntry),
    ...mergeSignoffs(local, incoming),
    ...mergeRedactions(local, incoming),
  };

  const added = zeroCounts();
  const updated = zeroCounts();
  const changes: MergeChange[] = [];
  const note = (table: RecordTable, before: Keyed | undefined, after: Keyed) => {
    if (!before) {
      added[table]++;
      changes.push({ table, id: after.id, change: 'added', fields: [] });
    } else if (canonicalJson(before) !== canonicalJson(after)) {
      updated[table]++;
      changes.push({ table, id: after.id, change: 'updated', fields: differingFields(before, after) });
    }
  };
  note('visit', isNew ? undefined : local.visit, bundle.visit);
  for (const table of TABLES) {
    const before = new Map<string, Keyed>((local[table] as Keyed[]).map((r) => [r.id, r]));
    for (const r of bundle[table] as Keyed[]) note(table, before.get(r.id), r);
  }
  const signedBefore = new Map((local.signoffs ?? []).map((r) => [r.id, r]));
  for (const r of bundle.signoffs ?? []) note('signoffs', signedBefore.get(r.id), r);
  const redactedBefore = new Map((local.redactions ?? []).map((r) => [r.id, r]));
  for (const r of bundle.redactions ?? []) note('redactions', redactedBefore.get(r.id), r);
  const signoffConflicts = (bundle.signoffs ?? []).length > 1
    ? [...(bundle.signoffs ?? [])].sort((x, y) => compareInstants(x.signedAt, y.signedAt) || compareStrings(x.id, y.id)).map((x) => x.id)
    : [];

  const conflicts = selectAnswers(bundle).conflicts.sort((x, y) => compareStrings(x.questionId, y.questionId) || compareStrings(x.stepId, y.stepId));
  return { bundle, added, updated, conflicts, evidence: isNew ? [] : evidenceConflicts(local, incoming), signoffConflicts, changes };
}

/** Merges any number of captures of one visit (order does not matter). */
export function mergeAll(bundles: readonly VisitBundle[]): VisitBundle {
  if (bundles.length === 0) throw new MergeError('Nothing to merge.');
  return bundles.slice(1).reduce((acc, b) => mergeBundles(acc, b).bundle, mergeBundles(bundles[0], bundles[0]).bundle);
}

/** The canonical form of a bundle: what merging it with itself gives. */
export const canonicalBundle = (b: VisitBundle): VisitBundle => mergeBundles(b, b).bundle;
