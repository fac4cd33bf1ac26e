import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../../../renderer/domain/template/schema';
import { dateText, formatDay, formatDayRange, parseDay } from '../../../../renderer/domain/text/dates';
import { formatInstant } from '../../../../renderer/domain/time';
import { formatReason } from '../../../../renderer/domain/verdict/reasons';

/** The one shape a day takes in each language. */
const SHAPE: Record<Lang, RegExp> = {
  ru: /^\d{2}\.\d{2}\.\d{4}$/,
  uk: /^\d{2}\.\d{2}\.\d{4}$/,
  en: /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/,
};

/** Every day of a leap year and of the year after (yyyy-mm-dd). */
function days(): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2026, 0, 1); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

describe('one date format per language', () => {
  it('writes 30.06.2026 in ru and uk and 30 Jun 2026 in en', () => {
    expect(formatDay('2026-06-30', 'ru')).toBe('30.06.2026');
    expect(formatDay('2026-06-30', 'uk')).toBe('30.06.2026');
    expect(formatDay('2026-06-30', 'en')).toBe('30 Jun 2026');
    expect(formatDay('2026-09-03', 'en')).toBe('3 Sep 2026');
    expect(formatDay('2026-09-03', 'ru')).toBe('03.09.2026');
    expect(dateText('2025', '03', '12', 'en')).toBe('12 Mar 2025');
    expect(formatDayRange('2025-03-12', '2025-03-13', 'ru')).toBe('12.03.2025 – 13.03.2025');
    expect(formatDayRange('2025-03-12', '2025-03-13', 'en')).toBe('12 Mar 2025 – 13 Mar 2025');
    expect(formatDayRange('2025-03-12', '2025-03-12', 'en')).toBe('12 Mar 2025');
    expect(formatDayRange('2025-03-12', undefined, 'uk')).toBe('12.03.2025');
    expect(formatDay(undefined, 'en')).toBe('—');
    expect(formatDay('someday', 'ru')).toBe('someday');
  });

  it('gives every day of two years one shape per language, the same on every surface that prints a day', () => {
    for (const lang of LANGS) {
      for (const day of days()) {
        const shown = formatDay(day, lang);
        expect(shown, `${lang} ${day}`).toMatch(SHAPE[lang]);
        // A visit's dates, an instant on that day and a verdict's reason print the day exactly alike.
        expect(formatDayRange(day, '2026-12-31', lang).split(' – ')[0]).toBe(shown);
        expect(formatInstant(`${day}T12:00:00Z`, lang, 'UTC')).toBe(`${shown} 12:00`);
        expect(formatInstant(`${day}T08:10:00`, lang, 'UTC')).toBe(`${shown} 08:10`);
        const reason = formatReason({ code: 'document-expired', params: { validUntil: day, visitDate: '2026-12-31' } }, lang);
        expect(reason).toContain(shown);
        expect(reason).toContain(formatDay('2026-12-31', lang));
      }
    }
  });

  it('reads back exactly what it shows, in each language', () => {
    for (const lang of LANGS) for (const day of days()) expect(parseDay(formatDay(day, lang), lang), `${lang} ${day}`).toBe(day);
    expect(parseDay(' 1.7.2026 ', 'ru')).toBe('2026-07-01');
    expect(parseDay('30 june 2026', 'en')).toBe('2026-06-30');
    expect(parseDay('30 JUN. 2026', 'en')).toBe('2026-06-30');
    expect(parseDay('3 Sept 2026', 'en')).toBe('2026-09-03');
    expect(parseDay('29.02.2024', 'uk')).toBe('2024-02-29');
  });

  it('refuses days that do not exist, short years and other languages’ formats', () => {
    const refused: Record<Lang, string[]> = {
      ru: ['31.02.2026', '30/06/27', '30.06.27', '2026-06-30', '30 Jun 2026', '06/30/2026', '29.02.2025', '30.06.1899', '00.06.2026', '30.13.2026', ''],
      uk: ['31.02.2026', '30/06/27', '2026-06-30', '30/06/2026', '32.01.2026'],
      en: ['31 Feb 2026', '30/06/27', '06/30/2026', '30/06/2026', '30.06.2026', '2026-06-30', 'Jun 30 2026', '30 Ju 2026', '30 Jux 2026', '30 Jun 26'],
    };
    for (const lang of LANGS) for (const typed of refused[lang]) expect(parseDay(typed, lang), `${lang} "${typed}"`).toBeUndefined();
  });
});

describe('nothing in the app formats a date on its own', () => {
  const root = resolve(import.meta.dirname, '../../../../renderer');
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : []);
  // Browser and Intl date formats follow the machine's locale or their own per-language shapes (6/30/2026,
  // 30 июн. 2026 г.): each would add a format beside the one in domain/text/dates.ts.
  const FORBIDDEN = /\.toLocale(Date|Time)String\(|\bdateStyle\b|\btimeStyle\b|\bmonth: '(short|long|numeric|2-digit)'|\bweekday:|type="date"|type="datetime-local"/;
  const ALLOWED = new Set(['domain/text/dates.ts', 'domain/time.ts']);

  it('prints days and times only through the date module', () => {
    const offenders = files(root)
      .map((f) => relative(root, f).replace(/\\/g, '/'))
      .filter((f) => !ALLOWED.has(f))
      .flatMap((f) => readFileSync(join(root, f), 'utf8').split('\n').map((line, i) => ({ f, line, i }))
        .filter(({ line }) => !/^\s*(\*|\/\/|\/\*)/.test(line) && FORBIDDEN.test(line)).map(({ f, i, line }) => `${f}:${i + 1}: ${line.trim()}`));
    expect(offenders).toEqual([]);
  });
});
