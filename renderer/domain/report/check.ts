import { INDICATORS, KEY_GROUPS, withinTolerance, type Definition, type IndicatorId, type Unit } from './definitions';
import { consistencyIssues, totals, type ConsistencyIssue, type RawFigures, type ReportData } from './figures';

/** The indicators as the vendor's report states them (percent as 0–100, times in seconds, agent time in hours). */
export type StatedFigures = Partial<Record<IndicatorId, number>> & {
  /** The threshold the report's S/L is stated for ("90 % in 20 s"). */
  serviceLevelSeconds?: number;
};

/** The client's definition of each indicator, by definition id; the first definition of each is the default. */
export type ClientDefinitions = Partial<Record<IndicatorId, string>>;

export interface ReportCheckInput {
  data: ReportData;
  stated: StatedFigures;
  definitions?: ClientDefinitions;
}

export type IndicatorStatus =
  /** Stated, and follows from the figures under the client's definition (within tolerance). */
  | 'consistent'
  /** Stated, and does not follow from the vendor's own figures. */
  | 'inconsistent'
  /** A key indicator of seed 002 the report does not state. */
  | 'missing'
  /** Not stated and not key: shown as recomputed only. */
  | 'not-stated'
  /** Stated, but the figures needed to recompute it are not in the report. */
  | 'unverifiable';

export interface Explanation { definition: string; formula: string; value: number }

export interface IndicatorCheck {
  id: IndicatorId;
  unit: Unit;
  key: boolean;
  /** The client's definition used for `recomputed`. */
  definition: string;
  formula: string;
  recomputed?: number;
  stated?: number;
  /** stated − recomputed, when both exist. */
  difference?: number;
  status: IndicatorStatus;
  /** Every definition with its value, for the dossier's table. */
  alternatives: { definition: string; formula: string; value?: number }[];
  /** For an inconsistent figure: the other definitions (or the unweighted mean of intervals) it does follow from. */
  explainedBy: Explanation[];
}

export type ReportProblemCode = 'no-rows' | 'threshold-invalid' | 'headcount-invalid' | 'stated-invalid' | 'definition-unknown' | 'figure-invalid';
export interface ReportProblem { code: ReportProblemCode; field: string; message: string; params: Record<string, string | number> }

export interface ReportCheck {
  rows: number;
  totals: RawFigures;
  thresholdSeconds: number;
  indicators: IndicatorCheck[];
  /** Key indicator groups the report does not state at all. */
  missingKey: IndicatorId[][];
  consistency: ConsistencyIssue[];
  /** The report states its S/L for another threshold than the data (and the client's target) use. */
  thresholdMismatch?: { stated: number; data: number };
  /** How many things an evaluator must look at: inconsistent figures, missing key indicators, unsound rows, a threshold mismatch. */
  flags: number;
}

export type ReportOutcome = { ok: true; value: ReportCheck } | { ok: false; problems: ReportProblem[] };

const FIGURES: (keyof RawFigures)[] = ['offered', 'answered', 'answeredWithin', 'abandoned', 'abandonedShort', 'talkSeconds', 'acwSeconds', 'loggedInSeconds', 'waitSeconds'];
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

export function validateReport(input: ReportCheckInput): ReportProblem[] {
  const out: ReportProblem[] = [];
  const add = (code: ReportProblemCode, field: string, message: string, params: Record<string, string | number> = {}) => out.push({ code, field, message, params });
  const { data, stated } = input;
  if (!data.rows.length) add('no-rows', 'rows', 'The report has no figures: enter the totals or import a CSV of intervals.');
  if (!isNum(data.thresholdSeconds) || data.thresholdSeconds <= 0 || data.thresholdSeconds > 3600) add('threshold-invalid', 'threshold', 'The service-level threshold must be more than 0 and at most 3600 seconds.');
  if (data.headcount !== undefined && (!isNum(data.headcount) || !Number.isInteger(data.headcount) || data.headcount < 1)) add('headcount-invalid', 'headcount', 'The number of agents on the project must be a whole number of at least 1.');
  for (const [i, r] of data.rows.entries()) {
    for (const f of FIGURES) {
      const v = r[f];
      if (v === undefined && f === 'waitSeconds') continue;
      if (!isNum(v) || v < 0) {
        add('figure-invalid', f, `${r.line !== undefined ? `Line ${r.line}` : `Row ${i + 1}`}: ${f} must be a number of at least 0.`, { row: r.line ?? i + 1, figure: f });
      }
    }
  }
  for (const ind of INDICATORS) {
    const v = stated[ind.id];
    if (v !== undefined && (!isNum(v) || v < 0 || (ind.unit === 'percent' && v > 100))) {
      add('stated-invalid', ind.id, `The stated ${ind.id} must be a number of at least 0${ind.unit === 'percent' ? ' and at most 100' : ''}.`, { indicator: ind.id });
    }
    const def = input.definitions?.[ind.id];
    if (def !== undefined && !ind.definitions.some((d) => d.id === def)) add('definition-unknown', ind.id, `"${def}" is not a definition of ${ind.id}.`, { indicator: ind.id, definition: def });
  }
  if (stated.serviceLevelSeconds !== undefined && (!isNum(stated.serviceLevelSeconds) || stated.serviceLevelSeconds <= 0)) add('stated-invalid', 'serviceLevelSeconds', 'The stated service-level threshold must be more than 0 seconds.');
  return out;
}

