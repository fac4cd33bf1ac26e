import { SHORT_ABANDON_SECONDS, type RawFigures } from './figures';

/**
 * Each indicator with every definition of it a vendor may use. The client's contract fixes one; the check
 * recomputes the stated figure under that one and also says which other definition the vendor's figure
 * would follow from, because "our S/L leaves out abandoned calls" is exactly what an evaluator must see.
 */
export type IndicatorId =
  | 'serviceLevel' | 'lsr' | 'abandonRate' | 'shortAbandons' | 'avgTalk' | 'avgAcw' | 'aht' | 'asa'
  | 'occupancy' | 'callsPerAgent' | 'callsPerAgentHour' | 'agentHours';

export type Unit = 'percent' | 'seconds' | 'hours' | 'calls';

export interface Definition {
  id: string;
  /** English formula, printed by the CLI and kept in the dossier beside the translated one. */
  formula: string;
  /** Value from the figures; undefined when its denominator is 0 or a figure it needs is missing. */
  compute: (t: RawFigures, ctx: { thresholdSeconds: number; headcount?: number }) => number | undefined;
}

export interface Indicator {
  id: IndicatorId;
  unit: Unit;
  /** Listed by seed 002 among the key hotline indicators a vendor must report. */
  key: boolean;
  /** The first one is the default: the strictest, so a generous definition is never assumed silently. */
  definitions: Definition[];
}

const ratio = (num: number, den: number, scale = 1) => (den > 0 ? (num / den) * scale : undefined);
const S = SHORT_ABANDON_SECONDS;

export const INDICATORS: readonly Indicator[] = [
  {
    id: 'serviceLevel', unit: 'percent', key: true, definitions: [
      { id: 'all-offered', formula: 'answered within T ÷ offered × 100 (every abandoned call counts as missed)', compute: (t) => ratio(t.answeredWithin, t.offered, 100) },
      { id: 'short-excluded', formula: `answered within T ÷ (offered − abandoned within ${S} s) × 100`, compute: (t) => ratio(t.answeredWithin, t.offered - t.abandonedShort, 100) },
      { id: 'answered-only', formula: 'answered within T ÷ answered × 100 (abandoned calls left out)', compute: (t) => ratio(t.answeredWithin, t.answered, 100) },
    ],
  },
  {
    // Seed 002 lists LSR without defining it; we read it as the share of offered calls that were answered at all.
    id: 'lsr', unit: 'percent', key: true, definitions: [
      { id: 'all-offered', formula: 'answered ÷ offered × 100', compute: (t) => ratio(t.answered, t.offered, 100) },
      { id: 'short-excluded', formula: `answered ÷ (offered − abandoned within ${S} s) × 100`, compute: (t) => ratio(t.answered, t.offered - t.abandonedShort, 100) },
    ],
  },
  {
    id: 'abandonRate', unit: 'percent', key: false, definitions: [
      { id: 'all-abandons', formula: 'abandoned ÷ offered × 100 (short abandons included)', compute: (t) => ratio(t.abandoned, t.offered, 100) },
      { id: 'short-excluded', formula: `(abandoned − abandoned within ${S} s) ÷ (offered − abandoned within ${S} s) × 100`, compute: (t) => ratio(t.abandoned - t.abandonedShort, t.offered - t.abandonedShort, 100) },
    ],
  },
  {
    id: 'shortAbandons', unit: 'calls', key: true, definitions: [
      { id: 'count', formula: `callers who hung up within ${S} s of waiting (sum over the intervals)`, compute: (t) => t.abandonedShort },
    ],
  },
  {
    id: 'avgTalk', unit: 'seconds', key: true, definitions: [
      { id: 'per-answered', formula: 'talk time ÷ answered', compute: (t) => ratio(t.talkSeconds, t.answered) },
    ],
  },
  {
    id: 'avgAcw', unit: 'seconds', key: true, definitions: [
      { id: 'per-answered', formula: 'after-call work ÷ answered', compute: (t) => ratio(t.acwSeconds, t.answered) },
    ],
  },
  {
    id: 'aht', unit: 'seconds', key: false, definitions: [
      { id: 'talk-plus-acw', formula: '(talk time + after-call work) ÷ answered', compute: (t) => ratio(t.talkSeconds + t.acwSeconds, t.answered) },
      { id: 'talk-only', formula: 'talk time ÷ answered (after-call work left out)', compute: (t) => ratio(t.talkSeconds, t.answered) },
    ],
  },
  {
    id: 'asa', unit: 'seconds', key: true, definitions: [
      { id: 'per-answered', formula: 'queue time of answered calls ÷ answered', compute: (t) => (t.waitSeconds === undefined ? undefined : ratio(t.waitSeconds, t.answered)) },
    ],
  },
  {
    id: 'occupancy', unit: 'percent', key: false, definitions: [
      { id: 'handle-over-logged-in', formula: "(talk time + after-call work) ÷ agents' logged-in time × 100", compute: (t) => ratio(t.talkSeconds + t.acwSeconds, t.loggedInSeconds, 100) },
    ],
  },
  {
    id: 'callsPerAgent', unit: 'calls', key: true, definitions: [
      { id: 'per-headcount', formula: 'answered ÷ agents on the project', compute: (t, c) => (c.headcount ? ratio(t.answered, c.headcount) : undefined) },
    ],
  },
  {
    id: 'callsPerAgentHour', unit: 'calls', key: false, definitions: [
      { id: 'per-logged-in-hour', formula: 'answered ÷ logged-in hours', compute: (t) => ratio(t.answered, t.loggedInSeconds / 3600) },
    ],
  },
  {
    id: 'agentHours', unit: 'hours', key: true, definitions: [
      { id: 'logged-in', formula: "agents' logged-in time in hours (agents logged in × interval length, summed)", compute: (t) => (t.loggedInSeconds > 0 ? t.loggedInSeconds / 3600 : undefined) },
    ],
  },
];

