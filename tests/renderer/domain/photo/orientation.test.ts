import { describe, expect, it } from 'vitest';
import { normalizeOrientation, orientedSize, swapsAxes } from '../../../../renderer/domain/photo/orientation';
import { DERIVATIVES, fitLongSide } from '../../../../renderer/domain/photo/sizes';

describe('orientation', () => {
  it('swaps width and height exactly for the quarter-turn orientations 5..8', () => {
    for (const o of [1, 2, 3, 4]) expect(orientedSize(4000, 3000, o)).toEqual({ width: 4000, height: 3000 });
    for (const o of [5, 6, 7, 8]) expect(orientedSize(4000, 3000, o)).toEqual({ width: 3000, height: 4000 });
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(swapsAxes)).toEqual([false, false, false, false, true, true, true, true]);
  });

  it('treats missing or nonsense orientation values as upright', () => {
    expect([undefined, null, 0, 9, 6.5, '6', -1].map(normalizeOrientation)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(normalizeOrientation(8)).toBe(8);
    expect(orientedSize(10, 20, 42)).toEqual({ width: 10, height: 20 });
  });
});

describe('fitLongSide', () => {
  it('scales the long side to the limit and keeps the aspect ratio', () => {
    expect(fitLongSide(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitLongSide(3000, 4000, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(fitLongSide(4032, 3024, 320)).toEqual({ width: 320, height: 240 });
  });

  it('never enlarges a small picture and never returns a zero side', () => {
    expect(fitLongSide(800, 600, 1600)).toEqual({ width: 800, height: 600 });
    expect(fitLongSide(10000, 2, 320)).toEqual({ width: 320, height: 1 });
  });

  it('rejects sizes that are not positive', () => {
    expect(() => fitLongSide(0, 10, 100)).toThrow(RangeError);
    expect(() => fitLongSide(10, 10, 0)).toThrow(RangeError);
    expect(() => fitLongSide(Number.NaN, 10, 100)).toThrow(RangeError);
  });

  it('plans a 1600 px report copy and a 320 px thumbnail', () => {
    expect(DERIVATIVES.map((d) => [d.variant, d.longSide])).toEqual([['report', 1600], ['thumb', 320]]);
    for (const d of DERIVATIVES) expect(d.quality).toBeGreaterThan(0.6);
  });
});
