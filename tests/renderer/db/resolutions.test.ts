import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { listResolutions, resolveConflict, ResolutionError } from '../../../renderer/db/resolutions';
import { selectAnswers } from '../../../renderer/domain/answers';
import { countAnswer, DMYTRO, OLENA, visit, VISIT_ID } from '../domain/merge/fixtures';

const olena = { author: OLENA.author, device: OLENA.device };
const step = { visitId: VISIT_ID, questionId: 'q01-seats', stepId: 'count-seats' };

async function openConflicts() {
  const [answers, resolutions] = await Promise.all([db.answers.where('visitId').equals(VISIT_ID).toArray(), db.resolutions.toArray()]);
  return selectAnswers({ answers, resolutions }).conflicts;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.visits.add(visit());
  await db.answers.bulkAdd([
    countAnswer('a-olena', OLENA, 10, step.questionId, step.stepId, 184),
    countAnswer('a-dmytro', DMYTRO, 12, step.questionId, step.stepId, 176),
    countAnswer('a-other', DMYTRO, 12, 'q02', 'count-x', 5),
  ]);
});

describe('resolveConflict', () => {
  it('records the choice and its reason, closes the conflict and leaves both answers in place', async () => {
    expect(await openConflicts()).toHaveLength(1);
    const r = await resolveConflict(olena, { ...step, chosenAnswerId: 'a-olena', reason: '  Recounted together, hall 2 included  ' });
    expect(r).toMatchObject({ ...step, chosenAnswerId: 'a-olena', reason: 'Recounted together, hall 2 included', author: OLENA.author, device: OLENA.device });
    expect(await db.resolutions.get(r.id)).toEqual(r);
    expect(await openConflicts()).toEqual([]);
    expect(await db.answers.count()).toBe(3);

    const log = await db.audit.toArray();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      ...step, action: 'conflict-resolved', author: OLENA.author,
      details: { resolutionId: r.id, chosenAnswerId: 'a-olena', chosenAuthor: OLENA.author, setAside: ['a-dmytro'], reason: 'Recounted together, hall 2 included' },
    });
    expect(await listResolutions(VISIT_ID)).toEqual([r]);
  });

  it('a later choice replaces an earlier one', async () => {
    await resolveConflict(olena, { ...step, chosenAnswerId: 'a-olena', reason: 'first look' });
    await new Promise((done) => setTimeout(done, 5));
    await resolveConflict(olena, { ...step, chosenAnswerId: 'a-dmytro', reason: 'photo shows 176' });
    const answers = await db.answers.toArray();
    const { byStep } = selectAnswers({ answers, resolutions: await db.resolutions.toArray() });
    expect(byStep.get(`${step.questionId}/${step.stepId}`)?.id).toBe('a-dmytro');
    expect((await listResolutions(VISIT_ID)).map((r) => r.chosenAnswerId)).toEqual(['a-dmytro', 'a-olena']);
  });

  it.each([
    ['reason-required', { ...step, chosenAnswerId: 'a-olena', reason: '   ' }],
    ['answer-not-found', { ...step, chosenAnswerId: 'a-gone', reason: 'x' }],
    ['answer-elsewhere', { ...step, chosenAnswerId: 'a-other', reason: 'x' }],
  ] as const)('refuses (%s) and writes nothing', async (code, input) => {
    const e = await resolveConflict(olena, input).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ResolutionError);
    expect((e as ResolutionError).code).toBe(code);
    expect(await db.resolutions.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });
});
