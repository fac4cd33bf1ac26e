import { describe, expect, it } from 'vitest';
import type { Answer, CallTestData } from '../../../../renderer/domain/model';
import type { Rule } from '../../../../renderer/domain/template/schema';
import { evaluateVisit } from '../../../../renderer/domain/verdict/evaluate';
import {
  answer, bundle, claim, count, decision, question, resolution, seatsQuestion, steps, template, visit,
} from './fixtures';

const ratioRule: Rule = {
  type: 'threshold', step: 'ask', measure: 'worst', unit: 'agents',
  bounds: { A: { op: '<=', value: 15 }, B: { op: '<=', value: 20 }, C: { op: '<=', value: 20, partly: 25 } },
};
const o2oRule: Rule = {
  type: 'threshold', step: 'ask', measure: 'worst', unit: 'per-year',
  bounds: { A: { op: '>=', value: 26 }, B: { op: '>=', value: 26 }, C: { op: '>=', value: 12 } },
};
const kbRule: Rule = {
  type: 'threshold', step: 'time', measure: 'median', unit: 'seconds', bounds: { A: { op: '<=', value: 15 }, B: { op: '<=', value: 15 } },
};

const tpl = template([
  { id: 'general', questions: [seatsQuestion()] },
  {
    id: 'supervision',
    questions: [
      question({ id: 'ratio', number: 2, steps: [steps.interview('ask', { role: 'supervisor', respondents: 1, answerType: 'number' })], rule: ratioRule }),
      question({ id: 'o2o', number: 3, steps: [steps.interview('ask', { respondents: 2, answerType: 'frequency' })], rule: o2oRule, claim: { type: 'frequency' } }),
    ],
  },
  {
    id: 'rest',
    questions: [
      question({ id: 'kb', number: 4, categories: ['A', 'B'], steps: [steps.timer('time', 3)], rule: kbRule, claim: { type: 'number' } }),
      question({ id: 'loyalty', number: 5, categories: ['A', 'B'], steps: [steps.interview('ask', { respondents: 1 })] }),
      question({ id: 'generator', number: 6, categories: ['A'], steps: [steps.observe()], claim: { type: 'yes-no' } }),
      question({ id: 'iso', number: 7, categories: ['A'], steps: [steps.document()] }),
      question({ id: 'recording', number: 8, steps: [steps.callTest(), steps.observe('look', { optional: true })] }),
    ],
  },
]);

const interview = (q: string, ...r: Partial<Answer<'interview'>['data']['responses'][number]>[]) =>
  answer(q, 'ask', 'interview', { responses: r.map((x, i) => ({ respondent: `R${i}`, answer: '…', match: null, ...x })) });
const call = (data: CallTestData) => answer('recording', 'call', 'call-test', data);

/** A vendor that meets every question of category A. */
function perfect(): Record<string, Answer> {
  return {
    seats: count('seats', 150, 100),
    ratio: interview('ratio', { number: 12 }),
    // Every two weeks, said two ways (26 a year). "Twice a month" would be 24 and miss A's bound of 26.
    o2o: interview('o2o', { frequency: { count: 0.5, period: 'week' } }, { frequency: { count: 26, period: 'year' }, match: 'yes' }),
    kb: answer('kb', 'time', 'timer', { trials: [8000, 9000, 10000].map((ms) => ({ ms, at: '2025-03-10T11:00:00Z' })) }),
    loyalty: interview('loyalty', { match: 'yes' }),
    generator: answer('generator', 'look', 'observe', { outcome: 'seen' }),
    iso: answer('iso', 'doc', 'document', { outcome: 'obtained', fields: { standard: 'ISO 27001', validUntil: '2026-05-31' } }),
    recording: call({ recording: 'received', calledAt: '2025-03-10T09:00:00Z', receivedAt: '2025-03-10T15:00:00Z' }),
  };
}

function answers(changes: Record<string, Answer | null> = {}): Answer[] {
  const all: Record<string, Answer | null> = { ...perfect(), ...changes };
  return Object.values(all).filter((a): a is Answer => a !== null);
}

