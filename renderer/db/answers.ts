import type { Answer, AnswerDataByKind, AnswerKind, AnswerRevision, InterviewData } from '../domain/model';
import { settles } from '../domain/answers';
import { clock } from '../domain/clock';
import { appendAudit } from './audit';
import { db } from './db';
import type { Identity } from './identity';

export interface AnswerInput<K extends AnswerKind = AnswerKind> {
  visitId: string;
  questionId: string;
  stepId: string;
  kind: K;
  data: AnswerDataByKind[K];
  note: string;
}

const sameContent = (a: Pick<Answer, 'data' | 'note'>, b: Pick<Answer, 'data' | 'note'>) =>
  JSON.stringify(a.data) === JSON.stringify(b.data) && a.note === b.note;

/**
 * This evaluator's own live answer for a step: one record per (visit, question, step, author + device). A cleared
 * (tombstoned) record is skipped, so capturing again starts a new record instead of editing one that merges keep
 * deleted.
 */
async function findOwn(who: Identity, visitId: string, questionId: string, stepId: string): Promise<Answer | undefined> {
  const list = await db.answers.where('[visitId+questionId+stepId]').equals([visitId, questionId, stepId]).toArray();
  return list.find((a) => !a.deleted && a.author === who.author && a.device === who.device);
}

function revisionOf(a: Answer): AnswerRevision {
  return { rev: a.rev, updatedAt: a.updatedAt, author: a.author, device: a.device, data: a.data, note: a.note };
}

function write(who: Identity, input: AnswerInput, existing: Answer | undefined): Answer {
  const now = clock.nowIso();
  if (!existing) {
    return {
      id: crypto.randomUUID(),
      visitId: input.visitId,
      questionId: input.questionId,
      stepId: input.stepId,
      kind: input.kind,
      data: input.data,
      note: input.note,
      rev: 1,
      history: [],
      author: who.author,
      device: who.device,
      createdAt: now,
      updatedAt: now,
    };
  }
  return {
    ...existing,
    kind: input.kind,
    data: input.data,
    note: input.note,
    rev: existing.rev + 1,
    history: [...existing.history, revisionOf(existing)],
    updatedAt: now,
  };
}

function checkInput(input: AnswerInput): void {
  if (!input.visitId || !input.questionId || !input.stepId) throw new Error('An answer needs a visit, a question and a step.');
}

/**
 * Saves this evaluator's capture for one step. An edit bumps `rev` and keeps the previous state in `history`;
 * saving unchanged content writes nothing. Resolves only after the transaction has committed (strict durability,
 * see db.ts), so the caller may tell the user the capture is safe.
 */
export async function saveAnswer<K extends AnswerKind>(who: Identity, input: AnswerInput<K>): Promise<Answer<K>> {
  checkInput(input);
  return db.transaction('rw', [db.answers, db.resolutions], () => putAnswer(who, input).then((r) => r.answer));
}

/**
 * Whether the step's standing resolution settled this very revision in favour of another answer: then saving
 * the same content again is a new state (the evaluator takes their value back) and must be written.
 */
async function overruled(a: Answer): Promise<boolean> {
  const list = await db.resolutions.where('visitId').equals(a.visitId).filter((r) => r.questionId === a.questionId && r.stepId === a.stepId).toArray();
  const latest = list.sort((x, y) => (x.updatedAt < y.updatedAt ? -1 : x.updatedAt > y.updatedAt ? 1 : x.id < y.id ? -1 : 1)).at(-1);
  return latest !== undefined && latest.chosenAnswerId !== a.id && settles(latest, a);
}

/**
 * The write of saveAnswer, for callers that add to the same transaction (db.answers and db.resolutions must be in its scope):
 * `changed` is false when the content was already stored and nothing was written.
 */
export async function putAnswer<K extends AnswerKind>(who: Identity, input: AnswerInput<K>): Promise<{ answer: Answer<K>; changed: boolean }> {
  checkInput(input);
  const existing = await findOwn(who, input.visitId, input.questionId, input.stepId);
  if (existing && existing.kind === input.kind && sameContent(existing, input) && !(await overruled(existing))) return { answer: existing as Answer<K>, changed: false };
  const next = write(who, input, existing);
  await db.answers.put(next);
  return { answer: next as Answer<K>, changed: true };
}

export interface RandomPickInput {
  visitId: string;
  questionId: string;
  stepId: string;
  /** What the evaluator typed: seat numbers, ranges or a roster. */
  inputs: string;
  poolSize: number;
  picked: string[];
}

/**
 * Records a random choice of respondents: the interview answer gets the pick (answers already typed for a
 * respondent who was picked again are kept; the rest stay in the answer's history) and the audit log gets the
 * inputs, the pool size and the result, in the same transaction.
 */
export async function recordRandomPick(who: Identity, input: RandomPickInput): Promise<Answer<'interview'>> {
  checkInput({ ...input, kind: 'interview', data: { responses: [] }, note: '' });
  if (input.picked.length === 0) throw new Error('A random pick needs at least one respondent.');
  return db.transaction('rw', db.answers, db.audit, async () => {
    const existing = await findOwn(who, input.visitId, input.questionId, input.stepId);
    const before: InterviewData = existing?.kind === 'interview' ? (existing.data as InterviewData) : { responses: [] };
    const at = clock.nowIso();
    const data: InterviewData = {
      pick: { inputs: input.inputs, poolSize: input.poolSize, picked: [...input.picked], at },
      responses: input.picked.map((respondent) =>
        before.responses.find((r) => r.respondent === respondent) ?? { respondent, answer: '', match: null }),
    };
    const next = write(who, { visitId: input.visitId, questionId: input.questionId, stepId: input.stepId, kind: 'interview', data, note: existing?.note ?? '' }, existing);
    await db.answers.put(next);
    await appendAudit(who, {
      visitId: input.visitId,
      action: 'random-pick',
      questionId: input.questionId,
      stepId: input.stepId,
      details: { inputs: input.inputs, poolSize: input.poolSize, picked: [...input.picked] },
    });
    return next as Answer<'interview'>;
  });
}

/**
 * Clears one answer: the record stays with a `deleted` mark (a tombstone) instead of being removed, because a
 * removed record would come back from any package made before the clearing (merges are a union by id), while
 * the mark wins every merge. Revision and content are left as they were, so the record still merges as the same
 * revision. The audit entry keeps the whole record as it was (with its history).
 */
export async function deleteAnswer(who: Identity, answerId: string, reason = ''): Promise<void> {
  await db.transaction('rw', db.answers, db.audit, async () => {
    const existing = await db.answers.get(answerId);
    if (!existing || existing.deleted) throw new Error('This answer no longer exists.');
    await db.answers.put({ ...existing, deleted: { at: clock.nowIso(), by: who.author, device: who.device } });
    await appendAudit(who, {
      visitId: existing.visitId,
      action: 'answer-deleted',
      questionId: existing.questionId,
      stepId: existing.stepId,
      details: { answerId, reason: reason.trim(), answer: existing },
    });
  });
}
