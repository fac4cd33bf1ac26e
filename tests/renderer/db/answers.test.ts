import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { deleteAnswer, recordRandomPick, saveAnswer } from '../../../renderer/db/answers';
import { exportVisit, importPackage } from '../../../renderer/db/packages';
import { selectAnswers } from '../../../renderer/domain/answers';
import type { Answer, InterviewData } from '../../../renderer/domain/model';
import { visit, VISIT_ID } from '../domain/merge/fixtures';
import { freshDb } from './fixtures';

const alice = { author: 'Alice', device: 'dev-a' };
const bob = { author: 'Bob', device: 'dev-b' };

const ref = { visitId: 'v1', questionId: 'seats', stepId: 'count' };

describe('saveAnswer', () => {
  beforeEach(freshDb);

  it('creates one stamped record at rev 1 and is readable once it resolves', async () => {
    const a = await saveAnswer(alice, { ...ref, kind: 'count', data: { zones: [{ id: 'z', name: '', count: 3 }] }, note: '' });
    expect(a.rev).toBe(1);
    expect(a.history).toEqual([]);
    expect(a.author).toBe('Alice');
    expect(a.device).toBe('dev-a');
    expect(a.createdAt).toBe(a.updatedAt);
    expect(await db.answers.get(a.id)).toEqual(a);
  });

  it('bumps rev on edit and keeps the previous state in history', async () => {
    const a1 = await saveAnswer(alice, { ...ref, kind: 'count', data: { zones: [{ id: 'z', name: '', count: 3 }] }, note: '' });
    const a2 = await saveAnswer(alice, { ...ref, kind: 'count', data: { zones: [{ id: 'z', name: '', count: 4 }] }, note: 'floor 2' });
    expect(a2.id).toBe(a1.id);
    expect(a2.rev).toBe(2);
    expect(a2.history).toHaveLength(1);
    expect(a2.history[0]).toMatchObject({ rev: 1, data: { zones: [{ count: 3 }] }, note: '', author: 'Alice' });
    expect(a2.createdAt).toBe(a1.createdAt);
    expect(a2.updatedAt >= a1.updatedAt).toBe(true);
    expect(await db.answers.count()).toBe(1);
  });

  it('writes nothing when the content did not change', async () => {
    await saveAnswer(alice, { ...ref, kind: 'observe', data: { outcome: 'seen' }, note: 'x' });
    const again = await saveAnswer(alice, { ...ref, kind: 'observe', data: { outcome: 'seen' }, note: 'x' });
    expect(again.rev).toBe(1);
  });

  it('keeps one record per evaluator and device for the same step', async () => {
    await saveAnswer(alice, { ...ref, kind: 'observe', data: { outcome: 'seen' }, note: '' });
    await saveAnswer(bob, { ...ref, kind: 'observe', data: { outcome: 'not-seen' }, note: '' });
    await saveAnswer({ author: 'Alice', device: 'dev-c' }, { ...ref, kind: 'observe', data: { outcome: 'seen' }, note: '' });
    const all = await db.answers.where('[visitId+questionId+stepId]').equals([ref.visitId, ref.questionId, ref.stepId]).toArray();
    expect(all.map((a) => `${a.author}@${a.device}`).sort()).toEqual(['Alice@dev-a', 'Alice@dev-c', 'Bob@dev-b']);
  });

  it('applies rapid successive saves in order', async () => {
    const saves = [1, 2, 3, 4, 5].map((n) => saveAnswer(alice, { ...ref, kind: 'count', data: { zones: [{ id: 'z', name: '', count: n }] }, note: '' }));
    await Promise.all(saves);
    const [stored] = await db.answers.toArray();
    expect(stored.rev).toBe(5);
    expect((stored.data as { zones: { count: number }[] }).zones[0].count).toBe(5);
    expect(stored.history.map((h) => h.rev)).toEqual([1, 2, 3, 4]);
  });

  it('rejects an answer without a step', async () => {
    await expect(saveAnswer(alice, { ...ref, stepId: '', kind: 'observe', data: { outcome: null }, note: '' })).rejects.toThrow(/step/);
    expect(await db.answers.count()).toBe(0);
  });
});

