import { currentDecisions, selectAnswers, stepKey } from '../answers';
import { CLAIM_MATCH_STEP, type Answer, type Claim, type ClaimMatchData, type Decision, type Match, type StepDataByKind, type Verdict, type Visit, type VisitBundle } from '../model';
import { CATEGORIES, type Category, type Question, type Template } from '../template/schema';
import { summarizeTools } from '../tools/findings';
import { findDiscrepancy } from './discrepancy';
import { combineFindings, stepFinding } from './evidence';
import { decisionReason } from './reasons';
import { evaluateRule } from './rules';
import type {
  Blocker, CategoryVerdict, Discrepancy, EvaluateOptions, FollowUp, Measurement, QuestionResult, Reason, StepFinding, VisitEvaluation,
} from './types';

export interface QuestionVerdict {
  verdict: Verdict;
  reason: Reason;
  measurement?: Measurement;
  steps: StepFinding[];
}

/**
 * The verdict the evidence suggests for one question, judged against one category's bounds.
 * With a rule, the measurement decides; a rule that is met is lowered to partly when another required step
 * contradicts it (a seat count is not "met" if, say, the seats turn out to sit in another city).
 * A rule with no bound for this category leaves the question to its evidence, as if there were no rule.
 */
export function evaluateQuestion(
  question: Question,
  category: Category,
  visit: Pick<Visit, 'projectSeats' | 'dateFrom'>,
  byStep: ReadonlyMap<string, Answer>,
): QuestionVerdict {
  const answerOf = (stepId: string) => byStep.get(stepKey(question.id, stepId));
  const steps = question.steps.map((s) => stepFinding(s, answerOf(s.id), visit));
  const rule = question.rule;
  const ruleStep = rule && steps.find((f) => f.stepId === rule.step);
  if (ruleStep?.reason.code === 'too-few-respondents') return { verdict: 'not-verified', reason: { ...ruleStep.reason, params: { ...ruleStep.reason.params, category } }, steps };
  const ruled = rule && evaluateRule(rule, question.steps.find((s) => s.id === rule.step), answerOf(rule.step), category, visit);
  if (!rule || !ruled) return { ...combineFindings(steps), steps };
  const contrary = steps.filter((f) => f.stepId !== rule.step && !f.optional && (f.outcome === 'negative' || f.outcome === 'partly')).length;
  if (ruled.verdict === 'meets' && contrary) {
    return { verdict: 'partly', reason: { code: ruled.reason.code, params: { ...ruled.reason.params, contrary } }, measurement: ruled.measurement, steps };
  }
  return { verdict: ruled.verdict, reason: ruled.reason, ...(ruled.measurement ? { measurement: ruled.measurement } : {}), steps };
}

/** Worst first: a failed part decides; an unverifiable part keeps the question unverified, never "not met". */
const RANK: Record<Verdict, number> = { 'not-met': 0, 'not-verified': 1, partly: 2, meets: 3 };

/** Categories below `c` (for A: B then C). */
export function lowerCategories(c: Category): Category[] {
  return CATEGORIES.slice(CATEGORIES.indexOf(c) + 1);
}

/**
 * Categories are cumulative (seed 000: B is C plus more, A is B plus more): a vendor meets category X on a
 * question only if it meets the question's rule for X and for every lower category the question applies to.
 * A seat count of 250 is "more than 200" for A, yet fails A when C asks for 2 × 150 = 300 seats. When a lower
 * category's part is what fails, its reason is returned with `cumulativeFor` naming the category judged.
 */
export function evaluateCumulative(
  question: Question,
  category: Category,
  visit: Pick<Visit, 'projectSeats' | 'dateFrom'>,
  byStep: ReadonlyMap<string, Answer>,
  own: (c: Category) => QuestionVerdict = (c) => evaluateQuestion(question, c, visit, byStep),
): QuestionVerdict {
  const mine = own(category);
  let worst = mine;
  for (const lower of lowerCategories(category)) {
    if (!question.categories.includes(lower)) continue;
    const v = own(lower);
    if (RANK[v.verdict] < RANK[worst.verdict]) worst = v;
  }
  if (worst === mine) return mine;
  return {
    ...mine,
    verdict: worst.verdict,
    reason: { code: worst.reason.code, params: { ...worst.reason.params, cumulativeFor: category } },
  };
}

/** done when every required step is fully captured; with only optional steps, when at least one is. */
function captureStatus(steps: StepFinding[]): 'done' | 'open' {
  const required = steps.filter((s) => !s.optional);
  if (required.length) return required.every((s) => s.complete) ? 'done' : 'open';
  return steps.some((s) => s.complete) ? 'done' : 'open';
}

