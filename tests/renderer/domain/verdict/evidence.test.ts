import { describe, expect, it } from 'vitest';
import type { Match } from '../../../../renderer/domain/model';
import { combineFindings, normalizeDate, stepFinding } from '../../../../renderer/domain/verdict/evidence';
import type { StepFinding, StepOutcome } from '../../../../renderer/domain/verdict/types';
import { answer, steps } from './fixtures';

const visit = { dateFrom: '2025-03-10' };

describe('presence checks', () => {
  it('observe and demo: seen is positive, not seen or not shown is negative, nothing yet is open', () => {
    for (const kind of ['observe', 'demo'] as const) {
      const step = kind === 'observe' ? steps.observe() : steps.demo();
      const at = (outcome: 'seen' | 'not-seen' | 'not-shown' | null) => stepFinding(step, answer('q', step.id, kind, { outcome }), visit);
      expect(at('seen')).toMatchObject({ outcome: 'positive', complete: true, reason: { code: 'seen', params: { kind } } });
      expect(at('not-seen')).toMatchObject({ outcome: 'negative', reason: { code: 'not-seen', params: { outcome: 'not-seen' } } });
      expect(at('not-shown')).toMatchObject({ outcome: 'negative', reason: { code: 'not-seen', params: { outcome: 'not-shown' } } });
      expect(at(null)).toMatchObject({ outcome: 'open', complete: false, reason: { code: 'missing-evidence' } });
    }
    expect(stepFinding(steps.observe(), undefined, visit).outcome).toBe('open');
  });

  it('documents: seen or obtained is positive, not shown is negative', () => {
    const doc = (outcome: 'seen' | 'obtained' | 'not-shown' | null, validUntil?: string) =>
      stepFinding(steps.document(), answer('iso', 'doc', 'document', { outcome, fields: validUntil ? { validUntil } : {} }), visit);
    expect(doc('seen').outcome).toBe('positive');
    expect(doc('obtained')).toMatchObject({ outcome: 'positive', reason: { code: 'seen', params: { outcome: 'obtained' } } });
    expect(doc('not-shown').outcome).toBe('negative');
    expect(doc(null).outcome).toBe('open');
  });

  it('a certificate that expired before the visit is negative', () => {
    const doc = (validUntil: string) =>
      stepFinding(steps.document(), answer('iso', 'doc', 'document', { outcome: 'obtained', fields: { standard: 'ISO 27001', validUntil } }), visit);
    expect(doc('2025-03-09')).toMatchObject({
      outcome: 'negative', reason: { code: 'document-expired', params: { validUntil: '2025-03-09', visitDate: '2025-03-10' } },
    });
    // Valid through the day of the visit.
    expect(doc('2025-03-10').outcome).toBe('positive');
    expect(doc('2027-01-31').outcome).toBe('positive');
    // Day-first dates as written on Ukrainian and Russian paperwork.
    expect(doc('09.03.2025').outcome).toBe('negative');
    expect(doc('31/12/2026').outcome).toBe('positive');
    // A date we cannot read proves no validity, and is not held against the vendor either: not verified.
    expect(doc('soon')).toMatchObject({ outcome: 'open', complete: false, reason: { code: 'document-date-invalid', params: { value: 'soon' } } });
    expect(doc('30/06/27')).toMatchObject({ outcome: 'open', reason: { code: 'document-date-invalid', params: { field: 'validUntil' } } });
  });

  it('an expired support contract counts as lapsed too', () => {
    const f = stepFinding(steps.document('doc', 'contract'), answer('support', 'doc', 'document', { outcome: 'seen', fields: { validUntil: '2024-12-31' } }), visit);
    expect(f).toMatchObject({ outcome: 'negative', reason: { code: 'document-expired', params: { docType: 'contract' } } });
  });
});

describe('normalizeDate', () => {
  it('accepts ISO and day-first dates and rejects impossible ones', () => {
    expect(normalizeDate('2025-3-9')).toBe('2025-03-09');
    expect(normalizeDate('9.3.2025')).toBe('2025-03-09');
    expect(normalizeDate('2025-02-30')).toBeUndefined();
    expect(normalizeDate('')).toBeUndefined();
  });
});

describe('interviews', () => {
  const interview = (matches: (Match | null)[], respondents = 2, minRespondents?: number) =>
    stepFinding(steps.interview('ask', { respondents, ...(minRespondents ? { minRespondents } : {}) }), answer('values', 'ask', 'interview', {
      responses: matches.map((match, i) => ({ respondent: `Agent ${i + 1}`, answer: '…', match })),
    }), visit);

  it('all yes is positive, mixed is partly, all no is negative', () => {
    expect(interview(['yes', 'yes'])).toMatchObject({ outcome: 'positive', reason: { code: 'interview-match', params: { yes: 2, total: 2 } } });
    expect(interview(['yes', 'no'])).toMatchObject({ outcome: 'partly', reason: { code: 'interview-partly', params: { yes: 1, no: 1, partly: 0 } } });
    expect(interview(['partly', 'partly']).outcome).toBe('partly');
    expect(interview(['no', 'no'])).toMatchObject({ outcome: 'negative', reason: { code: 'interview-mismatch' } });
  });

  it('unjudged answers do not count; fewer respondents than asked leaves the step incomplete', () => {
    expect(interview([null, null]).outcome).toBe('open');
    // Below the minimum (by default every respondent asked for) the step proves nothing yet.
    expect(interview(['yes', null])).toMatchObject({ outcome: 'open', complete: false, reason: { code: 'too-few-respondents', params: { asked: 1, min: 2 } } });
    // "2–3 agents": two of three is enough to judge, though the step is not complete.
    expect(interview(['yes', 'yes', null], 3, 2)).toMatchObject({ outcome: 'positive', complete: false });
    expect(interview(['yes', null, null], 3, 2)).toMatchObject({ outcome: 'open', reason: { code: 'too-few-respondents', params: { asked: 1, min: 2, respondents: 3 } } });
    expect(interview(['yes'], 1)).toMatchObject({ outcome: 'positive', complete: true });
  });
});