const byId = (e: ReturnType<typeof evaluateVisit>, id: string) => e.results.find((r) => r.question.id === id)!;
const category = (e: ReturnType<typeof evaluateVisit>, c: 'A' | 'B' | 'C') => e.categories.find((x) => x.category === c)!;

describe('evaluateVisit: category verdicts', () => {
  it('a vendor meeting everything is verified A', () => {
    const e = evaluateVisit(tpl, bundle({ answers: answers() }));
    expect(e.verified).toBe('A');
    expect(e.categories.map((c) => [c.category, c.reached, c.blocking])).toEqual([['A', true, []], ['B', true, []], ['C', true, []]]);
    expect(e.counts).toEqual({ meets: 8, partly: 0, 'not-met': 0, 'not-verified': 0 });
    expect(e.progress).toEqual({ done: 8, open: 0, na: 0, total: 8 });
    expect(e.results.map((r) => r.sectionId)).toEqual(['general', 'supervision', 'supervision', 'rest', 'rest', 'rest', 'rest', 'rest']);
  });

  it('meeting all of C but failing one B question: verified C, B blocked by it', () => {
    const e = evaluateVisit(tpl, bundle({ answers: answers({ loyalty: interview('loyalty', { match: 'no' }) }) }));
    expect(e.verified).toBe('C');
    expect(category(e, 'C')).toEqual({ category: 'C', reached: true, status: 'met', blocking: [], blockers: [] });
    expect(category(e, 'B')).toEqual({
      category: 'B', reached: false, status: 'not-met', blocking: ['loyalty'],
      blockers: [{ questionId: 'loyalty', category: 'B', verdict: 'not-met', reason: expect.objectContaining({ code: 'interview-mismatch' }) }],
    });
    expect(category(e, 'A').blocking).toEqual(['loyalty']);
    expect(byId(e, 'loyalty')).toMatchObject({ suggested: 'not-met', effective: 'not-met', reason: { code: 'interview-mismatch' } });
  });

  it('judges the seat count with each category its own bound', () => {
    // 150 seats, project of 30: more than 90 (B) and at least 60 (C), but not more than 200 (A).
    const e = evaluateVisit(tpl, bundle({ answers: answers({ seats: count('seats', 150) }) }));
    expect(e.verified).toBe('B');
    expect(category(e, 'A').blocking).toEqual(['seats']);
    expect(byId(e, 'seats')).toMatchObject({ suggested: 'not-met', measurement: { value: 150 }, reason: { params: { category: 'A', bound: 200 } } });
  });

  it('categories are cumulative: failing C keeps the vendor out of A and B too', () => {
    // 250 seats would pass A and B on their own, but a project of 130 needs at least 260 for C.
    const e = evaluateVisit(tpl, bundle({ visit: visit({ projectSeats: 130 }), answers: answers() }));
    expect(category(e, 'C').blocking).toEqual(['seats']);
    expect(category(e, 'B')).toMatchObject({ reached: false, blocking: ['seats'] });
    expect(category(e, 'A')).toMatchObject({ reached: false, blocking: ['seats'] });
    expect(e.verified).toBeNull();
    // A's own bound (more than 200) is satisfied, but A includes C: the question is not met for A, and says why.
    expect(byId(e, 'seats')).toMatchObject({
      suggested: 'not-met', reason: { code: 'threshold-not-met', params: { category: 'C', cumulativeFor: 'A', bound: 260, factor: 2, projectSeats: 130 } },
    });
  });

  it('partly bands keep a category out of reach', () => {
    // 22 agents per supervisor: partly for C, not met for A and B.
    const e = evaluateVisit(tpl, bundle({ visit: visit({ targetCategory: 'C' }), answers: answers({ ratio: interview('ratio', { number: 22 }) }) }));
    expect(byId(e, 'ratio')).toMatchObject({ suggested: 'partly', effective: 'partly' });
    expect(category(e, 'C').blocking).toEqual(['ratio']);
    expect(e.verified).toBeNull();
    expect(e.counts.partly).toBe(1);
  });

  it('monthly coaching passes C only', () => {
    const monthly = interview('o2o', { frequency: { count: 1, period: 'month' } }, { frequency: { count: 1, period: 'month' } });
    const e = evaluateVisit(tpl, bundle({ answers: answers({ o2o: monthly }) }));
    expect(e.verified).toBe('C');
    expect(category(e, 'B').blocking).toEqual(['o2o']);
  });

  it('nothing captured: every question not verified, nothing reached', () => {
    const e = evaluateVisit(tpl, bundle());
    expect(e.verified).toBeNull();
    expect(e.counts).toEqual({ meets: 0, partly: 0, 'not-met': 0, 'not-verified': 8 });
    expect(e.progress).toEqual({ done: 0, open: 8, na: 0, total: 8 });
    expect(category(e, 'C').blocking).toEqual(['seats', 'ratio', 'o2o', 'recording']);
  });
});