const byUpdated = (a: Claim, b: Claim) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : a.id < b.id ? -1 : 1);

function latestClaims(claims: Claim[]): Map<string, Claim> {
  const out = new Map<string, Claim>();
  for (const c of [...claims].sort(byUpdated)) out.set(c.questionId, c);
  return out;
}

/** An override stands for every category: it is the evaluator's judgement of the question itself. */
function effectiveOf(suggested: Verdict, override: Decision | undefined): Verdict {
  return override?.verdict ?? suggested;
}

interface Entry { question: Question; sectionId: string }

/**
 * Categories are cumulative: a category is reached when every question applying to it is met under that
 * category's own bounds (N/A questions skipped) and the next lower category is reached too, so an A vendor
 * also satisfies what C asks (e.g. C's seat count relative to the project). `blocking` lists every question
 * that keeps the vendor out, including those inherited from lower categories.
 */
function categoryVerdicts(
  entries: Entry[],
  verdictFor: (q: Question, c: Category) => QuestionVerdict,
  decisions: Map<string, Decision>,
): CategoryVerdict[] {
  const own = new Map<Category, Blocker[]>();
  for (const c of CATEGORIES) {
    const list: Blocker[] = [];
    for (const { question: q } of entries) {
      const decision = decisions.get(q.id);
      if (!q.categories.includes(c) || decision?.type === 'not-applicable') continue;
      const override = overrideOf(decision);
      const v = verdictFor(q, c);
      const verdict = effectiveOf(v.verdict, override);
      if (verdict === 'meets') continue;
      list.push({ questionId: q.id, category: c, verdict, reason: (override && decisionReason(override)) || v.reason, ...(override ? { overridden: true } : {}) });
    }
    own.set(c, list);
  }
  // CATEGORIES runs best first; accumulate from the lowest category up. A question inherited from a lower
  // category keeps that category's verdict and label (a C-only question is "not met for C", never "not applicable").
  const out: CategoryVerdict[] = [];
  let inherited: Blocker[] = [];
  for (const c of [...CATEGORIES].reverse()) {
    const mine = own.get(c) ?? [];
    const ids = new Set(mine.map((b) => b.questionId));
    const blockers = [...mine, ...inherited.filter((b) => !ids.has(b.questionId))];
    const status = blockers.length === 0 ? 'met'
      : blockers.some((b) => b.verdict === 'not-met' || b.verdict === 'partly') ? 'not-met' : 'not-verified';
    out.unshift({ category: c, reached: blockers.length === 0, status, blocking: blockers.map((b) => b.questionId), blockers });
    inherited = blockers;
  }
  return out;
}

function overrideOf(d: Decision | undefined): Decision | undefined {
  return d?.type === 'override' && d.verdict ? d : undefined;
}

/** Recordings of test calls still to chase: requested, or a call made without asking yet. */
function followUpsOf(entries: Entry[], byStep: ReadonlyMap<string, Answer>, decisions: Map<string, Decision>): FollowUp[] {
  const out: FollowUp[] = [];
  for (const { question: q } of entries) {
    if (decisions.get(q.id)?.type === 'not-applicable') continue;
    for (const s of q.steps) {
      if (s.kind !== 'call-test') continue;
      const a = byStep.get(stepKey(q.id, s.id));
      if (!a || a.kind !== 'call-test') continue;
      const d = a.data as StepDataByKind['call-test'];
      if (d.recording === 'requested' || (d.recording === 'not-requested' && d.calledAt)) {
        const since = d.requestedAt ?? d.calledAt;
        out.push({ questionId: q.id, stepId: s.id, kind: 'call-recording', status: d.recording, ...(since ? { since } : {}) });
      }
    }
  }
  return out;
}

/** The standing yes / partly / no on a question's text claim, with the text the evaluator wrote down as seen (if a text step has one). */
function claimMatchOf(question: Question, byStep: ReadonlyMap<string, Answer>): { match: Match; seen?: string } | undefined {
  const judged = byStep.get(stepKey(question.id, CLAIM_MATCH_STEP));
  if (!judged || judged.kind !== 'claim-match') return undefined;
  const { match } = judged.data as ClaimMatchData;
  if (!match) return undefined;
  const seenStep = question.steps.find((s) => s.kind === 'value' && s.valueType === 'text');
  const seenAnswer = seenStep && byStep.get(stepKey(question.id, seenStep.id));
  const seen = seenAnswer?.kind === 'value' ? (seenAnswer.data as StepDataByKind['value']).text?.trim() : undefined;
  return { match, ...(seen ? { seen } : {}) };
}