describe('recordRandomPick', () => {
  beforeEach(freshDb);
  const iref = { visitId: 'v1', questionId: 'turnover', stepId: 'ask-agents' };

  it('stores the pick in the interview answer and audits inputs, pool size and result together', async () => {
    const a = await recordRandomPick(alice, { ...iref, inputs: '1-40, 45', poolSize: 41, picked: ['12', '45'] });
    const data = a.data as InterviewData;
    expect(data.pick).toMatchObject({ inputs: '1-40, 45', poolSize: 41, picked: ['12', '45'] });
    expect(data.responses.map((r) => r.respondent)).toEqual(['12', '45']);
    const audit = await db.audit.where('visitId').equals('v1').toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'random-pick', questionId: 'turnover', stepId: 'ask-agents', author: 'Alice', device: 'dev-a',
      details: { inputs: '1-40, 45', poolSize: 41, picked: ['12', '45'] } });
  });

  it('keeps answers of respondents picked again and moves the rest to history', async () => {
    await recordRandomPick(alice, { ...iref, inputs: '1-10', poolSize: 10, picked: ['3', '7'] });
    await saveAnswer(alice, { ...iref, kind: 'interview', note: '', data: {
      pick: { inputs: '1-10', poolSize: 10, picked: ['3', '7'], at: 'x' },
      responses: [{ respondent: '3', answer: 'twice a month', match: 'yes' }, { respondent: '7', answer: 'never', match: 'no' }] } });
    const again = await recordRandomPick(alice, { ...iref, inputs: '1-10', poolSize: 10, picked: ['7', '9'] });
    const data = again.data as InterviewData;
    expect(data.responses).toEqual([{ respondent: '7', answer: 'never', match: 'no' }, { respondent: '9', answer: '', match: null }]);
    expect(again.rev).toBe(3);
    expect((again.history[1].data as InterviewData).responses[0].answer).toBe('twice a month');
    expect((await db.audit.toArray()).filter((e) => e.action === 'random-pick')).toHaveLength(2);
  });

  it('refuses an empty pick and leaves no trace', async () => {
    await expect(recordRandomPick(alice, { ...iref, inputs: '', poolSize: 0, picked: [] })).rejects.toThrow(/at least one/);
    expect(await db.answers.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });
});

describe('deleteAnswer', () => {
  beforeEach(freshDb);

  it('marks the record cleared (keeping it, its revision and content) and keeps it whole in the audit entry', async () => {
    const a = await saveAnswer(alice, { ...ref, kind: 'count', data: { zones: [{ id: 'z', name: '', count: 9 }] }, note: 'n' });
    await deleteAnswer(bob, a.id, ' wrong step ');
    const stored = await db.answers.get(a.id);
    expect(stored).toEqual({ ...a, deleted: { at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/), by: 'Bob', device: 'dev-b' } });
    expect(stored!.deleted!.at >= a.updatedAt).toBe(true);
    expect(await db.answers.count()).toBe(1);
    const entries = await db.audit.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'answer-deleted', visitId: 'v1', questionId: 'seats', stepId: 'count', author: 'Bob', device: 'dev-b',
      details: { answerId: a.id, reason: 'wrong step', answer: { id: a.id, rev: 1, data: { zones: [{ count: 9 }] } } } });
    expect((entries[0].details.answer as Answer).deleted).toBeUndefined();
  });

  it('no longer counts for the step, and capturing again starts a new record', async () => {
    const a = await saveAnswer(alice, { ...ref, kind: 'count', data: { zones: [{ id: 'z', name: '', count: 9 }] }, note: '' });
    await deleteAnswer(alice, a.id);
    expect(selectAnswers({ answers: await db.answers.toArray(), resolutions: [] }).byStep.size).toBe(0);
    const again = await saveAnswer(alice, { ...ref, kind: 'count', data: { zones: [{ id: 'z', name: '', count: 9 }] }, note: '' });
    expect(again.id).not.toBe(a.id);
    expect(again.rev).toBe(1);
    expect(again.deleted).toBeUndefined();
    expect((await db.answers.get(a.id))?.deleted).toBeDefined();
    expect(selectAnswers({ answers: await db.answers.toArray(), resolutions: [] }).byStep.get('seats/count')?.id).toBe(again.id);
  });

  it('fails clearly for an unknown or already cleared answer', async () => {
    await expect(deleteAnswer(alice, 'nope')).rejects.toThrow(/no longer exists/);
    expect(await db.audit.count()).toBe(0);
    const a = await saveAnswer(alice, { ...ref, kind: 'count', data: { zones: [] }, note: '' });
    await deleteAnswer(alice, a.id);
    const cleared = await db.answers.get(a.id);
    await expect(deleteAnswer(alice, a.id)).rejects.toThrow(/no longer exists/);
    expect(await db.answers.get(a.id)).toEqual(cleared);
    expect(await db.audit.count()).toBe(1);
  });

  it('stays cleared when a package made before the clearing is imported again', async () => {
    await db.visits.put(visit());
    const ours = { ...ref, visitId: VISIT_ID };
    const a = await saveAnswer(alice, { ...ours, kind: 'count', data: { zones: [{ id: 'z', name: '', count: 9 }] }, note: '' });
    const before = await exportVisit(VISIT_ID, { who: bob, createdAt: '2025-06-17T18:00:00.000Z' });
    await deleteAnswer(alice, a.id, 'counted the wrong hall');
    const result = await importPackage(before.bytes, { who: bob });
    expect(result.ok).toBe(true);
    const stored = await db.answers.get(a.id);
    expect(stored?.deleted).toMatchObject({ by: 'Alice', device: 'dev-a' });
    expect(selectAnswers({ answers: await db.answers.where('visitId').equals(VISIT_ID).toArray(), resolutions: [] }).byStep.size).toBe(0);
    // And the package made after the clearing carries the mark to the other evaluator.
    const after = await exportVisit(VISIT_ID, { who: alice, createdAt: '2025-06-17T18:05:00.000Z' });
    await freshDb();
    expect((await importPackage(after.bytes, { who: bob })).ok).toBe(true);
    expect((await db.answers.get(a.id))?.deleted).toMatchObject({ by: 'Alice' });
  });
});
