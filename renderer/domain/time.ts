import type { Lang } from './template/schema';
import { dateText, parseDay } from './text/dates';

/**
 * Every time SiteProof shows is shown in the visit's time zone, in one format per language, whichever laptop
 * or CLI makes the page: `toLocaleString()` without a zone prints the *builder's* time, so the same package
 * read 08:10 on one laptop and 10:10 on another. Camera times (EXIF, written without an offset) are the camera's
 * own clock and are marked as such rather than converted.
 */

/** Used for visits recorded before they carried a zone: stated in the dossier like any other. */
export const FALLBACK_TIME_ZONE = 'UTC';

/** The laptop's time zone, the default for a new visit. */
export function systemTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || FALLBACK_TIME_ZONE;
  } catch {
    return FALLBACK_TIME_ZONE;
  }
}

/** An IANA zone name Intl knows ("Europe/Kyiv", "UTC"). */
export function isTimeZone(tz: unknown): tz is string {
  if (typeof tz !== 'string' || tz.length === 0 || tz.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The zone to show a visit's times in: its own, else the stated fallback. */
export function visitTimeZone(visit: { timeZone?: string } | undefined): string {
  return visit && isTimeZone(visit.timeZone) ? visit.timeZone : FALLBACK_TIME_ZONE;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface WallClock { y: string; m: string; d: string; hh: string; mm: string; ss: string }

/** The wall-clock reading of an instant in a zone. */
export function wallClock(date: Date, timeZone: string): WallClock {
  const p = Object.fromEntries(partsFormatter(timeZone).formatToParts(date).map((x) => [x.type, x.value]));
  return { y: p.year, m: p.month, d: p.day, hh: p.hour === '24' ? '00' : p.hour, mm: p.minute, ss: p.second };
}

export { dateText, formatDay, formatDayRange } from './text/dates';

const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * An instant (ISO with Z or an offset) in the visit's zone: "12.03.2025 09:10" (en "12 Mar 2025 09:10"). A time with no offset is a
 * camera's clock: shown as written, with `cameraMark` after it. Unparseable input is shown raw.
 */
export function formatInstant(iso: string | undefined, lang: Lang, timeZone: string, opts: { seconds?: boolean; cameraMark?: string } = {}): string {
  return instantText(iso, (y, m, d) => dateText(y, m, d, lang), timeZone, opts);
}

/** The same in ISO order ("2025-03-12 09:10"), for the command line, which speaks to scripts as much as people. */
export function formatInstantIso(iso: string | undefined, timeZone: string, opts: { seconds?: boolean; cameraMark?: string } = {}): string {
  return instantText(iso, (y, m, d) => `${y}-${m}-${d}`, timeZone, opts);
}

function instantText(iso: string | undefined, day: (y: string, m: string, d: string) => string, timeZone: string, opts: { seconds?: boolean; cameraMark?: string }): string {
  if (!iso) return '—';
  if (!HAS_ZONE.test(iso)) {
    const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?/.exec(iso);
    if (!m) return iso;
    const t = `${day(m[1], m[2], m[3])} ${m[4]}:${m[5]}${opts.seconds && m[6] ? `:${m[6]}` : ''}`;
    return opts.cameraMark ? `${t} ${opts.cameraMark}` : t;
  }
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const w = wallClock(d, timeZone);
  return `${day(w.y, w.m, w.d)} ${w.hh}:${w.mm}${opts.seconds ? `:${w.ss}` : ''}`;
}

/**
 * A day and time typed as `formatInstant` shows them ("30.06.2026 14:05", "30 Jun 2026 14:05"), read as wall time
 * in `timeZone`: the ISO instant, or undefined when it is not that format or not a real day and time. A wall time
 * the clock shows twice (the hour after summer time ends) is read as its second showing. A wall
 * time skipped by a daylight-saving change comes out as the instant an hour later on the clock.
 */
export function parseInstant(text: string, lang: Lang, timeZone: string): string | undefined {
  const m = /^(.+?),? (\d{1,2}):(\d{2})$/.exec(text.trim().replace(/\s+/g, ' '));
  if (!m) return undefined;
  const day = parseDay(m[1], lang);
  const [hh, mm] = [Number(m[2]), Number(m[3])];
  if (!day || hh > 23 || mm > 59) return undefined;
  const [y, mo, d] = day.split('-').map(Number);
  const wall = Date.UTC(y, mo - 1, d, hh, mm);
  // The zone's offset at the instant, found from its wall clock; twice, for instants next to an offset change.
  let at = wall;
  for (let i = 0; i < 2; i++) {
    const w = wallClock(new Date(at), timeZone);
    const shown = Date.UTC(Number(w.y), Number(w.m) - 1, Number(w.d), Number(w.hh), Number(w.mm));
    at = wall - (shown - at);
  }
  return new Date(at).toISOString();
}

/** Just the time of day in the zone: "09:10". */
export function formatClock(iso: string | undefined, timeZone: string, seconds = false): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const w = wallClock(d, timeZone);
  return `${w.hh}:${w.mm}${seconds ? `:${w.ss}` : ''}`;
}

/** "UTC+02:00" for a zone at an instant (daylight saving moves it). */
export function utcOffset(timeZone: string, at: Date): string {
  const w = wallClock(at, timeZone);
  const asUtc = Date.UTC(Number(w.y), Number(w.m) - 1, Number(w.d), Number(w.hh), Number(w.mm), Number(w.ss));
  const minutes = Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60000);
  const sign = minutes < 0 ? '−' : '+';
  const a = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
