import type { AuditAction, Decision, Verdict } from '../domain/model';
import { VERDICTS } from '../domain/model';
import { clock } from '../domain/clock';
import { appendAudit } from './audit';
import { db } from './db';
import type { Identity } from './identity';

export interface QuestionRef { visitId: string; questionId: string }

const ACTION: Record<Decision['type'], AuditAction> = {
  override: 'verdict-override',
  'not-applicable': 'not-applicable',
  clear: 'verdict-cleared',
};

/**
 * Decisions are appended, never edited: the newest one per question stands (see currentDecisions), and the
 * earlier ones remain as the trail of how the verdict came about.
 */
async function addDecision(who: Identity, ref: QuestionRef, type: Decision['type'], reason: string, verdict?: Verdict): Promise<Decision> {
  if (!ref.visitId || !ref.questionId) throw new Error('A decision needs a visit and a question.');
  const now = clock.nowIso();
  const decision: Decision = {
    id: crypto.randomUUID(),
    visitId: ref.visitId,
    questionId: ref.questionId,
    type,
    ...(verdict ? { verdict } : {}),
    reason,
    author: who.author,
    device: who.device,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction('rw', db.decisions, db.audit, async () => {
    await db.decisions.add(decision);
    await appendAudit(who, {
      visitId: ref.visitId,
      action: ACTION[type],
      questionId: ref.questionId,
      details: { decisionId: decision.id, reason, ...(verdict ? { verdict } : {}) },
    });
  });
  return decision;
}

function requireReason(reason: string, what: string): string {
  const r = reason.trim();
  if (!r) throw new Error(`${what} needs a reason.`);
  return r;
}

/** Replaces the suggested verdict with the evaluator's own; the reason goes into the dossier. */
export async function overrideVerdict(who: Identity, ref: QuestionRef, verdict: Verdict, reason: string): Promise<Decision> {
  if (!VERDICTS.includes(verdict)) throw new Error(`Unknown verdict "${String(verdict)}".`);
  return addDecision(who, ref, 'override', requireReason(reason, 'An override'), verdict);
}

export async function markNotApplicable(who: Identity, ref: QuestionRef, reason: string): Promise<Decision> {
  return addDecision(who, ref, 'not-applicable', requireReason(reason, 'Marking a question not applicable'));
}

/** Goes back to the suggested verdict. */
export async function clearDecision(who: Identity, ref: QuestionRef, reason = ''): Promise<Decision> {
  return addDecision(who, ref, 'clear', reason.trim());
}
