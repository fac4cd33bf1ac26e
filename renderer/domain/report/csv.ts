import Papa from 'papaparse';
import type { ReportRow } from './figures';

/**
 * Reads a CSV of intervals as call-center platforms export it: comma, semicolon or tab separated (papaparse
 * guesses which), a header row naming the columns in English, Russian or Ukrainian, decimal commas, durations
 * as seconds or h:mm:ss. Every problem names its line, so the evaluator can find it in the vendor's file.
 */

export const COLUMNS = ['interval', 'offered', 'answered', 'answered_within', 'abandoned', 'abandoned_short', 'talk_time', 'acw_time', 'agents', 'wait_time'] as const;
export type Column = (typeof COLUMNS)[number];
const OPTIONAL: readonly Column[] = ['interval', 'wait_time'];
const COUNTS: readonly Column[] = ['offered', 'answered', 'answered_within', 'abandoned', 'abandoned_short'];
const DURATIONS: readonly Column[] = ['talk_time', 'acw_time', 'wait_time'];

/** Header spellings, after normalising (lower case, runs of anything but letters and digits made one "_"). */
const ALIASES: Record<Column, readonly string[]> = {
  interval: ['interval', 'period', 'time', 'start', 'интервал', 'период', 'время', 'інтервал', 'період', 'час'],
  offered: ['offered', 'calls_offered', 'incoming', 'поступило', 'входящие', 'надійшло', 'вхідні'],
  answered: ['answered', 'handled', 'calls_answered', 'принято', 'отвечено', 'прийнято'],
  answered_within: ['answered_within', 'answered_within_threshold', 'answered_in_sl', 'in_sl', 'принято_в_sl', 'принято_в_срок', 'прийнято_в_sl', 'прийнято_вчасно'],
  abandoned: ['abandoned', 'lost', 'потеряно', 'пропущено', 'втрачено'],
  abandoned_short: ['abandoned_short', 'abandoned_within_15_s', 'abandoned_within_15s', 'abandoned_15s', 'short_abandons', 'потеряно_до_15_с', 'потеряно_до_15с', 'втрачено_до_15_с', 'втрачено_до_15с'],
  talk_time: ['talk_time', 'talk', 'talk_seconds', 'разговор', 'время_разговора', 'розмова', 'час_розмови'],
  acw_time: ['acw_time', 'acw', 'after_call_work', 'wrap', 'wrap_up', 'поствызывная_обработка', 'поствикликова_обробка'],
  agents: ['agents', 'agents_logged_in', 'logged_in', 'операторов', 'операторы', 'операторів', 'оператори'],
  wait_time: ['wait_time', 'queue_time', 'wait', 'ожидание', 'время_ожидания', 'очікування', 'час_очікування'],
};

export const normaliseHeader = (h: string) => h.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_+|_+$/g, '');

export type CsvProblemCode =
  | 'csv-too-large' | 'csv-empty' | 'csv-syntax' | 'csv-missing-columns' | 'csv-duplicate-column' | 'csv-field-count'
  | 'csv-not-a-number' | 'csv-negative' | 'csv-not-whole';

export interface CsvProblem { code: CsvProblemCode; line?: number; column?: string; message: string; params: Record<string, string | number> }

export interface CsvResult {
  rows: ReportRow[];
  problems: CsvProblem[];
  /** Header cells that name no column we know: listed, never silently used. */
  ignoredColumns: string[];
  delimiter: string;
}

export const CSV_LIMITS = { bytes: 20 * 1024 * 1024, rows: 100_000, problemsPerCode: 20 } as const;

/** "1 234,5", "1234.5", "00:04:05", "4:05" → a number; undefined when it is none of these. */
export function parseFigure(raw: string, duration: boolean): number | undefined {
  const s = raw.trim().replace(/[\u00a0\u202f ]/g, '');
  if (s === '') return undefined;
  if (duration) {
    const t = /^(\d+):([0-5]\d)(?::([0-5]\d(?:[.,]\d+)?))?$/.exec(s);
    if (t) {
      // h:mm:ss, or mm:ss when there are only two parts
      const [a, b, c] = [Number(t[1]), Number(t[2]), t[3] === undefined ? undefined : Number(t[3].replace(',', '.'))];
      return c === undefined ? a * 60 + b : a * 3600 + b * 60 + c;
    }
  }
  if (!/^-?\d+(?:[.,]\d+)?$/.test(s)) return undefined;
  return Number(s.replace(',', '.'));
}

// Labels come from a vendor's file and end up in the dossier and on the terminal: no control characters, bounded.
const cleanLabel = (s: string) => s.replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim().slice(0, 60);

