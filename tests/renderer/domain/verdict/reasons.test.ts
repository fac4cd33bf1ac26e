import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../../renderer/domain/template/schema';
import { decisionReason, formatFinding, formatQuantity, formatReason } from '../../../../renderer/domain/verdict/reasons';
import { evaluateRule } from '../../../../renderer/domain/verdict/rules';
import type { Reason } from '../../../../renderer/domain/verdict/types';
import { count, decision, seatRule, steps } from './fixtures';

const seatReason = (n: number, category: 'A' | 'B' | 'C', projectSeats = 30) =>
  evaluateRule(seatRule, steps.count(), count('seats', n), category, { projectSeats })!.reason;

// Normalise no-break spaces so the expected sentences stay readable.
const text = (r: Reason, lang: 'ru' | 'uk' | 'en') => formatReason(r, lang).replace(/\u00a0/g, ' ');

describe('formatReason', () => {
  it('says what was counted and what the category needs, in three languages', () => {
    const r = seatReason(184, 'A');
    expect(text(r, 'en')).toBe('counted 184 seats; category A needs more than 200');
    expect(text(r, 'ru')).toBe('насчитано 184 места; для категории A нужно больше 200');
    expect(text(r, 'uk')).toBe('нараховано 184 місця; для категорії A потрібно більше 200');
  });

  it('spells out relative bounds', () => {
    const r = seatReason(59, 'C');
    expect(text(r, 'en')).toBe('counted 59 seats; category C needs at least 2 × 30 = 60 seats');
    expect(text(r, 'ru')).toBe('насчитано 59 мест; для категории C нужно не меньше 2 × 30 = 60 мест');
    expect(text(r, 'uk')).toBe('нараховано 59 місць; для категорії C потрібно не менше 2 × 30 = 60 місць');
  });

  it('names the partly band and writes decimals the local way', () => {
    const r: Reason = {
      code: 'threshold-partly',
      params: { measured: 22.5, unit: 'agents', measure: 'median', samples: 2, kind: 'interview', category: 'C', op: '<=', bound: 20, partly: 25 },
    };
    expect(text(r, 'en')).toBe('median of 2 answers: 22.5 agents; category C needs at most 20; at most 25 counts as partly met');
    expect(text(r, 'ru')).toBe('медиана 2 ответов: 22,5 оператора; для категории C нужно не больше 20; не больше 25 — частичное соответствие');
    expect(text(r, 'uk')).toBe('медіана 2 відповідей: 22,5 оператора; для категорії C потрібно не більше 20; не більше 25 — часткова відповідність');
  });

  it('describes timer trials and percentages', () => {
    const timer: Reason = { code: 'threshold-not-met', params: { measured: 31, unit: 'seconds', measure: 'worst', samples: 3, kind: 'timer', category: 'A', op: '<=', bound: 15 } };
    expect(text(timer, 'en')).toBe('worst of 3 trials: 31 seconds; category A needs at most 15');
    expect(text(timer, 'ru')).toBe('худший из 3 замеров: 31 секунда; для категории A нужно не больше 15');
    const pct: Reason = { code: 'threshold-met', params: { measured: 38, unit: 'percent', measure: 'value', samples: 1, kind: 'value', category: 'B', op: '<=', bound: 40 } };
    expect(text(pct, 'uk')).toBe('зафіксовано 38%; для категорії B потрібно не більше 40%');
  });

  it('mentions contrary evidence that lowered a met threshold', () => {
    const r: Reason = { ...seatReason(250, 'A') };
    r.params = { ...r.params, contrary: 1 };
    expect(text(r, 'en')).toBe('counted 250 seats; category A needs more than 200; but other required checks did not confirm it (1)');
  });

  it('explains a missing project size', () => {
    const r = evaluateRule(seatRule, steps.count(), count('seats', 150), 'C', { projectSeats: 0 })!.reason;
    expect(text(r, 'en')).toBe('counted 150 seats; category C is measured against the project size, which this visit does not state');
    expect(text(r, 'ru')).toContain('размера проекта');
    expect(text(r, 'uk')).toContain('розміру проєкту');
  });

  it('dates an expired document the local way', () => {
    const r: Reason = { code: 'document-expired', params: { validUntil: '2025-03-09', visitDate: '2025-03-10' } };
    expect(text(r, 'en')).toBe('the document expired on 9 Mar 2025, before the visit (10 Mar 2025)');
    expect(text(r, 'ru')).toBe('срок действия документа истёк 09.03.2025, ещё до визита (10.03.2025)');
    expect(text(r, 'uk')).toBe('строк дії документа сплив 09.03.2025, ще до візиту (10.03.2025)');
  });

  it('has a sentence for every code in every language, with no holes', () => {
    const codes: Reason[] = [
      seatReason(250, 'A'), seatReason(184, 'A'),
      { code: 'threshold-partly', params: { measured: 45, unit: 'percent', measure: 'value', samples: 1, kind: 'value', category: 'A', op: '<=', bound: 40, partly: 50 } },
      { code: 'all-seen', params: { positive: 3, partly: 0, negative: 0, open: 0, total: 3 } },
      { code: 'some-seen', params: { positive: 1, partly: 1, negative: 1, open: 1, total: 4 } },
      { code: 'none-seen', params: { positive: 0, partly: 0, negative: 2, open: 0, total: 2 } },
      { code: 'interview-match', params: { yes: 2, partly: 0, no: 0, total: 2 } },
      { code: 'interview-partly', params: { yes: 1, partly: 0, no: 1, total: 2 } },
      { code: 'interview-mismatch', params: { yes: 0, partly: 0, no: 2, total: 2 } },
      { code: 'document-expired', params: { validUntil: '2025-01-01', visitDate: '2025-03-10' } },
      { code: 'missing-evidence', params: {} },
      { code: 'missing-project-seats', params: { category: 'C', factor: 2 } },
      decisionReason(decision('q', 'not-applicable', { reason: 'no generator needed' }))!,
      decisionReason(decision('q', 'override', { verdict: 'partly', reason: 'seats shared with another client' }))!,
      { code: 'seen', params: { kind: 'observe', outcome: 'seen' } },
      { code: 'seen', params: { kind: 'demo', outcome: 'seen' } },
      { code: 'seen', params: { kind: 'document', outcome: 'obtained' } },
      { code: 'not-seen', params: { kind: 'observe', outcome: 'not-shown' } },
      { code: 'not-seen', params: { kind: 'document', outcome: 'not-shown' } },
      { code: 'evidence-captured', params: { kind: 'count', value: 12, samples: 1 } },
      { code: 'evidence-captured', params: { kind: 'timer', samples: 3 } },
      { code: 'evidence-captured', params: { kind: 'value', answer: 'yes' } },
      { code: 'stated-no', params: { kind: 'value' } },
      { code: 'recording-received', params: {} },
      { code: 'recording-refused', params: {} },
      { code: 'recording-pending', params: { status: 'requested', since: '2025-03-10T09:00:00Z' } },
      { code: 'recording-pending', params: { status: 'not-requested', since: '2025-03-10T09:00:00Z' } },
    ];
    for (const lang of LANGS) {
      const seen = new Set<string>();
      for (const r of codes) {
        const s = formatReason(r, lang);
        expect(s, `${r.code} in ${lang}`).toMatch(/\p{L}/u);
        expect(s, `${r.code} in ${lang}`).not.toMatch(/undefined|NaN|\[object|\{|\}/);
        seen.add(s);
      }
      // Different findings read differently.
      expect(seen.size).toBe(codes.length);
    }
    expect(text(codes[13], 'en')).toBe('set to “partly met” by the evaluator: seats shared with another client');
    expect(text(codes[12], 'ru')).toBe('отмечено как неприменимое: no generator needed');
  });
});

describe('formatQuantity', () => {
  it('uses the plural forms of each language', () => {
    const q = (n: number, unit: string, lang: 'ru' | 'uk' | 'en') => formatQuantity(n, unit, lang).replace(/\u00a0/g, ' ');
    expect([1, 2, 5, 21].map((n) => q(n, 'seats', 'ru'))).toEqual(['1 место', '2 места', '5 мест', '21 место']);
    expect([1, 3, 11, 22].map((n) => q(n, 'seats', 'uk'))).toEqual(['1 місце', '3 місця', '11 місць', '22 місця']);
    expect([1, 2].map((n) => q(n, 'seats', 'en'))).toEqual(['1 seat', '2 seats']);
    expect(q(26, 'per-year', 'ru')).toBe('26 раз в год');
    expect(q(24, 'per-year', 'uk')).toBe('24 рази на рік');
    expect(q(12.5, 'seconds', 'uk')).toBe('12,5 секунди');
    expect(q(1200, 'seats', 'ru')).toBe('1 200 мест');
  });

  it('formats findings', () => {
    expect(formatFinding({ type: 'measured', value: 184, unit: 'seats', measure: 'total', samples: 2 }, 'en')).toBe('184\u00a0seats');
    expect(formatFinding({ type: 'verdict', verdict: 'partly' }, 'ru')).toBe('частично соответствует');
  });
});