/** The unweighted mean of the per-interval values: a common way to make a bad peak hour weigh as little as a quiet night. */
function intervalMean(def: Definition, data: ReportData): number | undefined {
  if (data.rows.length < 2) return undefined;
  const values = data.rows.map((r) => def.compute(r, data)).filter(isNum);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
}

/** Recomputes every indicator from the vendor's own figures and compares it with what the report states. */
export function checkReport(input: ReportCheckInput): ReportOutcome {
  const problems = validateReport(input);
  if (problems.length) return { ok: false, problems };
  const { data, stated } = input;
  const t = totals(data.rows);
  const ctx = { thresholdSeconds: data.thresholdSeconds, ...(data.headcount !== undefined ? { headcount: data.headcount } : {}) };

  const indicators: IndicatorCheck[] = INDICATORS.map((ind) => {
    const chosen = ind.definitions.find((d) => d.id === input.definitions?.[ind.id]) ?? ind.definitions[0];
    const recomputed = chosen.compute(t, ctx);
    const alternatives = ind.definitions.map((d) => ({ definition: d.id, formula: d.formula, value: d.compute(t, ctx) }));
    const s = stated[ind.id];
    const base = {
      id: ind.id, unit: ind.unit, key: ind.key, definition: chosen.id, formula: chosen.formula,
      ...(recomputed !== undefined ? { recomputed } : {}), alternatives, explainedBy: [] as Explanation[],
    };
    if (s === undefined) return { ...base, status: ind.key ? 'missing' : 'not-stated' };
    if (recomputed === undefined) return { ...base, stated: s, status: 'unverifiable' };
    const status = withinTolerance(ind.unit, ind.id, s, recomputed) ? 'consistent' : 'inconsistent';
    const explainedBy: Explanation[] = [];
    if (status === 'inconsistent') {
      for (const alt of alternatives) {
        if (alt.definition !== chosen.id && alt.value !== undefined && withinTolerance(ind.unit, ind.id, s, alt.value)) explainedBy.push({ definition: alt.definition, formula: alt.formula, value: alt.value });
      }
      if (ind.unit === 'percent') {
        const mean = intervalMean(chosen, data);
        if (mean !== undefined && withinTolerance(ind.unit, ind.id, s, mean)) {
          explainedBy.push({ definition: 'interval-mean', formula: `unweighted mean of the intervals' ${chosen.formula}`, value: mean });
        }
      }
    }
    return { ...base, stated: s, difference: s - recomputed, status, explainedBy };
  });

  const statedIds = new Set(indicators.filter((i) => i.stated !== undefined).map((i) => i.id));
  const missingKey = KEY_GROUPS.filter((g) => !g.some((id) => statedIds.has(id))).map((g) => [...g]);
  // A group counts as one missing indicator: stating calls per agent-hour satisfies "calls handled per agent".
  for (const i of indicators) {
    if (i.status === 'missing' && !missingKey.some((g) => g.includes(i.id))) i.status = 'not-stated';
  }
  const consistency = consistencyIssues(data.rows);
  const thresholdMismatch = stated.serviceLevelSeconds !== undefined && stated.serviceLevelSeconds !== data.thresholdSeconds
    ? { stated: stated.serviceLevelSeconds, data: data.thresholdSeconds }
    : undefined;
  const flags = indicators.filter((i) => i.status === 'inconsistent').length + missingKey.length + consistency.length + (thresholdMismatch ? 1 : 0);
  return {
    ok: true,
    value: {
      rows: data.rows.length, totals: t, thresholdSeconds: data.thresholdSeconds, indicators, missingKey, consistency,
      ...(thresholdMismatch ? { thresholdMismatch } : {}), flags,
    },
  };
}
