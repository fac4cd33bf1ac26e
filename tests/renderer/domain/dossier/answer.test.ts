import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../../../renderer/domain/dossier/build';
import type { Answer, CallTestData, Decision, VisitBundle } from '../../../../renderer/domain/model';
import type { Category } from '../../../../renderer/domain/template/schema';
import { evaluateVisit } from '../../../../renderer/domain/verdict/evaluate';
import { answer, bundle, count, decision, question, seatsQuestion, steps, template, visit } from '../verdict/fixtures';

/** Seats (A, B, C), staff loyalty (A, B), a generator (A only) and a test call (A, B, C): enough to block each category. */
const tpl = template([
  seatsQuestion(),
  question({ id: 'loyalty', number: 2, categories: ['A', 'B'], steps: [steps.interview('ask', { respondents: 1 })] }),
  question({ id: 'generator', number: 3, categories: ['A'], steps: [steps.observe()], claim: { type: 'yes-no' } }),
  question({ id: 'recording', number: 4, steps: [steps.callTest()] }),
]);

const loyalty = (match: 'yes' | 'no') =>
  answer('loyalty', 'ask', 'interview', { responses: [{ respondent: 'R1', answer: '…', match }] });
const call = (data: CallTestData) => answer('recording', 'call', 'call-test', data);
const received = call({ recording: 'received', calledAt: '2025-03-10T09:00:00Z', receivedAt: '2025-03-10T15:00:00Z' });
const owed = call({ recording: 'requested', calledAt: '2025-03-10T09:00:00Z', requestedAt: '2025-03-10T09:10:00Z' });

function dossier(answers: Answer[], target: Category = 'B', decisions: Decision[] = []) {
  const b: VisitBundle = bundle({ visit: visit({ targetCategory: target, claimedCategory: 'A' }), answers, decisions });
  const evaluation = evaluateVisit(tpl, b, { lang: 'en' });
  return buildDossier({
    template: tpl, bundle: b, evaluation, lang: 'en', options: { includePhotos: false, showNotApplicable: true },
    generatedAt: '2025-03-11T10:00:00Z', photoInfo: new Map(),
  });
}

