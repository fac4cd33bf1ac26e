/**
 * Wall-clock time is read once and advanced with the monotonic clock afterwards, so that a clock change
 * during a visit cannot reorder captures or distort a stopwatch. Timestamps handed out are strictly
 * increasing (by at least 1 ms), so records and audit entries written in the same millisecond keep the
 * order in which they were made.
 */
export interface Clock {
  /** Milliseconds since the epoch, strictly increasing within a session. */
  nowMs(): number;
  nowIso(): string;
  /** Monotonic milliseconds for measuring durations. */
  mono(): number;
}

export function createClock(wall: () => number = Date.now, mono: () => number = () => performance.now()): Clock {
  const wall0 = wall();
  const mono0 = mono();
  let last = -Infinity;
  const nowMs = () => {
    const t = Math.floor(wall0 + (mono() - mono0));
    last = t > last ? t : last + 1;
    return last;
  };
  return { nowMs, nowIso: () => new Date(nowMs()).toISOString(), mono };
}

export const clock = createClock();
