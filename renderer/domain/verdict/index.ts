// Public API of the verdict engine.
export type * from './types';
export { evaluateVisit, evaluateQuestion, type QuestionVerdict } from './evaluate';
export { evaluateRule, resolveBound, judge, satisfies, type ResolvedBound, type BoundResolution, type RuleVerdict } from './rules';
export { measureRule, stepSamples, reduceSamples, perYear, median, mean, direction, PER_YEAR } from './measure';
export { stepFinding, combineFindings, decidingSteps, normalizeDate } from './evidence';
export { findDiscrepancy, claimedNumber, severityOf, TOLERANCE, type DiscrepancyInput } from './discrepancy';
export { parseFrequency, parseNumberClaim, isNegativeClaim, isPositiveClaim, type NumberClaim } from './claims';
export { formatReason, formatFinding, formatVerdict, formatQuantity, formatNumber, decisionReason } from './reasons';
