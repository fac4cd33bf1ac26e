import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../renderer/domain/model';
import {
  asRunningTrial, assessRunningTrial, resumedStartMono, resumedTrialAts, runningTrialKey, STALE_AFTER_MS, wallElapsed, type RunningTrial,
} from '../../../renderer/domain/running-trial';

const START = Date.UTC(2025, 2, 10, 9, 0, 0);
const record = (over: Partial<RunningTrial> = {}): RunningTrial => ({
  visitId: 'v1', questionId: 'kb-search', stepId: 'timed-search', author: 'Olena', device: 'dev-a',
  startMs: START, startIso: new Date(START).toISOString(), session: 'before-reload', ...over,
});
const ctx = (nowMs: number, trials: { ms: number; at: string }[] = []) => ({ session: 'this-load', nowMs, trials });

describe('running trial records', () => {
  it('are keyed per visit, question and step', () => {
    expect(runningTrialKey('v1', 'q', 's')).toBe('timer-running/v1/q/s');
    expect(runningTrialKey('v2', 'q', 's')).not.toBe(runningTrialKey('v1', 'q', 's'));
    expect(runningTrialKey('v1', 'q', 's2')).not.toBe(runningTrialKey('v1', 'q', 's'));
  });

  it('read back only when whole: anything else on disk counts as no record', () => {
    expect(asRunningTrial(record())).toEqual(record());
    expect(asRunningTrial(record({ resumed: true }))?.resumed).toBe(true);
    expect(asRunningTrial(undefined)).toBeNull();
    expect(asRunningTrial('timer')).toBeNull();
    expect(asRunningTrial({ ...record(), startMs: 'yesterday' })).toBeNull();
    expect(asRunningTrial({ ...record(), startMs: Number.NaN })).toBeNull();
    expect(asRunningTrial({ ...record(), stepId: undefined })).toBeNull();
    expect(asRunningTrial({ ...record(), resumed: 'yes' })).toBeNull();
  });
});

describe('assessRunningTrial', () => {
  it('has nothing to say without a record or about a record of the current page load', () => {
    expect(assessRunningTrial(null, ctx(START + 5000))).toEqual({ kind: 'none' });
    expect(assessRunningTrial(record({ session: 'this-load' }), ctx(START + 5000))).toEqual({ kind: 'none' });
  });

  it('offers a trial cut off by a reload, with the wall-clock time since its start', () => {
    expect(assessRunningTrial(record(), ctx(START + 90_000))).toEqual({ kind: 'interrupted', elapsedMs: 90_000 });
    expect(assessRunningTrial(record(), ctx(START))).toEqual({ kind: 'interrupted', elapsedMs: 0 });
  });

  it('recognises a trial that was saved before its record could be removed', () => {
    const trials = [{ ms: 4000, at: '2025-03-10T08:00:00.000Z' }, { ms: 12_300, at: record().startIso }];
    expect(assessRunningTrial(record(), ctx(START + 90_000, trials))).toEqual({ kind: 'saved' });
    expect(assessRunningTrial(record(), ctx(START + 90_000, trials.slice(0, 1))).kind).toBe('interrupted');
  });

  it('offers a trial older than the stale limit only for discarding', () => {
    expect(assessRunningTrial(record(), ctx(START + STALE_AFTER_MS)).kind).toBe('interrupted');
    expect(assessRunningTrial(record(), ctx(START + STALE_AFTER_MS + 1))).toEqual({ kind: 'unusable', reason: 'stale', elapsedMs: STALE_AFTER_MS + 1 });
    expect(STALE_AFTER_MS).toBe(12 * 3_600_000);
  });

  it('does not trust a clock that now reads earlier than the start', () => {
    expect(assessRunningTrial(record(), ctx(START - 1))).toEqual({ kind: 'unusable', reason: 'clock', elapsedMs: -1 });
    expect(wallElapsed(START, START - 3_600_000)).toBe(-3_600_000);
  });
});

describe('resumedStartMono', () => {
  it('counts the time before the reload from the wall clock, the rest from the monotonic clock', () => {
    // 75 s passed on the wall clock; the new page load's monotonic clock reads 2 000 ms.
    const startMono = resumedStartMono(START, START + 75_000, 2000);
    expect(startMono).toBe(2000 - 75_000);
    // 3 s later on the monotonic clock the trial has run 78 s.
    expect(5000 - startMono).toBe(78_000);
  });

  it('never starts in the future when the clock went back', () => {
    expect(resumedStartMono(START, START - 10_000, 2000)).toBe(2000);
  });
});

describe('resumedTrialAts', () => {
  const entry = (over: Partial<AuditEntry>): AuditEntry => ({
    id: 'e', visitId: 'v1', at: '2025-03-10T09:05:00.000Z', author: 'Olena', device: 'dev-a', action: 'timer-trial-resumed',
    questionId: 'kb-search', stepId: 'timed-search', details: { trialAt: '2025-03-10T09:00:00.000Z', ms: 75_000 }, ...over,
  });

  it('lists the trials of one step that the audit log says were resumed after a reload', () => {
    const audit = [
      entry({}),
      entry({ id: 'other-step', stepId: 'other', details: { trialAt: 'x' } }),
      entry({ id: 'other-question', questionId: 'other', details: { trialAt: 'y' } }),
      entry({ id: 'discarded', action: 'timer-trial-discarded', details: { trialAt: 'z', startedAt: 'z' } }),
      entry({ id: 'garbled', details: { trialAt: 42 } }),
    ];
    expect([...resumedTrialAts(audit, 'kb-search', 'timed-search')]).toEqual(['2025-03-10T09:00:00.000Z']);
    expect(resumedTrialAts([], 'kb-search', 'timed-search').size).toBe(0);
  });
});