describe('page 1 answers for the target category', () => {
  it('not met: lists exactly the target’s blockers with their verdict for it, then the highest category and the next one up', () => {
    // 150 seats for a project of 30: C and B met, A's own bound (more than 200) not. Loyalty failed: B not met.
    const m = dossier([count('seats', 150), loyalty('no'), received]);
    const a = m.summary.answer;
    expect(a).toMatchObject({ target: 'B', status: 'not-met', highest: 'C', highestText: 'Highest category supported: C' });
    expect(a.statusText).toBe('Not met. The questions that keep the vendor from category B:');
    expect(a.blockers.map((b) => [b.number, b.verdictText])).toEqual([[2, 'Not met']]);
    // The next one up from C is the target itself, already listed: not repeated.
    expect(a.next).toBeUndefined();
    expect(a.warnings).toEqual(['No open conflicts, no pending follow-ups, and every applicable question is verified.']);
  });

  it('met: says so, and names what blocks the next category up, each with its verdict for that category', () => {
    const m = dossier([count('seats', 150), loyalty('yes'), received]);
    const a = m.summary.answer;
    expect(a).toMatchObject({ status: 'met', blockers: [], highest: 'B', statusText: 'Met: every question of category B is met.' });
    // A: seats fails A's own bound; the generator applies to A only and nobody looked at it: not verified, never "not applicable".
    expect(a.next?.title).toBe('What blocks category A, the next one up:');
    expect(a.next?.blockers.map((b) => [b.number, b.verdictText])).toEqual([[1, 'Not met'], [3, 'Not verified']]);
    expect(a.next?.blockers[0].reason).toContain('category A needs more than 200');
  });

  it('only unverified blockers: "not verified yet", never "not met"; pending recordings and unverified questions are warned of', () => {
    const m = dossier([count('seats', 150), loyalty('yes'), owed]);
    const a = m.summary.answer;
    expect(a.status).toBe('not-verified');
    expect(a.statusText).toBe('Not verified yet: nothing found so far fails category B, but these questions are not verified:');
    expect(a.blockers.map((b) => [b.number, b.verdict])).toEqual([[4, 'not-verified']]);
    expect(a.highest).toBeNull();
    expect(a.highestText).toBe('Highest category supported: none (not even C)');
    expect(a.next?.category).toBe('C');
    expect(a.next?.blockers.map((b) => b.verdictText)).toEqual(['Not verified']);
    expect(a.warnings).toEqual(['Pending follow-ups (a call recording owed): Q 4.', 'Not verified (nothing captured, or too few respondents): Q 4.']);
  });

  it('warns of open conflicts between evaluators', () => {
    const mine = loyalty('yes');
    const theirs = { ...loyalty('no'), author: 'ivan', device: 'laptop-ivan', updatedAt: '2025-03-10T12:00:00Z' };
    const m = dossier([count('seats', 150), mine, theirs, received]);
    expect(m.summary.answer.warnings[0]).toBe('Open conflicts between evaluators: Q 2.');
  });

  it('a question inherited from a lower category is labelled with that category, never "not applicable"', () => {
    const c = template([
      question({ id: 'c-only', number: 1, categories: ['C'], steps: [steps.observe()] }),
      question({ id: 'b-too', number: 2, categories: ['B', 'C'], steps: [steps.observe('look2')] }),
    ]);
    const b = bundle({ visit: visit({ targetCategory: 'B' }), answers: [answer('c-only', 'look', 'observe', { outcome: 'not-seen' }), answer('b-too', 'look2', 'observe', { outcome: 'seen' })] });
    const m = buildDossier({
      template: c, bundle: b, evaluation: evaluateVisit(c, b), lang: 'en', options: { includePhotos: false, showNotApplicable: true },
      generatedAt: '2025-03-11T10:00:00Z', photoInfo: new Map(),
    });
    expect(m.summary.answer.blockers.map((x) => [x.number, x.verdictText, x.category])).toEqual([[1, 'Not met (required for category C)', 'C']]);
    const lists = [m.summary.answer.blockers, m.summary.answer.next?.blockers ?? [], ...m.summary.blockers.map((x) => x.questions)].flat();
    expect(lists.map((x) => x.verdictText).join(' ')).not.toContain('Not applicable');
  });
});

describe('one verdict per question page', () => {
  it('an override to another verdict says plainly who overrode the rule, from what, and why', () => {
    const d = decision('loyalty', 'override', { verdict: 'meets', reason: 'HR records show the programme', author: 'Olena', updatedAt: '2025-03-10T16:00:00Z' });
    const m = dossier([count('seats', 150), loyalty('no'), received], 'B', [d]);
    const q = m.questions.find((x) => x.id === 'loyalty')!;
    expect(q.verdictText).toBe('Meets');
    expect(q.overrideNotice).toMatch(/^Olena \(evaluator\) overrode the rule on .+: the verdict is Meets, not Not met\. Reason: HR records show the programme$/);
    // The rule's reasoning is labelled as the rule's, so it cannot be read as the badge's.
    expect(q.reason).toBe('The rules give: Not met — the answer did not match');
    // The category verdict follows the override, and says it was set by an evaluator where it still blocks.
    expect(m.summary.answer.status).toBe('met');
  });

  it('without an override the badge is the rule’s verdict and no notice is printed', () => {
    const m = dossier([count('seats', 150), loyalty('no'), received]);
    const q = m.questions.find((x) => x.id === 'loyalty')!;
    expect(q).toMatchObject({ verdict: 'not-met', reason: 'the answer did not match' });
    expect(q.overrideNotice).toBeUndefined();
  });

  it('an override that keeps the rule’s verdict says the evaluator confirmed it', () => {
    const d = decision('loyalty', 'override', { verdict: 'not-met', reason: 'Checked twice', author: 'Ivan' });
    const m = dossier([count('seats', 150), loyalty('no'), received], 'B', [d]);
    const q = m.questions.find((x) => x.id === 'loyalty')!;
    expect(q.overrideNotice).toMatch(/^Ivan \(evaluator\) confirmed the rule’s verdict on .+\. Reason: Checked twice$/);
    expect(m.summary.answer.blockers.map((b) => b.verdictText)).toEqual(['Not met (set by an evaluator)']);
  });
});
