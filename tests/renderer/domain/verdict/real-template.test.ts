import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answer, Frequency } from '../../../../renderer/domain/model';
import type { Question, Step, Template } from '../../../../renderer/domain/template/schema';
import { loadTemplateText } from '../../../../renderer/domain/template/validate';
import { evaluateVisit } from '../../../../renderer/domain/verdict/evaluate';
import { formatReason } from '../../../../renderer/domain/verdict/reasons';
import { answer, bundle, claim, visit } from './fixtures';

/** The shipped inbound call-center template, evaluated end to end. */
const loaded = loadTemplateText(readFileSync(new URL('../../../../templates/callcenter-inbound.json', import.meta.url), 'utf8'), 'callcenter-inbound.json');
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const tpl: Template = loaded.template;
const questions = tpl.sections.flatMap((s) => s.questions);

/** Whether more is better for the number this step feeds (undefined when no rule reads the step). */
function moreIsBetter(q: Question, st: Step): boolean | undefined {
  if (q.rule?.step !== st.id) return undefined;
  const op = Object.values(q.rule.bounds)[0]?.op;
  return op === '>' || op === '>=';
}

/** An answer to every step that speaks for the vendor (good = true) or against it (good = false). */
function answerFor(q: Question, st: Step, good: boolean): Answer {
  // Numbers are large when that helps the vendor's case (seats, frequencies) or hurts it (seconds, turnover).
  const big = good === (moreIsBetter(q, st) ?? true);
  const num = big ? 1000 : 0;
  const freq: Frequency = big ? { count: 1, period: 'week' } : { count: 0, period: 'year' };
  switch (st.kind) {
    case 'count': return answer(q.id, st.id, 'count', { zones: [{ id: 'z', name: 'Hall', count: num }] });
    case 'observe': return answer(q.id, st.id, 'observe', { outcome: good ? 'seen' : 'not-seen' });
    case 'demo': return answer(q.id, st.id, 'demo', { outcome: good ? 'seen' : 'not-shown' });
    case 'document': return answer(q.id, st.id, 'document', { outcome: good ? 'obtained' : 'not-shown', fields: { validUntil: '2030-12-31', ...(st.standard ? { standard: st.standard } : {}) } });
    case 'timer': return answer(q.id, st.id, 'timer', { trials: Array.from({ length: st.trials }, () => ({ ms: big ? 600000 : 1000, at: '2025-03-10T10:00:00Z' })) });
    case 'call-test': return answer(q.id, st.id, 'call-test', { recording: good ? 'received' : 'refused', calledAt: '2025-03-10T09:00:00Z' });
    case 'value': return answer(q.id, st.id, 'value', { number: num, text: 'x', yesNo: good, frequency: freq });
    case 'interview':
      return answer(q.id, st.id, 'interview', {
        responses: Array.from({ length: st.respondents }, (_, i) => ({
          respondent: `R${i}`, answer: '…', match: good ? 'yes' as const : 'no' as const,
          ...(st.answerType === 'number' ? { number: num } : {}), ...(st.answerType === 'frequency' ? { frequency: freq } : {}),
        })),
      });
  }
}

function vendor(good: boolean, change: (q: Question, st: Step) => Answer | undefined = () => undefined): Answer[] {
  return questions.flatMap((q) => q.steps.map((st) => change(q, st) ?? answerFor(q, st, good)));
}

describe('the shipped callcenter-inbound template', () => {
  it('has the 33 questions of the methodology', () => {
    expect(questions).toHaveLength(33);
  });

  it('an empty visit verifies nothing', () => {
    const e = evaluateVisit(tpl, bundle());
    expect(e.results).toHaveLength(33);
    expect(e.verified).toBeNull();
    expect(e.counts['not-verified']).toBe(33);
    expect(e.progress).toEqual({ done: 0, open: 33, na: 0, total: 33 });
  });

  it('a vendor with favourable evidence everywhere reaches A', () => {
    const e = evaluateVisit(tpl, bundle({ answers: vendor(true) }));
    const notMet = e.results.filter((r) => r.effective !== 'meets').map((r) => `${r.question.id}: ${r.effective} (${formatReason(r.reason, 'en')})`);
    expect(notMet).toEqual([]);
    expect(e.verified).toBe('A');
    expect(e.progress).toEqual({ done: 33, open: 0, na: 0, total: 33 });
  });

  it('a vendor with unfavourable evidence everywhere reaches nothing, and every C question blocks C', () => {
    const e = evaluateVisit(tpl, bundle({ answers: vendor(false) }));
    expect(e.verified).toBeNull();
    expect(e.counts.meets).toBe(0);
    const cQuestions = questions.filter((q) => q.categories.includes('C')).map((q) => q.id);
    expect(e.categories.find((c) => c.category === 'C')?.blocking).toEqual(cQuestions);
  });

  it('184 seats against a claimed 250: B at best, and the claim is flagged first', () => {
    const e = evaluateVisit(tpl, bundle({
      visit: visit({ claimedCategory: 'A', projectSeats: 30 }),
      answers: vendor(true, (q, st) => (st.kind === 'count' ? answer(q.id, st.id, 'count', { zones: [{ id: 'a', name: 'Floor 2', count: 120 }, { id: 'b', name: 'Floor 3', count: 64 }] }) : undefined)),
      claims: [claim('agent-seats', '250 рабочих мест'), claim('diesel-generator', 'да')],
    }));
    expect(e.verified).toBe('B');
    expect(e.categories[0].blocking).toEqual(['agent-seats']);
    const seats = e.results.find((r) => r.question.id === 'agent-seats')!;
    expect(formatReason(seats.reason, 'en').replace(/\u00a0/g, ' ')).toBe('counted 184 seats; category A needs more than 200');
    expect(e.discrepancies.map((d) => d.questionId)).toEqual(['agent-seats']);
    expect(e.discrepancies[0]).toMatchObject({ blocksClaimedCategory: true, claimedValue: 250 });
  });

  it('one-to-ones every two weeks meet A; monthly ones meet C only', () => {
    const o2o = (frequency: Frequency, targetCategory: 'A' | 'C') => evaluateVisit(tpl, bundle({
      visit: visit({ targetCategory }),
      answers: vendor(true, (q, st) => (q.id === 'one-to-one-frequency' && st.kind === 'interview'
        ? answer(q.id, st.id, 'interview', { responses: Array.from({ length: st.respondents }, (_, i) => ({ respondent: `A${i}`, answer: '', match: null, frequency })) })
        : undefined)),
    })).results.find((r) => r.question.id === 'one-to-one-frequency')!;
    expect(o2o({ count: 0.5, period: 'week' }, 'A').suggested).toBe('meets');
    expect(o2o({ count: 1, period: 'month' }, 'A').suggested).toBe('not-met');
    expect(o2o({ count: 1, period: 'month' }, 'C').suggested).toBe('meets');
    expect(o2o({ count: 1, period: 'quarter' }, 'C').suggested).toBe('not-met');
  });
});