describe('evaluateVisit: applicability, decisions, conflicts', () => {
  it('questions outside the target category are returned but not counted', () => {
    const e = evaluateVisit(tpl, bundle({ visit: visit({ targetCategory: 'C' }), answers: answers({ generator: null }) }));
    expect(byId(e, 'generator')).toMatchObject({ applicable: false, suggested: 'not-verified', status: 'open' });
    expect(e.results).toHaveLength(8);
    expect(e.progress.total).toBe(4);
    expect(e.counts.meets).toBe(4);
    expect(e.counts['not-verified']).toBe(0);
  });

  it('an override sets the effective verdict, for every category', () => {
    const override = decision('seats', 'override', { verdict: 'meets', reason: 'second building visited next day', updatedAt: '2025-03-10T12:00:00Z' });
    const e = evaluateVisit(tpl, bundle({ answers: answers({ seats: count('seats', 184) }), decisions: [override] }));
    expect(byId(e, 'seats')).toMatchObject({ suggested: 'not-met', effective: 'meets', override: { id: override.id } });
    expect(e.verified).toBe('A');
    expect(e.counts.meets).toBe(8);
  });

  it('a later "clear" decision removes the override', () => {
    const override = decision('seats', 'override', { verdict: 'meets', updatedAt: '2025-03-10T12:00:00Z' });
    const clear = decision('seats', 'clear', { updatedAt: '2025-03-10T13:00:00Z' });
    const e = evaluateVisit(tpl, bundle({ answers: answers({ seats: count('seats', 184) }), decisions: [clear, override] }));
    expect(byId(e, 'seats').override).toBeUndefined();
    expect(byId(e, 'seats').effective).toBe('not-met');
    expect(e.verified).toBe('B');
  });

  it('an override can also lower a verdict', () => {
    const e = evaluateVisit(tpl, bundle({ answers: answers(), decisions: [decision('iso', 'override', { verdict: 'not-met', reason: 'certificate covers another site' })] }));
    expect(byId(e, 'iso').effective).toBe('not-met');
    expect(e.verified).toBe('B');
    expect(category(e, 'A').blocking).toEqual(['iso']);
  });

  it('not-applicable questions are skipped by categories, counts and progress', () => {
    const na = decision('generator', 'not-applicable', { reason: 'the project runs from the client building' });
    const e = evaluateVisit(tpl, bundle({ answers: answers({ generator: null }), decisions: [na] }));
    expect(byId(e, 'generator')).toMatchObject({ status: 'n/a', suggested: 'not-verified', effective: 'not-verified', notApplicable: { id: na.id } });
    expect(e.verified).toBe('A');
    expect(e.counts).toEqual({ meets: 7, partly: 0, 'not-met': 0, 'not-verified': 0 });
    expect(e.progress).toEqual({ done: 7, open: 0, na: 1, total: 8 });
  });

  it('counts conflicts between evaluators until one answer is chosen', () => {
    const olena = answer('generator', 'look', 'observe', { outcome: 'seen' }, { author: 'olena', at: '2025-03-10T10:00:00Z' });
    const ivan = answer('generator', 'look', 'observe', { outcome: 'not-seen' }, { author: 'ivan', at: '2025-03-10T10:05:00Z' });
    const same = answer('iso', 'doc', 'document', perfect().iso.data as never, { author: 'ivan' });
    const conflicted = bundle({ answers: [...answers({ generator: null }), olena, ivan, same] });
    const e = evaluateVisit(tpl, conflicted);
    expect(byId(e, 'generator').conflicts).toBe(1);
    expect(byId(e, 'iso').conflicts).toBe(0);
    expect(e.openConflicts).toBe(1);
    // Until resolved the newest answer shows.
    expect(byId(e, 'generator').suggested).toBe('not-met');
    const resolved = evaluateVisit(tpl, { ...conflicted, resolutions: [resolution('generator', 'look', olena.id)] });
    expect(resolved.openConflicts).toBe(0);
    expect(byId(resolved, 'generator')).toMatchObject({ conflicts: 0, suggested: 'meets' });
  });
});

