import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../../renderer/domain/model';
import type { Category, Rule, Step } from '../../../../renderer/domain/template/schema';
import { evaluateRule, resolveBound } from '../../../../renderer/domain/verdict/rules';
import { answer, count, seatRule, steps } from './fixtures';

const seats = (n: number, category: Category, projectSeats = 30) =>
  evaluateRule(seatRule, steps.count(), count('seats', n), category, { projectSeats });

describe('seat rule per category', () => {
  it('A needs more than 200 seats: 200 fails, 201 meets', () => {
    expect(seats(200, 'A')?.verdict).toBe('not-met');
    expect(seats(201, 'A')?.verdict).toBe('meets');
  });

  it('B needs more than 90 seats: 90 fails, 91 meets', () => {
    expect(seats(90, 'B')?.verdict).toBe('not-met');
    expect(seats(91, 'B')?.verdict).toBe('meets');
  });

  it('C needs at least twice the project: with 30 project seats 60 meets, 59 fails', () => {
    expect(seats(60, 'C')?.verdict).toBe('meets');
    expect(seats(59, 'C')?.verdict).toBe('not-met');
    // The same count judged against a bigger project.
    expect(seats(60, 'C', 31)?.verdict).toBe('not-met');
  });

  it('cannot judge a relative bound without the project size', () => {
    for (const projectSeats of [0, Number.NaN, undefined as unknown as number]) {
      const r = evaluateRule(seatRule, steps.count(), count('seats', 150), 'C', { projectSeats });
      expect(r?.verdict).toBe('not-verified');
      expect(r?.reason.code).toBe('missing-project-seats');
      expect(r?.reason.params).toMatchObject({ measured: 150, category: 'C', factor: 2 });
      expect(r?.measurement?.value).toBe(150);
    }
    // Absolute bounds do not need it.
    expect(seats(201, 'A', 0)?.verdict).toBe('meets');
  });

  it('puts everything a sentence needs into the reason', () => {
    const r = evaluateRule(seatRule, steps.count(), count('seats', 120, 64), 'A', { projectSeats: 30 });
    expect(r?.reason).toEqual({
      code: 'threshold-not-met',
      params: { measured: 184, unit: 'seats', measure: 'total', samples: 2, kind: 'count', category: 'A', op: '>', bound: 200 },
    });
    const c = evaluateRule(seatRule, steps.count(), count('seats', 184), 'C', { projectSeats: 30 });
    expect(c?.reason).toMatchObject({ code: 'threshold-met', params: { bound: 60, factor: 2, projectSeats: 30, category: 'C' } });
  });

  it('is not verified when nothing was counted', () => {
    const r = evaluateRule(seatRule, steps.count(), undefined, 'A', { projectSeats: 30 });
    expect(r).toMatchObject({ verdict: 'not-verified', reason: { code: 'missing-evidence' } });
    expect(r?.measurement).toBeUndefined();
  });

  it('leaves categories without a bound to the caller', () => {
    const onlyA: Rule = { ...seatRule, bounds: { A: { op: '>', value: 200 } } };
    expect(evaluateRule(onlyA, steps.count(), count('seats', 500), 'C', { projectSeats: 30 })).toBeUndefined();
  });
});

describe('partly bands', () => {
  // Agents per supervisor, asked of supervisors: A at most 15, B at most 20, C at most 20 with 25 still partly.
  const ratioRule: Rule = {
    type: 'threshold', step: 'ask', measure: 'worst', unit: 'agents',
    bounds: { A: { op: '<=', value: 15 }, B: { op: '<=', value: 20 }, C: { op: '<=', value: 20, partly: 25 } },
  };
  const ratioStep = steps.interview('ask', { role: 'supervisor', respondents: 1, answerType: 'number' });
  const ratio = (category: Category, ...n: number[]) => evaluateRule(ratioRule, ratioStep, answer('ratio', 'ask', 'interview', {
    responses: n.map((x, i) => ({ respondent: `S${i}`, answer: String(x), match: null, number: x })),
  }), category, { projectSeats: 30 });

  it('meets inside the bound, partly inside the band, not met beyond it', () => {
    expect(ratio('C', 20)?.verdict).toBe('meets');
    expect(ratio('C', 21)?.verdict).toBe('partly');
    expect(ratio('C', 25)?.verdict).toBe('partly');
    expect(ratio('C', 26)?.verdict).toBe('not-met');
    expect(ratio('C', 22)?.reason).toMatchObject({ code: 'threshold-partly', params: { bound: 20, partly: 25 } });
  });

  it('has no band where the template sets none', () => {
    expect(ratio('B', 21)?.verdict).toBe('not-met');
  });

  it('judges interviews by the worst answer', () => {
    // Median 14 would pass A; the supervisor with 18 agents does not.
    const r = ratio('A', 12, 14, 18);
    expect(r?.verdict).toBe('not-met');
    expect(r?.measurement).toEqual({ value: 18, unit: 'agents', measure: 'worst', samples: 3 });
  });

  it('reads a relative band as a factor of the project', () => {
    const b = resolveBound({ op: '>=', factor: 2, of: 'projectSeats', partly: 1.5 }, 'C', 40);
    expect(b).toEqual({ ok: true, bound: { category: 'C', op: '>=', value: 80, partly: 60, factor: 2, projectSeats: 40 } });
  });

  it('turnover: at most 40% meets A, up to 50% is partly', () => {
    const turnover: Rule = {
      type: 'threshold', step: 'value', measure: 'value', unit: 'percent',
      bounds: { A: { op: '<=', value: 40, partly: 50 }, C: { op: '<=', value: 60 } },
    };
    const at = (pct: number, c: Category) =>
      evaluateRule(turnover, steps.value('value', 'percent'), answer('turnover', 'value', 'value', { number: pct }), c, { projectSeats: 30 })?.verdict;
    expect(at(40, 'A')).toBe('meets');
    expect(at(45, 'A')).toBe('partly');
    expect(at(50.5, 'A')).toBe('not-met');
    expect(at(55, 'C')).toBe('meets');
    expect(at(61, 'C')).toBe('not-met');
  });
});

