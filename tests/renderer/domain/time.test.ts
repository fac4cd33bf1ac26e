import { describe, expect, it } from 'vitest';
import { formatClock, formatInstant, formatInstantIso, isTimeZone, parseInstant, utcOffset, visitTimeZone } from '../../../renderer/domain/time';

describe('times in the visit’s zone', () => {
  it('one format per language, in the zone given, whatever the machine’s zone', () => {
    const at = '2025-03-12T06:10:00Z';
    expect(formatInstant(at, 'ru', 'Europe/Kyiv')).toBe('12.03.2025 08:10');
    expect(formatInstant(at, 'uk', 'Europe/Kyiv')).toBe('12.03.2025 08:10');
    expect(formatInstant(at, 'en', 'Europe/Kyiv')).toBe('12 Mar 2025 08:10');
    expect(formatInstant(at, 'en', 'Asia/Tokyo')).toBe('12 Mar 2025 15:10');
    expect(formatInstant('2025-03-12T08:10:00+02:00', 'en', 'UTC', { seconds: true })).toBe('12 Mar 2025 06:10:00');
    expect(formatClock(at, 'America/New_York')).toBe('02:10');
    // The command line keeps ISO order.
    expect(formatInstantIso(at, 'Europe/Kyiv')).toBe('2025-03-12 08:10');
  });

  it('marks a camera time (no offset) as the camera’s clock instead of shifting it', () => {
    expect(formatInstant('2025-03-12T09:41:07', 'en', 'Asia/Tokyo', { cameraMark: '(camera clock)' })).toBe('12 Mar 2025 09:41 (camera clock)');
    expect(formatInstant('not a time', 'en', 'UTC')).toBe('not a time');
    expect(formatInstant(undefined, 'en', 'UTC')).toBe('—');
  });

  it('reads a day and time typed as shown, on the given zone’s clock, and refuses anything else', () => {
    for (const tz of ['Europe/Kyiv', 'UTC', 'America/New_York', 'Asia/Tokyo']) {
      for (const at of ['2025-03-12T06:10:00.000Z', '2025-07-01T21:59:00.000Z', '2025-10-26T02:30:00.000Z', '2025-12-31T23:05:00.000Z']) {
        for (const lang of ['ru', 'uk', 'en'] as const) expect(parseInstant(formatInstant(at, lang, tz), lang, tz), `${lang} ${tz} ${at}`).toBe(at);
      }
    }
    expect(parseInstant('12.03.2025 08:10', 'ru', 'Europe/Kyiv')).toBe('2025-03-12T06:10:00.000Z');
    expect(parseInstant('12 Mar 2025 8:10', 'en', 'Europe/Kyiv')).toBe('2025-03-12T06:10:00.000Z');
    for (const typed of ['12.03.2025', '12.03.2025 24:00', '12.03.2025 08:60', '31.02.2025 08:10', '03/12/2025 08:10', '2025-03-12T08:10', '']) {
      expect(parseInstant(typed, 'ru', 'UTC'), typed).toBeUndefined();
    }
    expect(parseInstant('12.03.2025 08:10', 'en', 'UTC')).toBeUndefined();
  });

  it('knows zone names, falls back to UTC for visits without one, and states the offset on the day', () => {
    expect(isTimeZone('Europe/Kyiv')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(visitTimeZone({})).toBe('UTC');
    expect(visitTimeZone({ timeZone: 'Nowhere' })).toBe('UTC');
    expect(utcOffset('Europe/Kyiv', new Date('2025-03-12T12:00:00Z'))).toBe('UTC+02:00');
    expect(utcOffset('Europe/Kyiv', new Date('2025-07-12T12:00:00Z'))).toBe('UTC+03:00');
    expect(utcOffset('America/New_York', new Date('2025-01-12T12:00:00Z'))).toBe('UTC−05:00');
  });
});
