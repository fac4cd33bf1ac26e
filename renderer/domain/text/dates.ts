import type { Lang } from '../template/schema';

/**
 * Calendar days, one format per language, shown and typed alike: 30.06.2026 in ru and uk, 30 Jun 2026 in en
 * (day first and the month spelled, so no English reader takes 06/07 for 7 June or 6 July). Every screen, the
 * dossier and the verdict's reasons print days through here; records keep yyyy-mm-dd.
 *
 * The English month names are a fixed table rather than `Intl` on purpose: ICU changed en-GB September to
 * "Sept" (Node 20, current Chromium), and a dossier built by the CLI must read like the one built in the app.
 * ru/uk digits are what `Intl.DateTimeFormat('ru'|'uk', { day: '2-digit', month: '2-digit' })` gives.
 */

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const EN_MONTHS_LONG = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The earliest and latest year a typed day may have: "30/06/27" must not become a certificate of year 27. */
export const DAY_YEARS = { min: 1900, max: 2199 } as const;

/** A day from its digits (y "2026", m "06", d "30"): "30.06.2026" or "30 Jun 2026". */
export function dateText(y: string, m: string, d: string, lang: Lang): string {
  if (lang === 'en') return `${Number(d)} ${EN_MONTHS[Number(m) - 1] ?? m} ${y}`;
  return `${d.padStart(2, '0')}.${m.padStart(2, '0')}.${y}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A stored day (yyyy-mm-dd) in the language's format; empty is "—", anything else is shown as recorded. */
export function formatDay(isoDay: string | undefined, lang: Lang): string {
  if (!isoDay) return '—';
  const m = ISO_DAY.exec(isoDay);
  return m ? dateText(m[1], m[2], m[3], lang) : isoDay;
}

/** A visit's days: one day, or "12.03.2025 – 13.03.2025". */
export function formatDayRange(from: string, to: string | undefined, lang: Lang): string {
  return to && to !== from ? `${formatDay(from, lang)} – ${formatDay(to, lang)}` : formatDay(from, lang);
}

function isoOf(y: number, m: number, d: number): string | undefined {
  if (y < DAY_YEARS.min || y > DAY_YEARS.max || m < 1 || m > 12 || d < 1) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function enMonth(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = EN_MONTHS_LONG.findIndex((name) => name === w || name.slice(0, 3) === w || (name === 'september' && w === 'sept'));
  return i < 0 ? undefined : i + 1;
}

/**
 * A day typed in the language's format, as yyyy-mm-dd; undefined when it is not that format or not a real day
 * (31.02.2026, "30/06/27", a year before 1900). ru/uk take 30.06.2026 (or 1.7.2026); en takes 30 Jun 2026
 * (any case, "June" or "Jun." too). Other formats are refused rather than guessed.
 */
export function parseDay(text: string, lang: Lang): string | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  if (lang === 'en') {
    const m = /^(\d{1,2}) ([A-Za-z]+\.?) (\d{4})$/.exec(t);
    const month = m ? enMonth(m[2]) : undefined;
    return m && month ? isoOf(Number(m[3]), month, Number(m[1])) : undefined;
  }
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  return m ? isoOf(Number(m[3]), Number(m[2]), Number(m[1])) : undefined;
}

/** The day every date message and placeholder shows as its example. */
export const EXAMPLE_DAY = '2026-06-30';