describe('frequency rules', () => {
  // One-to-one coaching: every two weeks for A and B, monthly for C, asked of agents, judged by the worst answer.
  const o2oRule: Rule = {
    type: 'threshold', step: 'ask', measure: 'worst', unit: 'per-year',
    bounds: { A: { op: '>=', value: 26 }, B: { op: '>=', value: 26 }, C: { op: '>=', value: 12 } },
  };
  const o2oStep: Step = steps.interview('ask', { answerType: 'frequency' });
  const said = (...f: [number, 'week' | 'month' | 'quarter' | 'year'][]): Answer => answer('o2o', 'ask', 'interview', {
    responses: f.map(([c, period], i) => ({ respondent: `A${i}`, answer: '', match: null, frequency: { count: c, period } })),
  });
  const verdict = (a: Answer, c: Category) => evaluateRule(o2oRule, o2oStep, a, c, { projectSeats: 30 })?.verdict;

  it('every two weeks (26 a year) meets A', () => {
    expect(verdict(said([0.5, 'week']), 'A')).toBe('meets');
    expect(verdict(said([26, 'year']), 'A')).toBe('meets');
  });

  it('monthly fails A and B but meets C', () => {
    expect(verdict(said([1, 'month']), 'A')).toBe('not-met');
    expect(verdict(said([1, 'month']), 'B')).toBe('not-met');
    expect(verdict(said([1, 'month']), 'C')).toBe('meets');
  });

  it('quarterly fails even C', () => {
    expect(verdict(said([1, 'quarter']), 'C')).toBe('not-met');
  });

  it('one agent meeting the supervisor only monthly pulls A down', () => {
    expect(verdict(said([0.5, 'week'], [1, 'month']), 'A')).toBe('not-met');
  });
});

describe('timer rules', () => {
  const kbRule = (measure: Rule['measure']): Rule => ({
    type: 'threshold', step: 'time', measure, unit: 'seconds', bounds: { A: { op: '<=', value: 15 }, B: { op: '<=', value: 15 } },
  });
  const timed = answer('kb', 'time', 'timer', { trials: [8000, 14000, 40000].map((ms) => ({ ms, at: '2025-03-10T10:00:00Z' })) });

  it('the median of 8, 14 and 40 seconds meets a 15 s bound; the worst trial does not', () => {
    expect(evaluateRule(kbRule('median'), steps.timer(), timed, 'A', { projectSeats: 30 })).toMatchObject({
      verdict: 'meets', measurement: { value: 14, samples: 3 },
    });
    expect(evaluateRule(kbRule('worst'), steps.timer(), timed, 'A', { projectSeats: 30 })).toMatchObject({
      verdict: 'not-met', measurement: { value: 40 },
    });
  });

  it('a trial of exactly 15.0 s meets "at most 15"', () => {
    const exact = answer('kb', 'time', 'timer', { trials: [{ ms: 15000, at: '2025-03-10T10:00:00Z' }] });
    expect(evaluateRule(kbRule('median'), steps.timer(), exact, 'B', { projectSeats: 30 })?.verdict).toBe('meets');
    const over = answer('kb', 'time', 'timer', { trials: [{ ms: 15001, at: '2025-03-10T10:00:00Z' }] });
    expect(evaluateRule(kbRule('median'), steps.timer(), over, 'B', { projectSeats: 30 })?.verdict).toBe('not-met');
  });
});
