import type { Claim, Verdict } from '../model';
import type { Bound, Lang, Question, Rule } from '../template/schema';
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
    const label = question.claim.unit;
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
}

/**
 * Compares what the vendor claimed with what was found. A numeric claim is contradicted when the measurement
 * is worse than the claim, in the rule's direction, by more than TOLERANCE; a numeric claim that the
 * measurement bears out is no discrepancy even if the question fails (the vendor told the truth).
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
