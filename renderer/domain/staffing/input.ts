import { MAX_AGENTS } from './erlang';

/** How the vendor's headcount is meant: agents on the phones at the peak, or people on the roster before shrinkage. */
export type OfferBasis = 'on-phones' | 'scheduled';
export const OFFER_BASES: readonly OfferBasis[] = ['on-phones', 'scheduled'];

/** The target service level, "80/20": `percent` of calls answered within `seconds`. */
export interface ServiceTarget { percent: number; seconds: number }

/** What the evaluator takes from the client's brief and the vendor's offer. */
export interface StaffingInput {
  /** Calls arriving in one interval (a forecast may be fractional). */
  calls: number;
  intervalMinutes: number;
  /** Average handle time: talk + hold + after-call work, in seconds. */
  ahtSeconds: number;
  target: ServiceTarget;
  /** Breaks, training, absence: the share of paid time an agent is not on the phones (0 when not given). */
  shrinkagePercent?: number;
  /** The headcount the vendor offers. */
  offered?: number;
  /** On the phones unless said otherwise (see OfferBasis). */
  offeredBasis?: OfferBasis;
}

export type StaffingProblemCode =
  | 'calls-invalid' | 'interval-invalid' | 'aht-invalid' | 'target-format' | 'target-percent' | 'target-seconds'
  | 'shrinkage-invalid' | 'offered-invalid' | 'basis-invalid' | 'traffic-too-large';

/** As package problems: the UI picks its sentence by `code`; `message` is the English one the CLI prints. */
export interface StaffingProblem { code: StaffingProblemCode; field: string; message: string; params: Record<string, string | number> }

// Bounds that keep every figure finite and the search short; each is far beyond a real hotline.
export const LIMITS = {
  calls: 10_000_000,
  intervalMinutes: 24 * 60,
  ahtSeconds: 24 * 3600,
  targetSeconds: 3600,
  /** Erlangs; the fewest agents for any target below 100 % then stays well under MAX_AGENTS. */
  traffic: 100_000,
  offered: MAX_AGENTS,
} as const;

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Reads "80/20", "80 % / 20 s", "85,5/15". Returns undefined for anything else; the range is checked by
 * validateStaffing so the message can say what is wrong with the numbers.
 */
export function parseServiceTarget(text: string): ServiceTarget | undefined {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*\/\s*(\d+(?:[.,]\d+)?)\s*(?:s|с|sec|сек)?\s*$/i.exec(text);
  if (!m) return undefined;
  return { percent: Number(m[1].replace(',', '.')), seconds: Number(m[2].replace(',', '.')) };
}

/** Every problem with the inputs at once, so a form can mark all wrong fields in one go. */
export function validateStaffing(input: StaffingInput): StaffingProblem[] {
  const out: StaffingProblem[] = [];
  const add = (code: StaffingProblemCode, field: string, message: string, params: Record<string, string | number> = {}) =>
    out.push({ code, field, message, params });
  const { calls, intervalMinutes, ahtSeconds, target, shrinkagePercent, offered, offeredBasis } = input;
  if (!isNum(calls) || calls <= 0 || calls > LIMITS.calls) add('calls-invalid', 'calls', `The number of calls must be more than 0 and at most ${LIMITS.calls}.`, { max: LIMITS.calls });
  if (!isNum(intervalMinutes) || intervalMinutes <= 0 || intervalMinutes > LIMITS.intervalMinutes) {
    add('interval-invalid', 'interval', `The interval must be more than 0 and at most ${LIMITS.intervalMinutes} minutes.`, { max: LIMITS.intervalMinutes, count: LIMITS.intervalMinutes });
  }
  if (!isNum(ahtSeconds) || ahtSeconds <= 0 || ahtSeconds > LIMITS.ahtSeconds) add('aht-invalid', 'aht', `The average handle time must be more than 0 and at most ${LIMITS.ahtSeconds} seconds.`, { max: LIMITS.ahtSeconds, count: LIMITS.ahtSeconds });
  if (!target || !isNum(target.percent) || !isNum(target.seconds)) {
    add('target-format', 'target', 'The service level target is written as PERCENT/SECONDS, e.g. 80/20.');
  } else {
    if (target.percent <= 0 || target.percent >= 100) {
      add('target-percent', 'target', 'The service level percentage must be more than 0 and less than 100: no number of agents answers every call within a time limit.');
    }
    if (target.seconds < 0 || target.seconds > LIMITS.targetSeconds) add('target-seconds', 'target', `The answer time of the target must be from 0 to ${LIMITS.targetSeconds} seconds.`, { max: LIMITS.targetSeconds, count: LIMITS.targetSeconds });
  }
  if (shrinkagePercent !== undefined && (!isNum(shrinkagePercent) || shrinkagePercent < 0 || shrinkagePercent >= 100)) {
    add('shrinkage-invalid', 'shrinkage', 'Shrinkage must be from 0 up to (not including) 100 %.');
  }
  if (offered !== undefined && (!isNum(offered) || !Number.isInteger(offered) || offered < 1 || offered > LIMITS.offered)) {
    add('offered-invalid', 'offered', `The offered headcount must be a whole number from 1 to ${LIMITS.offered}.`, { max: LIMITS.offered });
  }
  if (offeredBasis !== undefined && !OFFER_BASES.includes(offeredBasis)) add('basis-invalid', 'basis', `The offer basis is one of ${OFFER_BASES.join(', ')}.`);
  if (!out.some((p) => ['calls', 'interval', 'aht'].includes(p.field))) {
    const traffic = (calls * ahtSeconds) / (intervalMinutes * 60);
    if (traffic > LIMITS.traffic) {
      add('traffic-too-large', 'calls', `These figures make ${Math.round(traffic)} Erlangs of traffic; the check handles up to ${LIMITS.traffic}.`, { traffic: Math.round(traffic), max: LIMITS.traffic });
    }
  }
  return out;
}
