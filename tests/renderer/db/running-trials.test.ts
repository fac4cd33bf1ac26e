import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { deleteAnswer, saveAnswer } from '../../../renderer/db/answers';
import {
  clearRunningTrial, discardRunningTrial, getRunningTrial, putRunningTrial, settleRunningTrial,
} from '../../../renderer/db/running-trials';
import type { RunningTrial } from '../../../renderer/domain/running-trial';
import { freshDb } from './fixtures';

const alice = { author: 'Alice', device: 'dev-a' };
const bob = { author: 'Bob', device: 'dev-a' };
const ref = { visitId: 'v1', questionId: 'kb', stepId: 'timed' };
const START = Date.UTC(2025, 2, 10, 9, 0, 0);

const trial = (over: Partial<RunningTrial> = {}): RunningTrial => ({
  ...ref, author: 'Alice', device: 'dev-a', startMs: START, startIso: new Date(START).toISOString(), session: 's1', ...over,
});
const saveTrials = (trials: { ms: number; at: string }[]) => saveAnswer(alice, { ...ref, kind: 'timer', data: { trials }, note: '' });
const auditOf = () => db.audit.toArray();

describe('running trial records', () => {
  beforeEach(freshDb);

  it('are stored per step and read back', async () => {
    await putRunningTrial(trial());
    expect(await getRunningTrial('v1', 'kb', 'timed')).toEqual(trial());
    expect(await getRunningTrial('v1', 'kb', 'other')).toBeNull();
    expect(await getRunningTrial('v2', 'kb', 'timed')).toBeNull();
  });

  it('clearing removes only the same trial, never a newer one stored meanwhile', async () => {
    const newer = trial({ startMs: START + 5000, startIso: new Date(START + 5000).toISOString() });
    await putRunningTrial(newer);
    await clearRunningTrial(trial());
    expect(await getRunningTrial('v1', 'kb', 'timed')).toEqual(newer);
    await clearRunningTrial(newer);
    expect(await getRunningTrial('v1', 'kb', 'timed')).toBeNull();
    expect(await auditOf()).toEqual([]);
  });
});

describe('settleRunningTrial', () => {
  beforeEach(freshDb);

  it('keeps the record while no answer holds the trial', async () => {
    await putRunningTrial(trial());
    await saveTrials([{ ms: 4000, at: '2025-03-10T08:00:00.000Z' }]);
    expect(await settleRunningTrial(alice, trial())).toBe('unsaved');
    expect(await getRunningTrial('v1', 'kb', 'timed')).not.toBeNull();
  });

  it('removes the record of a saved trial and logs nothing for a trial that stayed within one page load', async () => {
    await putRunningTrial(trial());
    await saveTrials([{ ms: 12_300, at: trial().startIso }]);
    expect(await settleRunningTrial(alice, trial())).toBe('settled');
    expect(await getRunningTrial('v1', 'kb', 'timed')).toBeNull();
    expect(await auditOf()).toEqual([]);
    expect(await settleRunningTrial(alice, trial())).toBe('gone');
  });

  it('logs a resumed trial with its saved time, once, in the same step', async () => {
    await putRunningTrial(trial({ resumed: true }));
    await saveTrials([{ ms: 75_400, at: trial().startIso }]);
    // Whoever saves it, the log keeps who started it.
    expect(await settleRunningTrial(bob, trial())).toBe('settled');
    expect(await settleRunningTrial(bob, trial())).toBe('gone');
    const audit = await auditOf();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      ...ref, action: 'timer-trial-resumed', author: 'Bob', details: { trialAt: trial().startIso, ms: 75_400, startedBy: 'Alice' },
    });
  });

  it('does not count a trial in a cleared answer as saved', async () => {
    await putRunningTrial(trial());
    const a = await saveTrials([{ ms: 12_300, at: trial().startIso }]);
    await deleteAnswer(alice, a.id);
    expect(await settleRunningTrial(alice, trial())).toBe('unsaved');
  });

  it('leaves a newer trial alone', async () => {
    const newer = trial({ startMs: START + 5000, startIso: new Date(START + 5000).toISOString() });
    await putRunningTrial(newer);
    await saveTrials([{ ms: 12_300, at: trial().startIso }]);
    expect(await settleRunningTrial(alice, trial())).toBe('gone');
    expect(await getRunningTrial('v1', 'kb', 'timed')).toEqual(newer);
  });
});

describe('discardRunningTrial', () => {
  beforeEach(freshDb);

  it('removes the record and logs when it started, who started it, how long it had run and why', async () => {
    await putRunningTrial(trial());
    await discardRunningTrial(bob, trial(), 90_400.4, 'interrupted');
    expect(await getRunningTrial('v1', 'kb', 'timed')).toBeNull();
    const audit = await auditOf();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      ...ref, action: 'timer-trial-discarded', author: 'Bob',
      details: { startedAt: trial().startIso, startedBy: 'Alice', elapsedMs: 90_400, reason: 'interrupted' },
    });
  });

  it('logs nothing when the trial is no longer there (a second click)', async () => {
    await putRunningTrial(trial());
    await discardRunningTrial(alice, trial(), 1000, 'stale');
    await discardRunningTrial(alice, trial(), 1000, 'stale');
    expect(await auditOf()).toHaveLength(1);
  });

  it('writes neither when the audit entry cannot be written', async () => {
    await putRunningTrial(trial());
    const add = db.audit.add.bind(db.audit);
    db.audit.add = () => { throw new Error('disk full'); };
    try {
      await expect(discardRunningTrial(alice, trial(), 1000, 'interrupted')).rejects.toThrow(/disk full/);
    } finally {
      db.audit.add = add;
    }
    expect(await getRunningTrial('v1', 'kb', 'timed')).not.toBeNull();
  });
});
