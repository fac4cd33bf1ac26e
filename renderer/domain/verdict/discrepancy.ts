import type { Claim, Match, Verdict } from '../model';
import type { Bound, Lang, Question, Rule } from '../template/schema';
import { unitTexts } from '../template/library';
import { isPositiveClaim, parseFrequency, parseNumberClaim } from './claims';
import { direction } from './measure';
import { formatFinding } from './reasons';
import type { Discrepancy, Finding, Measurement, Reason } from './types';

/** A finding within 5% of the claim is the same claim, measured honestly (a seat out of 250, a second out of 15). */
export const TOLERANCE = 0.05;

/**
 * The claim as a number in the rule's unit, taking the end of a stated range that is least favourable to
 * the vendor ("40-50%" turnover is held to 50). Frequencies are read in times per year; a bare number is
 * read with the claim's unit label ("2" + "times a month").
 */
export function claimedNumber(question: Question, value: string, unit: Rule['unit'], op: Bound['op']): number | undefined {
  let range: { low: number; high: number } | undefined;
  if (unit === 'per-year') {
    const label = unitTexts(question.claim.unit);
    const perYear = parseFrequency(value)
      ?? (label && /^\s*\d+(?:[.,]\d+)?\s*$/.test(value)
        ? parseFrequency(`${value} ${label.en}`) ?? parseFrequency(`${value} ${label.ru}`) ?? parseFrequency(`${value} ${label.uk}`)
        : undefined);
    if (perYear !== undefined) range = { low: perYear, high: perYear };
  } else {
    range = parseNumberClaim(value, unit);
  }
  if (!range) return undefined;
  return direction(op) === 'up' ? range.low : range.high;
}

/** Blocking the claimed category outranks any gap; within each group a larger relative gap is more serious. */
export function severityOf(blocksClaimedCategory: boolean, gap: number): number {
  return (blocksClaimedCategory ? 1000 : 0) + Math.round(Math.min(Math.max(gap, 0), 9.99) * 100);
}

export interface DiscrepancyInput {
  question: Question;
  claim: Claim;
  /** The measurement for the target category, when the question has a rule and something was measured. */
  measurement?: Measurement;
  /** The op of the rule's bound that sets the direction (more is better for > and >=). */
  op?: Bound['op'];
  effective: Verdict;
  /** Why the question came out as it did (shown with verdict findings). */
  reason?: Reason;
  blocksClaimedCategory: boolean;
  lang?: Lang;
  /** For a text claim: the evaluator's judgement of what was seen against it, and what was written down as seen. */
  claimMatch?: { match: Match; seen?: string };
}

/**
 * Compares what the vendor claimed with what was found. A numeric claim is contradicted when the measurement
 * is worse than the claim, in the rule's direction, by more than TOLERANCE; a numeric claim that the
 * measurement bears out is no discrepancy even if the question fails (the vendor told the truth).
 * A text claim judged "does not match" by the evaluator is contradicted; one judged "matches" is not.
 * Any other claim that asserts something is contradicted when the question ended up not met or partly met.
 */
export function findDiscrepancy(input: DiscrepancyInput): Discrepancy | undefined {
  const { question, claim, measurement, op, effective, blocksClaimedCategory } = input;
  const lang = input.lang ?? 'en';
  if (measurement && op) {
    const claimed = claimedNumber(question, claim.value, measurement.unit, op);
    if (claimed !== undefined) {
      const found = measurement.value;
      const worse = direction(op) === 'up' ? found < claimed * (1 - TOLERANCE) : found > claimed * (1 + TOLERANCE);
      if (!worse) return undefined;
      const gap = claimed === 0 ? 1 : Math.abs(found - claimed) / Math.abs(claimed);
      const finding: Finding = { type: 'measured', value: found, unit: measurement.unit, measure: measurement.measure, samples: measurement.samples };
      return {
        questionId: question.id,
        claim,
        found: formatFinding(finding, lang),
        severity: severityOf(blocksClaimedCategory, gap),
        blocksClaimedCategory,
        finding,
        claimedValue: claimed,
        gap,
      };
    }
  }
  // A text claim the evaluator compared with what was seen: "no" contradicts it whatever the verdict, "yes" bears
  // it out (the vendor told the truth even if the question fails); "partly" leaves it to the verdict, as below.
  const judged = input.claimMatch;
  if (judged && question.claim.type === 'text' && claim.value.trim()) {
    if (judged.match === 'no') {
      const finding: Finding = { type: 'claim-mismatch', ...(judged.seen?.trim() ? { seen: judged.seen.trim() } : {}) };
      return { questionId: question.id, claim, found: formatFinding(finding, lang), severity: severityOf(blocksClaimedCategory, 1), blocksClaimedCategory, finding, gap: 1 };
    }
    if (judged.match === 'yes') return undefined;
  }
  if (!isPositiveClaim(claim.value) || (effective !== 'not-met' && effective !== 'partly')) return undefined;
  const gap = effective === 'not-met' ? 1 : 0.5;
  const finding: Finding = { type: 'verdict', verdict: effective, ...(input.reason ? { reason: input.reason } : {}) };
  return {
    questionId: question.id,
    claim,
    found: formatFinding(finding, lang),
    severity: severityOf(blocksClaimedCategory, gap),
    blocksClaimedCategory,
    finding,
    gap,
  };
}
