import type { Resolution } from '../domain/model';
import { clock } from '../domain/clock';
import { appendAudit } from './audit';
import { db } from './db';
import type { Identity } from './identity';

export interface ResolveInput {
  visitId: string;
  questionId: string;
  stepId: string;
  chosenAnswerId: string;
  reason: string;
}

export type ResolutionErrorCode = 'reason-required' | 'answer-not-found' | 'answer-elsewhere';

export class ResolutionError extends Error {
  constructor(readonly code: ResolutionErrorCode, message: string) {
    super(message);
    this.name = 'ResolutionError';
  }
}

/**
 * Settles a conflict: the chosen answer stands for the step from now on (see selectAnswers). The other answers
 * are kept untouched, so the choice can be reviewed and changed later; the audit log records who chose what,
 * why, and which answers were set aside. Resolution and audit entry commit together.
 */
export async function resolveConflict(who: Identity, input: ResolveInput): Promise<Resolution> {
  const reason = input.reason.trim();
  if (!reason) throw new ResolutionError('reason-required', 'Say why this answer stands.');
  return db.transaction('rw', [db.answers, db.resolutions, db.audit], async () => {
    const chosen = await db.answers.get(input.chosenAnswerId);
    if (!chosen) throw new ResolutionError('answer-not-found', `Answer ${input.chosenAnswerId} no longer exists.`);
    if (chosen.visitId !== input.visitId || chosen.questionId !== input.questionId || chosen.stepId !== input.stepId) {
      throw new ResolutionError('answer-elsewhere', `Answer ${input.chosenAnswerId} belongs to another step.`);
    }
    const onStep = (await db.answers.where('[visitId+questionId+stepId]').equals([input.visitId, input.questionId, input.stepId]).toArray())
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const others = onStep.map((a) => a.id).filter((id) => id !== chosen.id);
    const now = clock.nowIso();
    const resolution: Resolution = {
      id: crypto.randomUUID(),
      visitId: input.visitId,
      questionId: input.questionId,
      stepId: input.stepId,
      chosenAnswerId: chosen.id,
      reason,
      // Exactly the revisions seen now: a later edit by anyone is a new state, not covered by this choice.
      settles: onStep.filter((a) => !a.deleted).map((a) => ({ answerId: a.id, rev: a.rev })),
      author: who.author,
      device: who.device,
      createdAt: now,
      updatedAt: now,
    };
    await db.resolutions.add(resolution);
    await appendAudit(who, {
      visitId: input.visitId,
      questionId: input.questionId,
      stepId: input.stepId,
      action: 'conflict-resolved',
      details: {
        resolutionId: resolution.id,
        chosenAnswerId: chosen.id,
        chosenAuthor: chosen.author,
        chosenRev: chosen.rev,
        setAside: others,
        reason,
      },
    });
    return resolution;
  });
}

/** Every resolution of a visit, newest first (the review screen shows past choices). */
export function listResolutions(visitId: string): Promise<Resolution[]> {
  return db.resolutions.where('visitId').equals(visitId).reverse().sortBy('updatedAt');
}
