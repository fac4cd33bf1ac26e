/** HH:MM:SS in the laptop's time zone: the evaluator compares it with the clock on the wall, not with a date. */
export function clockTime(epochMs: number): string {
  const d = new Date(epochMs);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** How long ago, in whole minutes and hours: enough to recognise the trial, without pretending to precision. */
export type Ago = { unit: 'now' } | { unit: 'minutes'; minutes: number } | { unit: 'hours'; hours: number; minutes: number };

export function agoOf(elapsedMs: number): Ago {
  const totalMinutes = Math.floor(Math.max(0, elapsedMs) / 60_000);
  if (totalMinutes < 1) return { unit: 'now' };
  if (totalMinutes < 60) return { unit: 'minutes', minutes: totalMinutes };
  return { unit: 'hours', hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}
