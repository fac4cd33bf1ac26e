import { useLiveQuery } from 'dexie-react-hooks';
import type { TimerData } from '../domain/model';
import { asRunningTrial, runningTrialKey, type RunningTrial } from '../domain/running-trial';
import { appendAudit } from './audit';
import { db } from './db';
import type { Identity } from './identity';

/**
 * Running stopwatch trials live in the settings table (a key-value store, no schema change), one record per
 * visit/question/step. A record is only removed while it is still the same trial, so clearing an old trial can never
 * remove the record of a newer one started meanwhile.
 */

const keyOf = (r: Pick<RunningTrial, 'visitId' | 'questionId' | 'stepId'>) => runningTrialKey(r.visitId, r.questionId, r.stepId);

export async function getRunningTrial(visitId: string, questionId: string, stepId: string): Promise<RunningTrial | null> {
  return asRunningTrial((await db.settings.get(runningTrialKey(visitId, questionId, stepId)))?.value);
}

/** undefined while loading, null when no trial of this step was left running. */
export function useRunningTrial(visitId: string, questionId: string, stepId: string): RunningTrial | null | undefined {
  return useLiveQuery(() => getRunningTrial(visitId, questionId, stepId), [visitId, questionId, stepId]);
}

export async function putRunningTrial(record: RunningTrial): Promise<void> {
  await db.settings.put({ key: keyOf(record), value: record });
}

/** Removes the record if it still is this trial's; returns what was stored, or null when it was not there. */
async function removeIfSame(record: RunningTrial): Promise<RunningTrial | null> {
  const stored = asRunningTrial((await db.settings.get(keyOf(record)))?.value);
  if (!stored || stored.startIso !== record.startIso) return null;
  await db.settings.delete(keyOf(record));
  return stored;
}

/** A trial cancelled before it crossed a reload: nothing was measured that anyone needs to know about. */
export async function clearRunningTrial(record: RunningTrial): Promise<void> {
  await db.transaction('rw', db.settings, () => removeIfSame(record));
}

/** `settled` when the record went, `unsaved` when no answer of the step holds the trial yet, `gone` when there was no record. */
export type SettleResult = 'settled' | 'unsaved' | 'gone';

/**
 * Removes the record of a trial once an answer of its step holds the trial (same `at`). A trial that crossed a reload
 * also gets its audit entry here, in the same transaction, because the trial data has no field to say that its time
 * before the reload came from the wall clock. Safe to call again: once the record is gone nothing more is written.
 */
export async function settleRunningTrial(who: Identity, record: RunningTrial): Promise<SettleResult> {
  return db.transaction('rw', db.settings, db.answers, db.audit, async () => {
    const stored = asRunningTrial((await db.settings.get(keyOf(record)))?.value);
    if (!stored || stored.startIso !== record.startIso) return 'gone';
    const answers = await db.answers.where('[visitId+questionId+stepId]').equals([record.visitId, record.questionId, record.stepId]).toArray();
    const trial = answers
      .filter((a) => !a.deleted && a.kind === 'timer')
      .flatMap((a) => (a.data as Partial<TimerData>).trials ?? [])
      .find((t) => t.at === record.startIso);
    if (!trial) return 'unsaved';
    await db.settings.delete(keyOf(record));
    if (stored.resumed) {
      await appendAudit(who, {
        visitId: record.visitId,
        action: 'timer-trial-resumed',
        questionId: record.questionId,
        stepId: record.stepId,
        details: { trialAt: record.startIso, ms: trial.ms, startedBy: stored.author },
      });
    }
    return 'settled';
  });
}

export type DiscardReason = 'interrupted' | 'stale' | 'clock' | 'cancelled';

/** Throws a trial that crossed a reload away, with a trace in the audit log; a second call for the same trial logs nothing. */
export async function discardRunningTrial(who: Identity, record: RunningTrial, elapsedMs: number, reason: DiscardReason): Promise<void> {
  await db.transaction('rw', db.settings, db.audit, async () => {
    const stored = await removeIfSame(record);
    if (!stored) return;
    await appendAudit(who, {
      visitId: record.visitId,
      action: 'timer-trial-discarded',
      questionId: record.questionId,
      stepId: record.stepId,
      details: { startedAt: stored.startIso, startedBy: stored.author, elapsedMs: Math.round(elapsedMs), reason },
    });
  });
}
