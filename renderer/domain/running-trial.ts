import type { AuditEntry, TimerData } from './model';

/**
 * A stopwatch trial that is running, as written to the settings store the moment it starts, so that a reload or a
 * crash cannot make it vanish without the evaluator knowing. Durations of trials that stay within one page load come
 * from the monotonic clock; only the part of a trial that crossed a reload has to be read from the wall clock.
 */
export interface RunningTrial {
  visitId: string;
  questionId: string;
  stepId: string;
  author: string;
  device: string;
  /** Wall-clock start in epoch ms; the saved trial's `at` is the same instant as ISO. */
  startMs: number;
  startIso: string;
  /** The page load that started (or last resumed) the trial: a record of the current page load is not "interrupted". */
  session: string;
  /** Set once the trial crossed a reload and the evaluator resumed it. */
  resumed?: true;
}

/** Past this age a trial cannot still be a search in progress: it is offered only for discarding. */
export const STALE_AFTER_MS = 12 * 60 * 60 * 1000;

export const runningTrialKeyPrefix = (visitId: string): string => `timer-running/${visitId}/`;

export const runningTrialKey = (visitId: string, questionId: string, stepId: string): string =>
  `${runningTrialKeyPrefix(visitId)}${questionId}/${stepId}`;

const text = (v: unknown): v is string => typeof v === 'string';

/** Settings values are untyped on disk: anything that is not a whole record is treated as absent. */
export function asRunningTrial(value: unknown): RunningTrial | null {
  if (!value || typeof value !== 'object') return null;
  const r = value as Record<string, unknown>;
  if (![r.visitId, r.questionId, r.stepId, r.author, r.device, r.startIso, r.session].every(text)) return null;
  if (typeof r.startMs !== 'number' || !Number.isFinite(r.startMs)) return null;
  if (r.resumed !== undefined && r.resumed !== true) return null;
  return value as RunningTrial;
}

/** Wall-clock time since the start; negative when the computer's clock now reads earlier than the start did. */
export const wallElapsed = (startMs: number, nowMs: number): number => nowMs - startMs;

export type Recovery =
  /** Nothing to recover, or the record belongs to the current page load (its stopwatch is still in memory). */
  | { kind: 'none' }
  /** The trial is already in the step's answer and only the clean-up after saving it was cut short. */
  | { kind: 'saved' }
  /** Running when the app closed: the evaluator resumes or discards it. */
  | { kind: 'interrupted'; elapsedMs: number }
  /** Too old, or the clock went back since the start: the elapsed time means nothing, so only discarding is offered. */
  | { kind: 'unusable'; reason: 'stale' | 'clock'; elapsedMs: number };

/** The `at` of every trial the audit log says was resumed after a reload, for one step. */
export function resumedTrialAts(audit: readonly AuditEntry[], questionId: string, stepId: string): Set<string> {
  const ats = new Set<string>();
  for (const e of audit) {
    if (e.action === 'timer-trial-resumed' && e.questionId === questionId && e.stepId === stepId && text(e.details.trialAt)) ats.add(e.details.trialAt);
  }
  return ats;
}

/** What to do with a running-trial record found when the step opens. */
export function assessRunningTrial(
  record: RunningTrial | null,
  ctx: { session: string; nowMs: number; trials: TimerData['trials'] },
): Recovery {
  if (!record || record.session === ctx.session) return { kind: 'none' };
  if (ctx.trials.some((t) => t.at === record.startIso)) return { kind: 'saved' };
  const elapsedMs = wallElapsed(record.startMs, ctx.nowMs);
  if (elapsedMs < 0) return { kind: 'unusable', reason: 'clock', elapsedMs };
  if (elapsedMs > STALE_AFTER_MS) return { kind: 'unusable', reason: 'stale', elapsedMs };
  return { kind: 'interrupted', elapsedMs };
}

/**
 * The monotonic reading a resumed trial counts from: the time before the reload comes from the wall clock once,
 * everything after it from the monotonic clock, so the stopwatch keeps running from the persisted start.
 */
export function resumedStartMono(startMs: number, nowMs: number, nowMono: number): number {
  return nowMono - Math.max(0, wallElapsed(startMs, nowMs));
}
