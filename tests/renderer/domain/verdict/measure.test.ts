import { describe, expect, it } from 'vitest';
import { measureRule, median, perYear, reduceSamples, stepSamples } from '../../../../renderer/domain/verdict/measure';
import type { Rule } from '../../../../renderer/domain/template/schema';
import { answer, count, seatRule, steps } from './fixtures';

const rule = (extra: Partial<Rule>): Rule => ({ ...seatRule, ...extra });

describe('perYear', () => {
  it('converts every period to times per year', () => {
    expect(perYear({ count: 1, period: 'week' })).toBe(52);
    expect(perYear({ count: 0.5, period: 'week' })).toBe(26);
    expect(perYear({ count: 2, period: 'month' })).toBe(24);
    expect(perYear({ count: 1, period: 'quarter' })).toBe(4);
    expect(perYear({ count: 3, period: 'year' })).toBe(3);
  });
});

describe('measureRule', () => {
  it('sums a count over its zones', () => {
    const m = measureRule(seatRule, steps.count(), count('seats', 120, 64, 0), '>');
    expect(m).toEqual({ value: 184, unit: 'seats', measure: 'total', samples: 3 });
  });

  it('has nothing to measure without zones, without an answer, or with an answer of another kind', () => {
    expect(measureRule(seatRule, steps.count(), count('seats'), '>')).toBeUndefined();
    expect(measureRule(seatRule, steps.count(), undefined, '>')).toBeUndefined();
    expect(measureRule(seatRule, steps.count(), answer('seats', 'count', 'observe', { outcome: 'seen' }), '>')).toBeUndefined();
  });

  const trials = (...ms: number[]) => answer('kb', 'time', 'timer', { trials: ms.map((x, i) => ({ ms: x, at: `2025-03-10T10:0${i}:00Z` })) });
  const timerRule = (measure: Rule['measure']) => rule({ step: 'time', measure, unit: 'seconds', bounds: { A: { op: '<=', value: 15 } } });

  it('summarises timer trials in seconds: median, mean, worst', () => {
    const a = trials(9000, 12500, 31000);
    expect(measureRule(timerRule('median'), steps.timer(), a, '<=')?.value).toBe(12.5);
    expect(measureRule(timerRule('mean'), steps.timer(), a, '<=')?.value).toBeCloseTo(17.5, 9);
    // Under an upper limit the worst trial is the slowest one.
    expect(measureRule(timerRule('worst'), steps.timer(), a, '<=')?.value).toBe(31);
    expect(measureRule(timerRule('median'), steps.timer(), trials(10000, 14000), '<=')?.value).toBe(12);
  });

  it('takes the smallest sample as the worst under a lower limit', () => {
    expect(reduceSamples([30, 12, 26], 'worst', '>=')).toBe(12);
    expect(reduceSamples([30, 12, 26], 'worst', '>')).toBe(12);
    expect(reduceSamples([30, 12, 26], 'worst', '<')).toBe(30);
  });

  it('does not fail a bound on floating-point noise', () => {
    expect(reduceSamples([0.1, 0.2], 'total', '<=')).toBe(0.3);
  });

  it('reads a stated number, a percentage and a frequency from a value step', () => {
    const valueRule = rule({ step: 'value', measure: 'value', unit: 'percent', bounds: { A: { op: '<=', value: 40 } } });
    expect(measureRule(valueRule, steps.value('value', 'percent'), answer('t', 'value', 'value', { number: 45 }), '<=')?.value).toBe(45);
    expect(measureRule(valueRule, steps.value('value', 'number'), answer('t', 'value', 'value', { number: 7 }), '<=')?.value).toBe(7);
    const freqRule = rule({ step: 'value', measure: 'value', unit: 'per-year', bounds: { A: { op: '>=', value: 4 } } });
    const freq = (c: number, period: 'week' | 'month' | 'quarter' | 'year') =>
      measureRule(freqRule, steps.value('value', 'frequency'), answer('t', 'value', 'value', { frequency: { count: c, period } }), '>=')?.value;
    expect(freq(1, 'week')).toBe(52);
    expect(freq(1, 'month')).toBe(12);
    expect(freq(1, 'quarter')).toBe(4);
    expect(freq(2, 'year')).toBe(2);
    // A text value offers no number.
    expect(measureRule(valueRule, steps.value('value', 'text'), answer('t', 'value', 'value', { text: '45' }), '<=')).toBeUndefined();
  });

  it('summarises numeric interview answers and skips respondents without a number', () => {
    const step = steps.interview('ask', { role: 'supervisor', respondents: 3, answerType: 'number' });
    const a = answer('ratio', 'ask', 'interview', {
      responses: [
        { respondent: 'S1', answer: '12', match: null, number: 12 },
        { respondent: 'S2', answer: 'not sure', match: null },
        { respondent: 'S3', answer: '18', match: null, number: 18 },
      ],
    });
    const r = rule({ step: 'ask', measure: 'median', unit: 'agents', bounds: { A: { op: '<=', value: 15 } } });
    expect(measureRule(r, step, a, '<=')).toEqual({ value: 15, unit: 'agents', measure: 'median', samples: 2 });
    expect(measureRule({ ...r, measure: 'worst' }, step, a, '<=')?.value).toBe(18);
  });

  it('converts interview frequencies to times per year', () => {
    const step = steps.interview('ask', { answerType: 'frequency' });
    const a = answer('o2o', 'ask', 'interview', {
      responses: [
        { respondent: 'A1', answer: 'every two weeks', match: 'yes', frequency: { count: 0.5, period: 'week' } },
        { respondent: 'A2', answer: 'monthly', match: 'no', frequency: { count: 1, period: 'month' } },
      ],
    });
    expect(stepSamples(step, a)).toEqual([26, 12]);
  });

  it('computes the median of an even number of samples as the middle average', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
  });
});
