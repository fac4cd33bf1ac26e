import { fewestAgents, queueFigures, trafficErlangs, type QueueFigures } from './erlang';
import { validateStaffing, type OfferBasis, type StaffingInput, type StaffingProblem } from './input';

export type OfferVerdict = 'short' | 'adequate' | 'generous';

/**
 * The bands of the verdict, relative to n, the fewest agents on the phones meeting the target:
 * - short: fewer than n on the phones; the offer misses the target (its real service level is shown);
 * - adequate: from n up to n + 10 % (rounded up, and at least n + 1: one agent is the smallest step a
 *   roster can take, so one spare agent is never called generous);
 * - generous: more than that; the client pays for capacity the target does not need.
 */
export const GENEROUS_ABOVE_PERCENT = 10;

export function adequateBand(required: number): { from: number; to: number } {
  // Integer arithmetic: 10 × 1.1 is 11.000000000000002 in floating point, and ceil would make it 12.
  return { from: required, to: Math.max(required + 1, Math.ceil((required * (100 + GENEROUS_ABOVE_PERCENT)) / 100)) };
}

export function offerVerdict(onPhones: number, required: number): OfferVerdict {
  const band = adequateBand(required);
  return onPhones < band.from ? 'short' : onPhones <= band.to ? 'adequate' : 'generous';
}

/** People to put on the roster so that `onPhones` are on the phones after shrinkage: n / (1 − s), rounded up. */
export function scheduledFor(onPhones: number, shrinkagePercent: number): number {
  // n·100 / (100 − s) is exact for whole percentages (28 / 0.7 is 40.00000000000001 and would round up to 41).
  return Math.ceil((onPhones * 100) / (100 - shrinkagePercent) - 1e-9);
}

/** The agents on the phones a roster of `headcount` gives after shrinkage, rounded down (nobody is 0.6 of an agent). */
export function onPhonesOf(headcount: number, shrinkagePercent: number): number {
  return Math.floor((headcount * (100 - shrinkagePercent)) / 100 + 1e-9);
}

export interface OfferResult extends QueueFigures {
  /** The headcount as the vendor wrote it. */
  headcount: number;
  basis: OfferBasis;
  /** Agents on the phones it gives (the headcount itself on the 'on-phones' basis). */
  onPhones: number;
  verdict: OfferVerdict;
  /** onPhones − the fewest agents meeting the target: negative when short. */
  margin: number;
}

export interface StaffingResult {
  input: StaffingInput;
  /** Offered traffic in Erlangs. */
  traffic: number;
  /** The fewest agents on the phones meeting the target, with what they give. */
  required: QueueFigures;
  shrinkagePercent: number;
  /** Agents to schedule so that `required.agents` are on the phones: required / (1 − shrinkage), rounded up. */
  scheduled: number;
  band: { from: number; to: number };
  offered?: OfferResult;
}

export type StaffingOutcome = { ok: true; value: StaffingResult } | { ok: false; problems: StaffingProblem[] };

/** The staffing check: the fewest agents meeting the target by Erlang C, the roster after shrinkage, and the offer judged against them. */
export function checkStaffing(input: StaffingInput): StaffingOutcome {
  const problems = validateStaffing(input);
  if (problems.length) return { ok: false, problems };
  const shrinkagePercent = input.shrinkagePercent ?? 0;
  const aht = input.ahtSeconds;
  const traffic = trafficErlangs(input.calls, input.intervalMinutes * 60, aht);
  const share = input.target.percent / 100;
  const required = fewestAgents(traffic, aht, share, input.target.seconds);
  // validateStaffing bounds the traffic so that this cannot happen; say so rather than return a fake number.
  if (!required) throw new Error(`No agent count up to the search limit meets ${input.target.percent}% for ${traffic} Erlangs`);
  const band = adequateBand(required.agents);
  const result: StaffingResult = {
    input,
    traffic,
    required,
    shrinkagePercent,
    scheduled: scheduledFor(required.agents, shrinkagePercent),
    band,
  };
  if (input.offered !== undefined) {
    const basis = input.offeredBasis ?? 'on-phones';
    const onPhones = basis === 'on-phones' ? input.offered : onPhonesOf(input.offered, shrinkagePercent);
    const figures = queueFigures(onPhones, traffic, aht, input.target.seconds);
    result.offered = {
      ...figures,
      headcount: input.offered,
      basis,
      onPhones,
      verdict: offerVerdict(onPhones, required.agents),
      margin: onPhones - required.agents,
    };
  }
  return { ok: true, value: result };
}
