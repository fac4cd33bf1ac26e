import { describe, expect, it } from 'vitest';
import { elapsed, formatDuration, median, parseDuration, worst } from '../../../../renderer/features/visit/logic/stopwatch';

describe('stopwatch helpers', () => {
  it('median of odd and even trial counts', () => {
    expect(median([])).toBeNull();
    expect(median([12])).toBe(12);
    expect(median([30, 10, 20])).toBe(20);
    expect(median([10, 40, 20, 30])).toBe(25);
  });

  it('worst depends on the direction of the bound', () => {
    expect(worst([12, 31, 9], '<=')).toBe(31);
    expect(worst([12, 31, 9], '<')).toBe(31);
    expect(worst([12, 31, 9], '>=')).toBe(9);
    expect(worst([], '<=')).toBeNull();
  });

  it('formats durations to tenths, with minutes above a minute', () => {
    expect(formatDuration(0, 'en')).toBe('0.0 s');
    expect(formatDuration(12_345, 'en')).toBe('12.3 s');
    expect(formatDuration(59_960, 'en')).toBe('1:00.0');
    expect(formatDuration(65_500, 'en')).toBe('1:05.5');
    expect(formatDuration(600_000, 'en')).toBe('10:00.0');
  });

  it('writes the unit and decimal mark of the language', () => {
    expect(formatDuration(12_345, 'ru')).toBe('12,3 с');
    expect(formatDuration(12_345, 'uk')).toBe('12,3 с');
    expect(formatDuration(12_345, 'en')).toBe('12.3 s');
    expect(formatDuration(65_500, 'uk')).toBe('1:05,5');
  });

  it('reads times typed by hand', () => {
    expect(parseDuration('14.5')).toBe(14_500);
    expect(parseDuration('14,5')).toBe(14_500);
    expect(parseDuration('1:05')).toBe(65_000);
    expect(parseDuration(' 42 ')).toBe(42_000);
    for (const bad of ['', 'fast', '1:75', '-3', '1:2:3']) expect(parseDuration(bad)).toBeNull();
  });

  it('elapsed time comes from monotonic readings and is never negative', () => {
    expect(elapsed(1000.5, 13_346.2)).toBeCloseTo(12_345.7);
    expect(elapsed(2000, 1000)).toBe(0);
  });
});