describe('captured values, counts and timings', () => {
  it('are positive once captured', () => {
    expect(stepFinding(steps.count(), answer('q', 'count', 'count', { zones: [{ id: 'a', name: 'Hall', count: 12 }] }), visit))
      .toMatchObject({ outcome: 'positive', reason: { code: 'evidence-captured', params: { value: 12 } } });
    expect(stepFinding(steps.count(), answer('q', 'count', 'count', { zones: [] }), visit).outcome).toBe('open');
    expect(stepFinding(steps.timer('time', 3), answer('q', 'time', 'timer', { trials: [{ ms: 5000, at: 'x' }] }), visit))
      .toMatchObject({ outcome: 'positive', complete: false });
    expect(stepFinding(steps.value('value', 'text'), answer('q', 'value', 'value', { text: 'Genesys' }), visit).outcome).toBe('positive');
    expect(stepFinding(steps.value('value', 'text'), answer('q', 'value', 'value', { text: '  ' }), visit).outcome).toBe('open');
    expect(stepFinding(steps.value('value', 'frequency'), answer('q', 'value', 'value', { frequency: { count: 1, period: 'year' } }), visit).outcome).toBe('positive');
  });

  it('a recorded "no" is negative, not evidence for the vendor', () => {
    const yn = (yesNo?: boolean) => stepFinding(steps.value('value', 'yes-no'), answer('q', 'value', 'value', yesNo === undefined ? {} : { yesNo }), visit);
    expect(yn(true).outcome).toBe('positive');
    expect(yn(false)).toMatchObject({ outcome: 'negative', reason: { code: 'stated-no' } });
    expect(yn().outcome).toBe('open');
  });
});

describe('test calls', () => {
  const call = (data: Parameters<typeof answer<'call-test'>>[3]) => stepFinding(steps.callTest(), answer('rec', 'call', 'call-test', data), visit);

  it('a received recording is positive, a refusal negative, anything else still open', () => {
    expect(call({ recording: 'received', calledAt: '2025-03-10T09:00:00Z' })).toMatchObject({ outcome: 'positive', complete: true, reason: { code: 'recording-received' } });
    expect(call({ recording: 'refused', calledAt: '2025-03-10T09:00:00Z' })).toMatchObject({ outcome: 'negative', reason: { code: 'recording-refused' } });
    expect(call({ recording: 'requested', calledAt: '2025-03-10T09:00:00Z', requestedAt: '2025-03-10T09:05:00Z' })).toMatchObject({
      outcome: 'open', complete: false, reason: { code: 'recording-pending', params: { status: 'requested', since: '2025-03-10T09:05:00Z' } },
    });
    expect(call({ recording: 'not-requested', calledAt: '2025-03-10T09:00:00Z' })).toMatchObject({
      outcome: 'open', reason: { code: 'recording-pending', params: { status: 'not-requested' } },
    });
    expect(call({ recording: 'not-requested' })).toMatchObject({ outcome: 'open', reason: { code: 'missing-evidence' } });
  });
});

describe('combineFindings', () => {
  let n = 0;
  const f = (outcome: StepOutcome, optional = false): StepFinding => ({
    stepId: `s${++n}`, kind: 'observe', optional, outcome, complete: outcome !== 'open',
    reason: { code: outcome === 'positive' ? 'seen' : outcome === 'open' ? 'missing-evidence' : 'not-seen', params: { kind: 'observe' } },
  });
  const verdict = (...xs: StepFinding[]) => combineFindings(xs).verdict;

  it('all positive meets, all negative fails, mixed is partly', () => {
    expect(verdict(f('positive'), f('positive'))).toBe('meets');
    expect(verdict(f('negative'), f('negative'))).toBe('not-met');
    expect(verdict(f('positive'), f('negative'))).toBe('partly');
    expect(verdict(f('positive'), f('partly'))).toBe('partly');
    expect(verdict(f('partly'))).toBe('partly');
  });

  it('nothing captured is not verified', () => {
    expect(combineFindings([f('open'), f('open')])).toMatchObject({ verdict: 'not-verified', reason: { code: 'missing-evidence' } });
  });

  it('with steps still open: positive evidence so far is partly, only negative evidence is not met', () => {
    expect(combineFindings([f('positive'), f('open')])).toMatchObject({ verdict: 'partly', reason: { code: 'some-seen', params: { positive: 1, open: 1, total: 2 } } });
    expect(combineFindings([f('negative'), f('open')])).toMatchObject({ verdict: 'not-met', reason: { code: 'none-seen', params: { negative: 1, open: 1 } } });
  });

  it('optional steps neither fail nor confirm a question', () => {
    expect(verdict(f('positive'), f('negative', true))).toBe('meets');
    expect(verdict(f('open'), f('positive', true))).toBe('not-verified');
  });

  it('when every step is optional, the answered ones decide', () => {
    expect(verdict(f('positive', true), f('open', true))).toBe('meets');
    expect(verdict(f('open', true))).toBe('not-verified');
  });

  it('a single deciding step gives its own reason; several are summarised', () => {
    expect(combineFindings([f('negative')]).reason.code).toBe('not-seen');
    expect(combineFindings([f('positive'), f('positive')]).reason).toEqual({ code: 'all-seen', params: { positive: 2, partly: 0, negative: 0, open: 0, total: 2 } });
  });
});