describe('evaluateVisit: evidence combination and status', () => {
  it('a met threshold is lowered to partly by contrary evidence from another required step', () => {
    const t = template([seatsQuestion([steps.observe('here')])]);
    const contrary = answer('seats', 'here', 'observe', { outcome: 'not-seen' });
    const e = evaluateVisit(t, bundle({ answers: [count('seats', 250), contrary] }));
    expect(byId(e, 'seats')).toMatchObject({ suggested: 'partly', reason: { code: 'threshold-met', params: { contrary: 1 } } });
    const confirmed = evaluateVisit(t, bundle({ answers: [count('seats', 250), answer('seats', 'here', 'observe', { outcome: 'seen' })] }));
    expect(byId(confirmed, 'seats').suggested).toBe('meets');
    // The extra step still open leaves the measurement standing but the question open.
    const open = evaluateVisit(t, bundle({ answers: [count('seats', 250)] }));
    expect(byId(open, 'seats')).toMatchObject({ suggested: 'meets', status: 'open' });
  });

  it('status is open until every required step is fully captured', () => {
    const e = evaluateVisit(tpl, bundle({
      answers: answers({
        kb: answer('kb', 'time', 'timer', { trials: [{ ms: 9000, at: 'x' }] }),
        o2o: interview('o2o', { frequency: { count: 0.5, period: 'week' } }),
      }),
    }));
    expect(byId(e, 'kb')).toMatchObject({ status: 'open', suggested: 'meets' });
    // One of the two agents asked for is below the step's minimum: open and not verified, never met or not met.
    expect(byId(e, 'o2o')).toMatchObject({ status: 'open', suggested: 'not-verified', reason: { code: 'too-few-respondents', params: { asked: 1, min: 2 } } });
    // The optional observe step of "recording" does not hold it open.
    expect(byId(e, 'recording').status).toBe('done');
    expect(e.progress).toMatchObject({ done: 6, open: 2 });
  });

  it('exposes the per-step findings', () => {
    const e = evaluateVisit(tpl, bundle({ answers: answers() }));
    expect(byId(e, 'recording').steps?.map((s) => [s.stepId, s.outcome, s.optional])).toEqual([['call', 'positive', false], ['look', 'open', true]]);
  });
});

describe('evaluateVisit: follow-ups', () => {
  it('lists test calls whose recording is still to come', () => {
    const at = (data: CallTestData) => evaluateVisit(tpl, bundle({ answers: answers({ recording: call(data) }) }));
    expect(at({ recording: 'requested', calledAt: '2025-03-10T09:00:00Z', requestedAt: '2025-03-10T09:10:00Z' }).followUps).toEqual([
      { questionId: 'recording', stepId: 'call', kind: 'call-recording', status: 'requested', since: '2025-03-10T09:10:00Z' },
    ]);
    expect(at({ recording: 'not-requested', calledAt: '2025-03-10T09:00:00Z' }).followUps).toEqual([
      { questionId: 'recording', stepId: 'call', kind: 'call-recording', status: 'not-requested', since: '2025-03-10T09:00:00Z' },
    ]);
    expect(at({ recording: 'not-requested' }).followUps).toEqual([]);
    expect(at({ recording: 'received', calledAt: '2025-03-10T09:00:00Z' }).followUps).toEqual([]);
    expect(at({ recording: 'refused', calledAt: '2025-03-10T09:00:00Z' }).followUps).toEqual([]);
  });

  it('a pending recording leaves the question not verified and open', () => {
    const e = evaluateVisit(tpl, bundle({ answers: answers({ recording: call({ recording: 'requested', calledAt: '2025-03-10T09:00:00Z' }) }) }));
    expect(byId(e, 'recording')).toMatchObject({ suggested: 'not-verified', status: 'open', reason: { code: 'recording-pending' } });
    expect(e.verified).toBeNull();
  });
});

