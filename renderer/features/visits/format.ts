import type { Lang } from '../../domain/template/schema';

/** yyyy-mm-dd as a local calendar day (not UTC midnight, which can show as the day before). */
function localDay(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

// Building a formatter costs far more than using one; a list of visits reuses one per language.
const formatters = new Map<Lang, Intl.DateTimeFormat>();
function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let fmt = formatters.get(lang);
  if (!fmt) formatters.set(lang, (fmt = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' })));
  return fmt;
}

export function formatDateRange(lang: Lang, from: string, to?: string): string {
  const fmt = dateFormat(lang);
  const a = localDay(from);
  const b = to ? localDay(to) : null;
  if (!a) return from;
  if (!b || to === from) return fmt.format(a);
  return fmt.formatRange(a, b);
}

/** Today as yyyy-mm-dd in local time, the default first day of a new visit. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