export const indicator = (id: IndicatorId): Indicator => {
  const found = INDICATORS.find((i) => i.id === id);
  if (!found) throw new Error(`Unknown indicator ${id}`);
  return found;
};

/**
 * Seed 002's key indicators. "Calls handled per agent" is reported per agent or per agent-hour; either
 * satisfies it, so the two stand together as one key indicator.
 */
export const KEY_GROUPS: readonly (readonly IndicatorId[])[] = [
  ['serviceLevel'], ['lsr'], ['avgTalk'], ['avgAcw'], ['callsPerAgent', 'callsPerAgentHour'], ['agentHours'], ['asa'], ['shortAbandons'],
];

/**
 * How close a stated figure must be to the recomputed one to count as following from it. Reports round
 * (a whole percent is up to 0.5 points off) and cut intervals a little differently; anything beyond this is
 * not rounding:
 * - percentages: 1 percentage point;
 * - seconds: 5 % of the recomputed value, at least 1 s;
 * - hours and calls per agent: 5 %;
 * - counts of calls: 2 %, at least 1 call.
 */
export function withinTolerance(unit: Unit, id: IndicatorId, stated: number, recomputed: number): boolean {
  const diff = Math.abs(stated - recomputed);
  const eps = 1e-9;
  switch (unit) {
    case 'percent': return diff <= 1 + eps;
    case 'seconds': return diff <= Math.max(1, 0.05 * Math.abs(recomputed)) + eps;
    case 'hours': return diff <= 0.05 * Math.abs(recomputed) + eps;
    case 'calls': return id === 'shortAbandons' ? diff <= Math.max(1, 0.02 * Math.abs(recomputed)) + eps : diff <= 0.05 * Math.abs(recomputed) + eps;
  }
}

export const TOLERANCE_TEXT: Record<Unit, string> = {
  percent: '±1 percentage point',
  seconds: '±5 % (at least ±1 s)',
  hours: '±5 %',
  calls: '±5 % (counts of calls: ±2 %, at least ±1 call)',
};