describe('evaluateVisit: discrepancies', () => {
  it('finds claims the visit contradicts, most serious first', () => {
    const e = evaluateVisit(tpl, bundle({
      visit: visit({ claimedCategory: 'A' }),
      answers: answers({
        seats: count('seats', 120, 64),
        generator: answer('generator', 'look', 'observe', { outcome: 'not-shown' }),
        kb: answer('kb', 'time', 'timer', { trials: [12000, 14000, 13000].map((ms) => ({ ms, at: 'x' })) }),
      }),
      claims: [
        claim('seats', '250 мест'),
        claim('generator', 'да'),
        claim('kb', '10 секунд'),
        claim('loyalty', 'yes'), // borne out: no discrepancy
        claim('iso', 'ISO 27001', '2025-03-01T10:00:00Z'),
        claim('iso', '', '2025-03-02T10:00:00Z'), // an emptied claim is no claim
      ],
    }));
    expect(e.claimed).toBe('A');
    expect(e.discrepancies.map((d) => [d.questionId, d.blocksClaimedCategory])).toEqual([
      ['generator', true], // contradicts the claim outright and blocks A
      ['seats', true], // 26% short and blocks A
      ['kb', false], // 13 s against a claimed 10 s: 30% worse, but still within A's 15 s
    ]);
    expect(e.discrepancies[1]).toMatchObject({ found: '184\u00a0seats', claimedValue: 250 });
    expect(byId(e, 'seats').discrepancy).toBe(e.discrepancies[1]);
    expect(byId(e, 'loyalty').discrepancy).toBeUndefined();
  });

  it('uses the newest claim, skips N/A questions and renders in the requested language', () => {
    const e = evaluateVisit(tpl, bundle({
      visit: visit({ claimedCategory: 'B' }),
      answers: answers({ seats: count('seats', 100), generator: answer('generator', 'look', 'observe', { outcome: 'not-seen' }) }),
      claims: [claim('seats', '120', '2025-03-01T10:00:00Z'), claim('seats', '300', '2025-03-05T10:00:00Z'), claim('generator', 'yes')],
      decisions: [decision('generator', 'not-applicable')],
    }), { lang: 'ru' });
    expect(e.discrepancies).toHaveLength(1);
    expect(e.discrepancies[0]).toMatchObject({ questionId: 'seats', claimedValue: 300, found: '100\u00a0мест', blocksClaimedCategory: false });
  });
});

describe('evaluateVisit: a zone named before it is counted', () => {
  it('leaves the count step open: no "not met, 0 seats" and no discrepancy against the claim', () => {
    const named = answer('seats', 'count', 'count', { zones: [{ id: 'z1', name: 'Floor 2', count: 0 }] });
    const e = evaluateVisit(tpl, bundle({ visit: visit({ claimedCategory: 'A' }), answers: answers({ seats: named }), claims: [claim('seats', '250 мест')] }));
    const seats = byId(e, 'seats');
    expect(seats.steps?.[0]).toMatchObject({ outcome: 'open', complete: false });
    expect(seats.status).toBe('open');
    expect(seats.suggested).toBe('not-verified');
    expect(seats.measurement).toBeUndefined();
    expect(seats.discrepancy).toBeUndefined();
  });

  it('an entered zero is a count: 0 seats is not met and contradicts the claim', () => {
    const zero = answer('seats', 'count', 'count', { zones: [{ id: 'z1', name: 'Floor 2', count: 0, counted: true }] });
    const e = evaluateVisit(tpl, bundle({ visit: visit({ claimedCategory: 'A' }), answers: answers({ seats: zero }), claims: [claim('seats', '250 мест')] }));
    expect(byId(e, 'seats')).toMatchObject({ suggested: 'not-met', status: 'done', measurement: { value: 0 } });
    expect(byId(e, 'seats').discrepancy).toBeDefined();
  });
});
