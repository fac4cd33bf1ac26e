import type { Bound, Lang } from '../../../domain/template/schema';

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The trial least favourable to the bound: the slowest when the bound is an upper limit, the fastest otherwise. */
export function worst(values: number[], op: Bound['op'] = '<='): number | null {
  if (values.length === 0) return null;
  return op === '<' || op === '<=' ? Math.max(...values) : Math.min(...values);
}

/** Russian and Ukrainian write «12,3 с»; English «12.3 s». */
const STYLE: Record<Lang, { unit: string; decimal: string }> = {
  en: { unit: 's', decimal: '.' },
  ru: { unit: 'с', decimal: ',' },
  uk: { unit: 'с', decimal: ',' },
};

/** 12.3 s below a minute, 1:02.5 above: tenths are as precise as a hand on a button gets. */
export function formatDuration(ms: number, lang: Lang): string {
  const { unit, decimal } = STYLE[lang];
  const tenths = Math.round(ms / 100);
  const totalSeconds = Math.floor(tenths / 10);
  const tenth = tenths % 10;
  if (totalSeconds < 60) return `${totalSeconds}${decimal}${tenth} ${unit}`;
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}${decimal}${tenth}`;
}

/** A time typed by hand, in seconds ("42", "42.5", "42,5") or minutes and seconds ("1:05"); null if unreadable. */
export function parseDuration(text: string): number | null {
  const t = text.trim().replace(',', '.');
  const mmss = /^(\d{1,3}):([0-5]?\d(?:\.\d+)?)$/.exec(t);
  if (mmss) return Math.round((Number(mmss[1]) * 60 + Number(mmss[2])) * 1000);
  if (/^\d{1,5}(?:\.\d+)?$/.test(t)) return Math.round(Number(t) * 1000);
  return null;
}

/** Elapsed time from monotonic readings (performance.now()), so a wall-clock change cannot distort a trial. */
export function elapsed(startMono: number, nowMono: number): number {
  return Math.max(0, nowMono - startMono);
}