export function parseIntervalsCsv(input: string, intervalMinutes: number): CsvResult {
  const text = input.replace(/^\uFEFF/, '');
  const problems: CsvProblem[] = [];
  const counts = new Map<CsvProblemCode, number>();
  const add = (code: CsvProblemCode, message: string, params: Record<string, string | number> = {}, line?: number, column?: string) => {
    const n = (counts.get(code) ?? 0) + 1;
    counts.set(code, n);
    if (n <= CSV_LIMITS.problemsPerCode) problems.push({ code, message, params, ...(line !== undefined ? { line } : {}), ...(column ? { column } : {}) });
  };
  const done = (rows: ReportRow[], ignoredColumns: string[], delimiter: string): CsvResult => {
    for (const [code, n] of counts) {
      if (n > CSV_LIMITS.problemsPerCode) problems.push({ code, message: `…and ${n - CSV_LIMITS.problemsPerCode} more problem(s) of the same kind.`, params: { more: n - CSV_LIMITS.problemsPerCode } });
    }
    return { rows, problems, ignoredColumns, delimiter };
  };
  if (text.length > CSV_LIMITS.bytes) {
    add('csv-too-large', `The file is larger than ${CSV_LIMITS.bytes / 1024 / 1024} MB; a month of 15-minute intervals is far smaller.`, { max: CSV_LIMITS.bytes });
    return done([], [], ',');
  }

  // Step mode gives each record's end offset, so a quoted field that spans lines still yields the right line number.
  const records: { cells: string[]; line: number; errors: string[] }[] = [];
  let delimiter = ',';
  let offset = 0;
  let line = 1;
  let tooMany = false;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t', '|'],
    step: (r, parser) => {
      delimiter = r.meta.delimiter;
      records.push({ cells: r.data, line, errors: r.errors.map((e) => e.message) });
      const end = r.meta.cursor;
      for (let i = offset; i < end && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
      offset = end;
      if (records.length > CSV_LIMITS.rows + 1) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (tooMany) {
    add('csv-too-large', `The file has more than ${CSV_LIMITS.rows} rows.`, { max: CSV_LIMITS.rows });
    return done([], [], delimiter);
  }
  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!nonEmpty.length) {
    add('csv-empty', 'The file is empty.');
    return done([], [], delimiter);
  }
  const [header, ...body] = nonEmpty;
  const index = new Map<Column, number>();
  const ignoredColumns: string[] = [];
  header.cells.forEach((cell, i) => {
    const name = normaliseHeader(cell);
    const col = COLUMNS.find((c) => ALIASES[c].includes(name));
    if (!col) {
      if (cell.trim()) ignoredColumns.push(cleanLabel(cell));
      return;
    }
    if (index.has(col)) add('csv-duplicate-column', `Line ${header.line}: the column ${col} appears twice ("${cleanLabel(cell)}").`, { column: col }, header.line, col);
    else index.set(col, i);
  });
  const missing = COLUMNS.filter((c) => !OPTIONAL.includes(c) && !index.has(c));
  if (missing.length) {
    add('csv-missing-columns', `Line ${header.line}: the header lacks the column(s) ${missing.join(', ')}. Expected: ${COLUMNS.join(', ')} (interval and wait_time are optional).`, { columns: missing.join(', ') }, header.line);
    return done([], ignoredColumns, delimiter);
  }
  if (!body.length) {
    add('csv-empty', `The file has a header (line ${header.line}) but no intervals.`);
    return done([], ignoredColumns, delimiter);
  }

  const rows: ReportRow[] = [];
  for (const rec of body) {
    if (rec.errors.length) {
      add('csv-syntax', `Line ${rec.line}: ${rec.errors[0]}.`, { detail: rec.errors[0] }, rec.line);
      continue;
    }
    if (rec.cells.length !== header.cells.length) {
      add('csv-field-count', `Line ${rec.line}: ${rec.cells.length} field(s), but the header has ${header.cells.length}${delimiter === ',' ? ' (a decimal comma in a comma-separated file splits numbers: use ";" as separator)' : ''}.`,
        { found: rec.cells.length, expected: header.cells.length }, rec.line);
      continue;
    }
    const values = new Map<Column, number>();
    let bad = false;
    for (const col of COLUMNS) {
      if (col === 'interval') continue;
      const i = index.get(col);
      if (i === undefined) continue;
      const raw = rec.cells[i];
      const v = parseFigure(raw, DURATIONS.includes(col));
      if (v === undefined) {
        if (col === 'wait_time' && raw.trim() === '') continue;
        add('csv-not-a-number', `Line ${rec.line}, column ${col}: "${cleanLabel(raw)}" is not a number${DURATIONS.includes(col) ? ' of seconds or h:mm:ss' : ''}.`, { value: cleanLabel(raw) }, rec.line, col);
        bad = true;
      } else if (v < 0) {
        add('csv-negative', `Line ${rec.line}, column ${col}: ${v} is negative.`, { value: v }, rec.line, col);
        bad = true;
      } else if (COUNTS.includes(col) && !Number.isInteger(v)) {
        add('csv-not-whole', `Line ${rec.line}, column ${col}: ${v} calls is not a whole number.`, { value: v }, rec.line, col);
        bad = true;
      } else values.set(col, v);
    }
    if (bad) continue;
    const label = index.has('interval') ? cleanLabel(rec.cells[index.get('interval') as number]) : '';
    const get = (c: Column) => values.get(c) ?? 0;
    rows.push({
      line: rec.line,
      ...(label ? { label } : {}),
      offered: get('offered'),
      answered: get('answered'),
      answeredWithin: get('answered_within'),
      abandoned: get('abandoned'),
      abandonedShort: get('abandoned_short'),
      talkSeconds: get('talk_time'),
      acwSeconds: get('acw_time'),
      loggedInSeconds: get('agents') * intervalMinutes * 60,
      ...(values.has('wait_time') ? { waitSeconds: get('wait_time') } : {}),
    });
  }
  return done(rows, ignoredColumns, delimiter);
}
