/**
 * Wall-clock time is read once and advanced with the monotonic clock afterwards, so that a clock change
 * during a visit cannot reorder captures or distort a stopwatch.
 */
export interface Clock {
  /** Milliseconds since the epoch, monotonic within a session. */
  nowMs(): number;
  nowIso(): string;
  /** Monotonic milliseconds for measuring durations. */
  mono(): number;
}

export function createClock(wall: () => number = Date.now, mono: () => number = () => performance.now()): Clock {
  const wall0 = wall();
  const mono0 = mono();
  const nowMs = () => wall0 + (mono() - mono0);
  return { nowMs, nowIso: () => new Date(nowMs()).toISOString(), mono };
}

export const clock = createClock();
