import { canonicalJson } from '../../../domain/merge/canonical';
import type { ReportCheckData } from '../../../domain/model';
import { INDICATORS, parseFigure, type IndicatorId, type RawFigures, type ReportCheck, type ReportProblemCode, type ReportRow } from '../../../domain/report';
import { reportRecord } from '../../../domain/tools';
import { parseDecimal } from '../logic/claim-value';

export type ReportInputs = Omit<ReportCheckData, 'result'>;
export type TotalField = keyof RawFigures;
export const TOTAL_FIELDS: readonly TotalField[] = ['offered', 'answered', 'answeredWithin', 'abandoned', 'abandonedShort', 'talkSeconds', 'acwSeconds', 'loggedInSeconds', 'waitSeconds'];
export const DURATION_FIELDS: readonly TotalField[] = ['talkSeconds', 'acwSeconds', 'loggedInSeconds', 'waitSeconds'];
const OPTIONAL_TOTALS: readonly TotalField[] = ['waitSeconds'];
export type StatedField = IndicatorId | 'serviceLevelSeconds';

/** An imported CSV as parsed: its rows were made with the interval length of that moment. */
export interface ImportedCsv { rows: ReportRow[]; fileName: string; fileSha256: string; intervalMinutes: number }

/** The report screen's fields as typed. */
export interface ReportForm {
  title: string;
  threshold: string;
  interval: string;
  headcount: string;
  source: 'totals' | 'csv';
  totals: Record<TotalField, string>;
  csv?: ImportedCsv;
  stated: Partial<Record<StatedField, string>>;
  definitions: Partial<Record<IndicatorId, string>>;
}

export interface FieldProblem { code: 'required' | 'not-a-number' | 'no-csv' | ReportProblemCode; params: Record<string, string | number> }
export type ReportReading = { ok: true; inputs: ReportInputs; check: ReportCheck } | { ok: false; errors: Record<string, FieldProblem[]> };

const blankTotals = (): Record<TotalField, string> => Object.fromEntries(TOTAL_FIELDS.map((f) => [f, ''])) as Record<TotalField, string>;

export const emptyReportForm = (): ReportForm => ({
  title: '', threshold: '20', interval: '30', headcount: '', source: 'totals', totals: blankTotals(), stated: {}, definitions: {},
});

export function reportFormOf(d: ReportInputs): ReportForm {
  const form: ReportForm = {
    title: d.title, threshold: String(d.thresholdSeconds), interval: String(d.intervalMinutes), headcount: d.headcount === undefined ? '' : String(d.headcount),
    source: d.source, totals: blankTotals(),
    stated: Object.fromEntries(Object.entries(d.stated).map(([k, v]) => [k, String(v)])),
    definitions: { ...d.definitions },
  };
  if (d.source === 'csv') form.csv = { rows: d.rows, fileName: d.fileName ?? '', fileSha256: d.fileSha256 ?? '', intervalMinutes: d.intervalMinutes };
  else if (d.rows[0]) {
    const r = d.rows[0];
    for (const f of TOTAL_FIELDS) form.totals[f] = r[f] === undefined ? '' : String(r[f]);
  }
  return form;
}

/**
 * A CSV's logged-in time is agents × interval length. When the evaluator corrects the interval after the import,
 * the rows follow it, so the file need not be read again.
 */
function rowsForInterval(csv: ImportedCsv, intervalMinutes: number): ReportRow[] {
  if (csv.intervalMinutes === intervalMinutes) return csv.rows;
  return csv.rows.map((r) => ({ ...r, loggedInSeconds: (r.loggedInSeconds / csv.intervalMinutes) * intervalMinutes }));
}

export function readReportForm(f: ReportForm): ReportReading {
  const errors: Record<string, FieldProblem[]> = {};
  const add = (field: string, p: FieldProblem) => { (errors[field] ??= []).push(p); };
  const num = (field: string, raw: string, required: boolean, duration = false): number | undefined => {
    if (raw.trim() === '') {
      if (required) add(field, { code: 'required', params: {} });
      return undefined;
    }
    const n = duration ? parseFigure(raw, true) : (parseDecimal(raw) ?? undefined);
    if (n === undefined) add(field, { code: 'not-a-number', params: {} });
    return n;
  };
  if (f.title.trim() === '') add('title', { code: 'required', params: {} });
  const threshold = num('threshold', f.threshold, true);
  const interval = num('interval', f.interval, f.source === 'csv');
  const headcount = num('headcount', f.headcount, false);

  let rows: ReportRow[] = [];
  if (f.source === 'csv') {
    if (!f.csv) add('csv', { code: 'no-csv', params: {} });
    else if (interval !== undefined && interval > 0) rows = rowsForInterval(f.csv, interval);
  } else {
    const row: Partial<RawFigures> = {};
    for (const field of TOTAL_FIELDS) {
      const v = num(field, f.totals[field], !OPTIONAL_TOTALS.includes(field), DURATION_FIELDS.includes(field));
      if (v !== undefined) row[field] = v;
    }
    rows = [row as RawFigures];
  }
  const stated: Record<string, number> = {};
  for (const key of [...INDICATORS.map((i) => i.id), 'serviceLevelSeconds'] as StatedField[]) {
    const v = num(key, f.stated[key] ?? '', false);
    if (v !== undefined) stated[key] = v;
  }
  if (Object.keys(errors).length || threshold === undefined) return { ok: false, errors };

  const definitions = Object.fromEntries(Object.entries(f.definitions).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
  const inputs: ReportInputs = {
    title: f.title.trim(), thresholdSeconds: threshold, intervalMinutes: interval ?? 30,
    ...(headcount !== undefined ? { headcount } : {}),
    source: f.source,
    ...(f.source === 'csv' && f.csv ? { fileName: f.csv.fileName, ...(f.csv.fileSha256 ? { fileSha256: f.csv.fileSha256 } : {}) } : {}),
    rows, stated, definitions,
  };
  const made = reportRecord(inputs);
  if (!made.ok) {
    for (const p of made.problems) add(p.field, { code: p.code, params: p.params });
    return { ok: false, errors };
  }
  return { ok: true, inputs, check: made.check };
}

/** Whether the form holds the very inputs of a stored check (then there is nothing new to confirm). */
export function sameReportInputs(a: ReportInputs, stored: ReportCheckData | ReportInputs): boolean {
  const b: Partial<ReportCheckData> = { ...stored };
  delete b.result;
  return canonicalJson(a) === canonicalJson(b);
}
