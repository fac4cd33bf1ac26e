import { describe, expect, it } from 'vitest';
import { agoOf, clockTime } from '../../../../renderer/features/visit/logic/trial-clock';

describe('clockTime', () => {
  it('reads HH:MM:SS in local time, padded', () => {
    expect(clockTime(new Date(2025, 2, 10, 9, 5, 7).getTime())).toBe('09:05:07');
    expect(clockTime(new Date(2025, 2, 10, 23, 59, 59, 999).getTime())).toBe('23:59:59');
    expect(clockTime(new Date(2025, 2, 10, 0, 0, 0).getTime())).toBe('00:00:00');
  });
});

describe('agoOf', () => {
  it('says "now" under a minute, whole minutes under an hour, hours and minutes above', () => {
    expect(agoOf(0)).toEqual({ unit: 'now' });
    expect(agoOf(59_999)).toEqual({ unit: 'now' });
    expect(agoOf(60_000)).toEqual({ unit: 'minutes', minutes: 1 });
    expect(agoOf(59 * 60_000 + 59_999)).toEqual({ unit: 'minutes', minutes: 59 });
    expect(agoOf(60 * 60_000)).toEqual({ unit: 'hours', hours: 1, minutes: 0 });
    expect(agoOf((13 * 60 + 5) * 60_000)).toEqual({ unit: 'hours', hours: 13, minutes: 5 });
  });

  it('treats a negative span as now', () => {
    expect(agoOf(-5000)).toEqual({ unit: 'now' });
  });
});
