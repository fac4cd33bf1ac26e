import {
  checkReport, INDICATORS, parseIntervalsCsv, TOLERANCE_TEXT,
  type ClientDefinitions, type IndicatorCheck, type IndicatorId, type StatedFigures,
} from '../../renderer/domain/report';
import { CliError, EXIT, nOf, parse, readInput, usageError, type ExitCode, type Out } from '../common';

export const REPORT_CHECK_HELP = `Usage: siteproof report-check FILE.csv --interval MIN --threshold SEC [--stated K=V,...] [options]

Recomputes a vendor's hotline report from its own interval figures and flags the stated indicators that do
not follow from them, and the key indicators the report leaves out (S/L, LSR, talk time, after-call work,
calls per agent, agent working time, wait in queue, callers lost within 15 s).

FILE.csv has a header row naming the columns (English, Russian or Ukrainian; comma, semicolon or tab):
  interval, offered, answered, answered_within, abandoned, abandoned_short, talk_time, acw_time, agents[, wait_time]
Durations are totals per interval in seconds or h:mm:ss; agents is the number logged in during the interval.

Options:
  --interval MIN         length of each interval in minutes (required: agents × this is logged-in time)
  --threshold SEC        the threshold of the answered_within column, e.g. 20 for 80/20 (required)
  --headcount N          agents on the project, for calls per agent
  --stated K=V,...       the report's stated figures (percent 0-100, seconds, hours), K one of:
                         ${INDICATORS.map((i) => i.id).join(', ')}, serviceLevelSeconds
  --definition K=D,...   the client's definition of an indicator (default: the strictest), e.g.
                         serviceLevel=short-excluded; each indicator's definitions are listed in the output
  --json                 print one JSON object
  -h, --help             show this help

Tolerances: percentages ${TOLERANCE_TEXT.percent}; seconds ${TOLERANCE_TEXT.seconds}; hours ${TOLERANCE_TEXT.hours}; calls ${TOLERANCE_TEXT.calls}.

Exit: 0 checked (flags are findings, listed), 1 the CSV cannot be used (each problem names its line),
2 usage error, 4 the file cannot be read.`;

const IDS = new Set<string>(INDICATORS.map((i) => i.id));

function pairs(list: string[] | undefined, flag: string): [string, string][] {
  const out: [string, string][] = [];
  for (const item of (list ?? []).flatMap((s) => s.split(','))) {
    if (!item.trim()) continue;
    const m = /^\s*([A-Za-z]+)\s*=\s*(.+?)\s*$/.exec(item);
    if (!m) throw usageError(`report-check: ${flag} takes KEY=VALUE, not "${item}".`, REPORT_CHECK_HELP);
    out.push([m[1], m[2]]);
  }
  return out;
}

function number(value: string, what: string): number {
  if (!/^\d+(?:[.,]\d+)?$/.test(value)) throw usageError(`report-check: ${what} must be a number of at least 0, not "${value}".`, REPORT_CHECK_HELP);
  return Number(value.replace(',', '.'));
}

const fmt = (i: IndicatorCheck, v: number | undefined) => (v === undefined ? '—' : i.unit === 'percent' ? `${v.toFixed(1)} %` : i.unit === 'seconds' ? `${v.toFixed(1)} s` : i.unit === 'hours' ? `${v.toFixed(1)} h` : v.toFixed(i.id === 'shortAbandons' ? 0 : 2));

export async function reportCheck(args: string[], io: Out): Promise<ExitCode> {
  const { values, positionals } = parse(args, {
    interval: { type: 'string' },
    threshold: { type: 'string' },
    headcount: { type: 'string' },
    stated: { type: 'string', multiple: true },
    definition: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  }, REPORT_CHECK_HELP);
  if (values.help) {
    io.out(REPORT_CHECK_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw usageError('report-check: name one CSV file.', REPORT_CHECK_HELP);
  if (values.interval === undefined || values.threshold === undefined) throw usageError('report-check: --interval and --threshold are required.', REPORT_CHECK_HELP);
  const interval = number(values.interval, '--interval');
  const threshold = number(values.threshold, '--threshold');
  if (interval <= 0 || interval > 1440) throw usageError('report-check: --interval must be more than 0 and at most 1440 minutes.', REPORT_CHECK_HELP);
  const stated: StatedFigures = {};
  for (const [k, v] of pairs(values.stated, '--stated')) {
    if (!IDS.has(k) && k !== 'serviceLevelSeconds') throw usageError(`report-check: --stated: "${k}" is not an indicator.`, REPORT_CHECK_HELP);
    stated[k as IndicatorId] = number(v, `--stated ${k}`);
  }
  const definitions: ClientDefinitions = {};
  for (const [k, v] of pairs(values.definition, '--definition')) {
    const ind = INDICATORS.find((i) => i.id === k);
    if (!ind) throw usageError(`report-check: --definition: "${k}" is not an indicator.`, REPORT_CHECK_HELP);
    if (!ind.definitions.some((d) => d.id === v)) throw usageError(`report-check: --definition: ${k} is one of ${ind.definitions.map((d) => d.id).join(', ')}, not "${v}".`, REPORT_CHECK_HELP);
    definitions[k as IndicatorId] = v;
  }
  const headcount = values.headcount === undefined ? undefined : number(values.headcount, '--headcount');

  const path = positionals[0];
  const text = new TextDecoder('utf-8', { fatal: false }).decode(await readInput(path));
  const csv = parseIntervalsCsv(text, interval);
  if (csv.problems.length) {
    // The file name comes from the user; messages quote cells of the file with control characters already removed.
    io.err([`${path}: the CSV cannot be used (${nOf(csv.problems.length, 'problem', 'problems')})`, ...csv.problems.map((p) => `  - [${p.code}] ${p.message}`)].join('\n'));
    return EXIT.problems;
  }
  const outcome = checkReport({ data: { thresholdSeconds: threshold, rows: csv.rows, ...(headcount !== undefined ? { headcount } : {}) }, stated, definitions });
  if (!outcome.ok) throw new CliError(outcome.problems.map((p) => `report-check: ${p.message}`).join('\n'), EXIT.usage);
  const c = outcome.value;
  if (values.json) {
    io.out(JSON.stringify({ ...c, ignoredColumns: csv.ignoredColumns }, null, 2));
    return EXIT.ok;
  }
  const lines = [`${path}: ${nOf(c.rows, 'interval', 'intervals')}, ${nOf(c.totals.offered, 'call', 'calls')} offered; ${nOf(c.flags, 'flag', 'flags')}`];
  if (csv.ignoredColumns.length) lines.push(`  columns not used: ${csv.ignoredColumns.join(', ')}`);
  for (const i of c.indicators) {
    const status = i.status.toUpperCase();
    lines.push(`  ${i.id.padEnd(18)} stated ${fmt(i, i.stated).padStart(9)}  recomputed ${fmt(i, i.recomputed).padStart(9)}  ${status}  [${i.definition}: ${i.formula}]`);
    for (const e of i.explainedBy) lines.push(`      the stated figure follows from ${e.definition}: ${e.formula} = ${fmt(i, e.value)}`);
  }
  if (c.missingKey.length) lines.push(`  key indicators missing from the report: ${c.missingKey.map((g) => g.join(' or ')).join(', ')}`);
  if (c.thresholdMismatch) lines.push(`  S/L is stated for ${c.thresholdMismatch.stated} s, the data count answers within ${c.thresholdMismatch.data} s`);
  for (const issue of c.consistency) lines.push(`  figures that contradict each other: ${issue.message}`);
  io.out(lines.join('\n'));
  return EXIT.ok;
}