/** Evaluates a whole visit against its template: per-question results for the target category, category verdicts, discrepancies, follow-ups. */
export function evaluateVisit(template: Template, bundle: VisitBundle, options: EvaluateOptions = {}): VisitEvaluation {
  const lang = options.lang ?? 'en';
  const { visit } = bundle;
  const { byStep, conflicts } = selectAnswers(bundle);
  const decisions = currentDecisions(bundle.decisions);
  const entries: Entry[] = template.sections.flatMap((s) => s.questions.map((question) => ({ question, sectionId: s.id })));

  const ownCache = new Map<string, QuestionVerdict>();
  const ownFor = (q: Question, c: Category): QuestionVerdict => {
    const k = `${q.id}|${c}`;
    let v = ownCache.get(k);
    if (!v) ownCache.set(k, (v = evaluateQuestion(q, c, visit, byStep)));
    return v;
  };
  const cache = new Map<string, QuestionVerdict>();
  const verdictFor = (q: Question, c: Category): QuestionVerdict => {
    const k = `${q.id}|${c}`;
    let v = cache.get(k);
    if (!v) cache.set(k, (v = evaluateCumulative(q, c, visit, byStep, (x) => ownFor(q, x))));
    return v;
  };

  const categories = categoryVerdicts(entries, verdictFor, decisions);
  const verified = categories.find((c) => c.reached)?.category ?? null;
  const claimedBlocking = new Set(categories.find((c) => c.category === visit.claimedCategory)?.blocking ?? []);
  const claims = latestClaims(bundle.claims.filter((c) => c.value.trim() !== ''));

  const results: QuestionResult[] = entries.map(({ question, sectionId }) => {
    const decision = decisions.get(question.id);
    const override = overrideOf(decision);
    const notApplicable = decision?.type === 'not-applicable' ? decision : undefined;
    const v = verdictFor(question, visit.targetCategory);
    const effective = effectiveOf(v.verdict, override);
    const claim = claims.get(question.id);
    const bound = question.rule?.bounds[visit.targetCategory] ?? Object.values(question.rule?.bounds ?? {})[0];
    const claimMatch = question.claim.type === 'text' ? claimMatchOf(question, byStep) : undefined;
    const discrepancy = claim && !notApplicable
      ? findDiscrepancy({
        ...(claimMatch ? { claimMatch } : {}),
        question,
        claim,
        measurement: v.measurement,
        op: bound?.op,
        effective,
        reason: (override && decisionReason(override)) || v.reason,
        blocksClaimedCategory: claimedBlocking.has(question.id),
        lang,
      })
      : undefined;
    return {
      question,
      sectionId,
      applicable: question.categories.includes(visit.targetCategory),
      suggested: v.verdict,
      reason: v.reason,
      ...(v.measurement ? { measurement: v.measurement } : {}),
      effective,
      ...(override ? { override } : {}),
      ...(notApplicable ? { notApplicable } : {}),
      ...(discrepancy ? { discrepancy } : {}),
      status: notApplicable ? 'n/a' : captureStatus(v.steps),
      conflicts: conflicts.filter((c) => c.questionId === question.id).length,
      steps: v.steps,
    };
  });

  const counted = results.filter((r) => r.applicable && r.status !== 'n/a');
  const counts: Record<Verdict, number> = { meets: 0, partly: 0, 'not-met': 0, 'not-verified': 0 };
  for (const r of counted) counts[r.effective] += 1;
  const applicable = results.filter((r) => r.applicable);
  const discrepancies: Discrepancy[] = results
    .flatMap((r) => (r.discrepancy ? [{ d: r.discrepancy, n: r.question.number }] : []))
    .sort((a, b) => b.d.severity - a.d.severity || a.n - b.n)
    .map((x) => x.d);

  return {
    results,
    verified,
    ...(visit.claimedCategory ? { claimed: visit.claimedCategory } : {}),
    categories,
    counts,
    discrepancies,
    followUps: followUpsOf(entries, byStep, decisions),
    progress: {
      done: applicable.filter((r) => r.status === 'done').length,
      open: applicable.filter((r) => r.status === 'open').length,
      na: applicable.filter((r) => r.status === 'n/a').length,
      total: applicable.length,
    },
    openConflicts: conflicts.length,
    tools: summarizeTools(template, bundle),
  };
}
