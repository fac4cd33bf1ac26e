import { describe, expect, it } from 'vitest';
import { claimedNumber, findDiscrepancy, severityOf } from '../../../../renderer/domain/verdict/discrepancy';
import type { Measurement } from '../../../../renderer/domain/verdict/types';
import { L, claim, question, seatsQuestion, steps } from './fixtures';

const seats = seatsQuestion();
const measured = (value: number, unit: Measurement['unit'] = 'seats'): Measurement => ({ value, unit, measure: 'total', samples: 1 });

describe('numeric claims', () => {
  it('claimed 250 seats, counted 184: a discrepancy of about 26%', () => {
    const d = findDiscrepancy({
      question: seats, claim: claim('seats', '250 seats'), measurement: measured(184), op: '>', effective: 'not-met', blocksClaimedCategory: true,
    });
    expect(d).toMatchObject({ questionId: 'seats', found: '184\u00a0seats', claimedValue: 250, blocksClaimedCategory: true });
    expect(d?.gap).toBeCloseTo(0.264, 3);
    expect(d?.finding).toEqual({ type: 'measured', value: 184, unit: 'seats', measure: 'total', samples: 1 });
  });

  it('tolerates a gap within 5% of the claim', () => {
    const at = (found: number) =>
      findDiscrepancy({ question: seats, claim: claim('seats', '250'), measurement: measured(found), op: '>', effective: 'meets', blocksClaimedCategory: false });
    expect(at(238)).toBeUndefined(); // 4.8% short
    expect(at(237)).toBeDefined(); // 5.2% short
    expect(at(300)).toBeUndefined(); // better than claimed
  });

  it('a truthful numeric claim is no discrepancy even when the question fails', () => {
    expect(findDiscrepancy({
      question: seats, claim: claim('seats', '150'), measurement: measured(150), op: '>', effective: 'not-met', blocksClaimedCategory: true,
    })).toBeUndefined();
  });

  it('where less is better, a finding above the claim is worse', () => {
    const kb = question({ id: 'kb', steps: [steps.timer()] });
    const at = (found: number, text = '15 s') =>
      findDiscrepancy({ question: kb, claim: claim('kb', text), measurement: measured(found, 'seconds'), op: '<=', effective: 'meets', blocksClaimedCategory: false });
    expect(at(15.7)).toBeUndefined();
    expect(at(16)).toMatchObject({ claimedValue: 15 });
    expect(at(9)).toBeUndefined();
    // A range is held to its least favourable end: "10-15 s" promises no more than 15.
    expect(at(15.5, '10-15 с')).toBeUndefined();
    expect(at(60, '1 мин')).toBeUndefined();
    expect(at(70, '1 мин')).toMatchObject({ claimedValue: 60 });
  });

  it('frequency claims are compared in times per year', () => {
    const o2o = question({ id: 'o2o', steps: [steps.interview('ask', { answerType: 'frequency' })], claim: { type: 'frequency' } });
    const monthly = measured(12, 'per-year');
    expect(findDiscrepancy({ question: o2o, claim: claim('o2o', 'раз в две недели'), measurement: monthly, op: '>=', effective: 'not-met', blocksClaimedCategory: false }))
      .toMatchObject({ claimedValue: 26, found: '12\u00a0times a year' });
    expect(findDiscrepancy({ question: o2o, claim: claim('o2o', 'щомісяця'), measurement: monthly, op: '>=', effective: 'meets', blocksClaimedCategory: false }))
      .toBeUndefined();
  });

  it('a bare number is read with the claim unit label', () => {
    const o2o = question({ id: 'o2o', steps: [steps.interview()], claim: { type: 'number', unit: L('times a month') } });
    expect(claimedNumber(o2o, '2', 'per-year', '>=')).toBe(24);
    expect(claimedNumber(seats, '200-250', 'seats', '>')).toBe(200);
  });
});

describe('yes/no and text claims', () => {
  const gen = question({ id: 'generator', categories: ['A'], steps: [steps.observe()] });
  const at = (value: string, effective: 'meets' | 'partly' | 'not-met' | 'not-verified') =>
    findDiscrepancy({ question: gen, claim: claim('generator', value), effective, blocksClaimedCategory: false, reason: { code: 'not-seen', params: { kind: 'observe', outcome: 'not-seen' } } });

  it('a positive claim contradicted by the finding is a discrepancy', () => {
    expect(at('yes', 'not-met')).toMatchObject({ gap: 1, found: 'not met — not seen on site', finding: { type: 'verdict', verdict: 'not-met' } });
    expect(at('Есть, 100 кВт', 'partly')).toMatchObject({ gap: 0.5 });
  });

  it('no discrepancy when the vendor said no, or when the claim holds or is not checked yet', () => {
    expect(at('нет', 'not-met')).toBeUndefined();
    expect(at('yes', 'meets')).toBeUndefined();
    expect(at('yes', 'not-verified')).toBeUndefined();
  });

  it('renders the finding in the requested language', () => {
    const d = findDiscrepancy({ question: gen, claim: claim('generator', 'так'), effective: 'not-met', blocksClaimedCategory: false, lang: 'uk' });
    expect(d?.found).toBe('не відповідає');
  });
});

describe('severity', () => {
  it('blocking the claimed category outranks any gap, then the larger gap wins', () => {
    expect(severityOf(true, 0.01)).toBeGreaterThan(severityOf(false, 50));
    expect(severityOf(false, 0.3)).toBeGreaterThan(severityOf(false, 0.2));
    expect(severityOf(true, 1)).toBeGreaterThan(severityOf(true, 0.5));
  });
});
