import { selectAnswers, stepKey } from '../answers';
import { TOOL_STEP, type ToolKind, type VisitBundle } from '../model';
import { definitionFormula, indicatorName, type IndicatorCheck, type IndicatorId, type ReportCheck } from '../report';
import type { QueueFigures } from '../staffing';
import type { Lang } from '../template/schema';
import type { ReportSummary, StaffingSummary, ToolsSummary } from '../tools/findings';
import { formatDateTime, formatNumber } from './format';
import { toolStrings, toolsT, type ToolStrings } from './tool-strings';
import type { Block } from './types';

/** One tool's part of the dossier: what went in, what came out, the formula named and the verdict. */
export interface DossierToolPart {
  tool: ToolKind;
  title: string;
  /** "confirmed by …, at …"; empty when the check was not done. */
  byline: string;
  done: boolean;
  verdict: string;
  /** The verdict is a finding (a short offer, seats that do not hold the agents, a report that does not add up). */
  warn: boolean;
  notices: string[];
  sections: { heading: string; blocks: Block[] }[];
  notes: string[];
}

export interface DossierTools {
  title: string;
  parts: DossierToolPart[];
  /** For the summary: each finding in one sentence. */
  findings: string[];
}

const pct = (share: number, lang: Lang) => `${formatNumber(share * 100, lang, 1)} %`;

function standingTool(bundle: Pick<VisitBundle, 'answers' | 'resolutions'>, tool: ToolKind) {
  return selectAnswers(bundle).byStep.get(stepKey(TOOL_STEP[tool].questionId, TOOL_STEP[tool].stepId));
}

function staffingPart(sum: StaffingSummary | undefined, stored: boolean, s: ToolStrings, lang: Lang, tz: string): DossierToolPart {
  const base = { tool: 'staffing' as const, title: s.staffingTitle, notes: [] as string[] };
  if (!sum) {
    return { ...base, byline: '', done: false, verdict: stored ? s.invalid : s.notDone, warn: stored, notices: [], sections: [] };
  }
  const r = sum.result;
  const i = r.input;
  const o = r.offered;
  const n = (x: number, d = 0) => formatNumber(x, lang, d);
  const secs = (x: number) => toolsT(lang)('seconds', { n: n(x, 1) });
  const asa = (f: QueueFigures) => (f.asa === null ? s.unstable : secs(f.asa));
  const inputs: [string, string][] = [
    [s.calls, n(i.calls, 2)],
    [s.interval, toolsT(lang)('minutes', { n: n(i.intervalMinutes, 2) })],
    [s.aht, toolsT(lang)('seconds', { n: n(i.ahtSeconds, 2) })],
    [s.target, toolsT(lang)('targetValue', { percent: n(i.target.percent, 2), seconds: n(i.target.seconds, 2) })],
    [s.shrinkage, toolsT(lang)('percent', { n: n(r.shrinkagePercent, 2) })],
    [s.offered, !o ? s.noOffer : o.basis === 'scheduled' ? toolsT(lang)('offeredScheduled', { n: o.headcount, count: o.headcount, onPhones: o.onPhones }) : toolsT(lang)('offeredOnPhones', { n: o.headcount, count: o.headcount })],
    [s.traffic, toolsT(lang)('erlangs', { n: n(r.traffic, 2), count: r.traffic })],
  ];
  const q = r.required;
  const row = (label: string, a: string, b?: string) => (o ? [label, a, b ?? '—'] : [label, a]);
  const table: Block = {
    kind: 'table',
    head: o ? [s.figure, s.fewest, s.theOffer] : [s.figure, s.fewest],
    rows: [
      row(s.rowAgents, String(q.agents), o && String(o.onPhones)),
      row(s.rowPWait, pct(q.pWait, lang), o && pct(o.pWait, lang)),
      row(toolsT(lang)('rowServiceLevel', { seconds: n(i.target.seconds, 2) }), pct(q.serviceLevel, lang), o && pct(o.serviceLevel, lang)),
      row(s.rowAsa, asa(q), o && asa(o)),
      row(s.rowOccupancy, pct(q.occupancy, lang), o && pct(o.occupancy, lang)),
      row(s.rowScheduled, String(r.scheduled), o && (o.basis === 'scheduled' ? String(o.headcount) : '—')),
    ],
  };
  let verdict: string;
  if (!o) verdict = toolsT(lang)('verdictNoOffer', { required: q.agents, count: q.agents });
  else {
    const key = o.verdict === 'short' ? 'verdictShort' : o.verdict === 'adequate' ? 'verdictAdequate' : 'verdictGenerous';
    verdict = toolsT(lang)(key, { onPhones: o.onPhones, count: o.onPhones, required: q.agents, sl: pct(o.serviceLevel, lang), target: n(i.target.percent, 2), margin: o.margin });
    if (!o.stable) verdict += ` ${s.verdictUnstable}`;
  }
  const seats = sum.seats;
  const found = sum.seatFinding;
  const needed = o ? o.onPhones : q.agents;
  const seatText = !seats ? s.seatsNone
    : found ? toolsT(lang)(found.basis === 'offered' ? 'seatsShortOffered' : 'seatsShortRequired', { needed: found.needed, count: found.needed, seats: seats.seats, number: seats.questionNumber, shortBy: found.shortBy })
      : toolsT(lang)('seatsFit', { number: seats.questionNumber, seats: seats.seats, needed, count: needed });
  const seatBlocks: Block[] = [{ kind: 'text', text: seatText, ...(found ? { tone: 'warn' as const } : !seats ? { tone: 'muted' as const } : {}) }];
  if (seats?.disputed) seatBlocks.push({ kind: 'text', text: s.seatsDisputed, tone: 'muted' });
  const a = sum.answer;
  return {
    ...base,
    byline: toolsT(lang)('confirmedBy', { author: a.author || '—', at: formatDateTime(a.updatedAt, lang, tz) }),
    done: true,
    verdict,
    warn: o?.verdict === 'short' || Boolean(found),
    notices: sum.disputed ? [s.disputed] : [],
    sections: [
      { heading: s.inputs, blocks: [{ kind: 'fields', rows: inputs }] },
      { heading: s.results, blocks: [table] },
      { heading: s.seats, blocks: seatBlocks },
      { heading: s.formula, blocks: [{ kind: 'text', text: s.staffingFormula, tone: 'muted' }] },
    ],
    notes: a.note?.trim() ? [`${a.author || '—'}: ${a.note.trim()}`] : [],
  };
}

const STATUS_KEY: Record<IndicatorCheck['status'], keyof ToolStrings> = {
  consistent: 'statusConsistent', inconsistent: 'statusInconsistent', missing: 'statusMissing', 'not-stated': 'statusNotStated', unverifiable: 'statusUnverifiable',
};

function indicatorValue(i: Pick<IndicatorCheck, 'unit'>, v: number | undefined, s: ToolStrings, lang: Lang): string {
  if (v === undefined) return '—';
  return `${formatNumber(v, lang, 1)} ${s[`unit.${i.unit}`]}`;
}

function reportBlocks(c: ReportCheck, s: ToolStrings, lang: Lang): Block[] {
  const names = (ids: IndicatorId[]) => ids.map((id) => indicatorName(id, lang)).join(' / ');
  const blocks: Block[] = [];
  if (c.missingKey.length) blocks.push({ kind: 'text', tone: 'warn', text: toolsT(lang)('missingKey', { list: c.missingKey.map(names).join(', ') }) });
  if (c.thresholdMismatch) blocks.push({ kind: 'text', tone: 'warn', text: toolsT(lang)('thresholdMismatch', c.thresholdMismatch) });
  for (const i of c.indicators) {
    for (const e of i.explainedBy) {
      blocks.push({ kind: 'text', text: `${indicatorName(i.id, lang)}: ${toolsT(lang)('explainedBy', { formula: definitionFormula(i.id, e.definition, lang), value: indicatorValue(i, e.value, s, lang) })}` });
    }
  }
  if (c.consistency.length) {
    blocks.push({ kind: 'text', tone: 'warn', text: s.consistency });
    for (const x of c.consistency) {
      const where = x.line !== undefined ? toolsT(lang)('whereLine', { line: x.line }) : x.label ?? s.whereTotals;
      blocks.push({ kind: 'text', tone: 'warn', text: `•  ${toolsT(lang)(`consistency.${x.code}`, { where })}` });
    }
  }
  return blocks;
}

function reportPart(sum: ReportSummary | undefined, stored: boolean, s: ToolStrings, lang: Lang, tz: string): DossierToolPart {
  const base = { tool: 'report-check' as const, title: s.reportTitle, notes: [] as string[] };
  if (!sum) return { ...base, byline: '', done: false, verdict: stored ? s.invalid : s.notDone, warn: stored, notices: [], sections: [] };
  const d = sum.answer.data;
  const c = sum.check;
  const sl = c.indicators.find((i) => i.id === 'serviceLevel');
  const inputs: [string, string][] = [
    [s.report, d.title || '—'],
    [s.source, d.source === 'csv'
      ? toolsT(lang)('sourceCsv', { rows: d.rows.length, file: d.fileName || '—', sha: d.fileSha256 ? d.fileSha256.slice(0, 16) : '—' })
      : s.sourceTotals],
    [s.threshold, toolsT(lang)('seconds', { n: formatNumber(d.thresholdSeconds, lang, 2) })],
    ...(d.headcount !== undefined ? [[s.headcount, String(d.headcount)] as [string, string]] : []),
    ...(sl ? [[s.slDefinition, definitionFormula('serviceLevel', sl.definition, lang)] as [string, string]] : []),
  ];
  const table: Block = {
    kind: 'table',
    head: [s.indicator, s.recomputed, s.stated, s.definitionUsed, s.check],
    rows: c.indicators.map((i) => [
      indicatorName(i.id, lang), indicatorValue(i, i.recomputed, s, lang), indicatorValue(i, i.stated, s, lang),
      definitionFormula(i.id, i.definition, lang), s[STATUS_KEY[i.status]],
    ]),
    // The last column is toned like a verdict, so a figure that does not follow reads red at a glance.
    tones: c.indicators.map((i) => (i.status === 'consistent' ? 'meets' : i.status === 'inconsistent' || i.status === 'missing' ? 'not-met' : null)),
  };
  const a = sum.answer;
  return {
    ...base,
    byline: toolsT(lang)('confirmedBy', { author: a.author || '—', at: formatDateTime(a.updatedAt, lang, tz) }),
    done: true,
    verdict: c.flags ? toolsT(lang)('reportFlags', { count: c.flags }) : s.reportNoFlags,
    warn: c.flags > 0,
    notices: sum.disputed ? [s.disputed] : [],
    sections: [
      { heading: s.inputs, blocks: [{ kind: 'fields', rows: inputs }] },
      { heading: s.results, blocks: [table, ...reportBlocks(c, s, lang)] },
      { heading: s.formula, blocks: [{ kind: 'text', text: s.reportFormula, tone: 'muted' }] },
    ],
    notes: a.note?.trim() ? [`${a.author || '—'}: ${a.note.trim()}`] : [],
  };
}

/** The one-sentence findings of the tools, for the dossier's summary. */
export function toolFindings(tools: ToolsSummary, lang: Lang): string[] {
  const t = toolsT(lang);
  const out = tools.discrepancies.map((d) => (d.kind === 'offer-short'
    ? t('findingOfferShort', { headcount: d.headcount, sl: pct(d.serviceLevel, lang), target: formatNumber(d.targetPercent, lang, 2), required: d.required })
    : t('findingSeatsShort', { needed: d.needed, count: d.needed, counted: d.counted, number: d.questionNumber })));
  if (tools.report && tools.report.check.flags > 0) out.push(t('findingReport', { title: tools.report.answer.data.title || '—', count: tools.report.check.flags }));
  return out;
}

/**
 * The tools' part of a visit's dossier. A check that was not done says so; a stored check whose inputs no longer
 * compute (a damaged record) is named as such rather than left out, so the committee sees that something is wrong.
 */
/** `tz` is the visit's time zone: every time in the dossier is stated in it. */
export function buildDossierTools(tools: ToolsSummary, bundle: Pick<VisitBundle, 'answers' | 'resolutions'>, lang: Lang, tz: string): DossierTools {
  const s = toolStrings(lang);
  return {
    title: s.partTitle,
    parts: [
      staffingPart(tools.staffing, standingTool(bundle, 'staffing') !== undefined, s, lang, tz),
      reportPart(tools.report, standingTool(bundle, 'report-check') !== undefined, s, lang, tz),
    ],
    findings: toolFindings(tools, lang),
  };
}

/** The tools side by side for the comparison: one row per figure, one column per vendor; `warn` marks a finding. */
export interface ComparisonToolRows {
  title: string;
  groups: { title: string; rows: { label: string; values: string[]; warn: boolean[] }[] }[];
}

export function comparisonTools(entries: { tools: ToolsSummary }[], lang: Lang): ComparisonToolRows {
  const s = toolStrings(lang);
  const verdictWord = { short: s.verdictWordShort, adequate: s.verdictWordAdequate, generous: s.verdictWordGenerous } as const;
  const cells = <T>(pick: (t: ToolsSummary) => T | undefined, text: (x: T) => string, warn: (x: T) => boolean = () => false, missing = s.cmpNotDone) => {
    const values: string[] = [];
    const warns: boolean[] = [];
    for (const e of entries) {
      const x = pick(e.tools);
      values.push(x === undefined ? missing : text(x));
      warns.push(x === undefined ? false : warn(x));
    }
    return { values, warn: warns };
  };
  const st = (t: ToolsSummary) => t.staffing;
  const rc = (t: ToolsSummary) => t.report;
  const target = (x: StaffingSummary) => `${formatNumber(x.result.input.target.percent, lang, 2)}/${formatNumber(x.result.input.target.seconds, lang, 2)}`;
  return {
    title: s.partTitle,
    groups: [
      {
        title: s.cmpStaffing,
        rows: [
          { label: s.cmpRequired, ...cells(st, (x) => `${x.result.required.agents} (${target(x)})`) },
          { label: s.cmpOffer, ...cells(st, (x) => (x.result.offered ? String(x.result.offered.onPhones) : s.noOffer)) },
          { label: s.cmpOfferSl, ...cells(st, (x) => (x.result.offered ? pct(x.result.offered.serviceLevel, lang) : '—'), (x) => x.result.offered?.verdict === 'short') },
          { label: s.cmpVerdict, ...cells(st, (x) => (x.result.offered ? verdictWord[x.result.offered.verdict] : '—'), (x) => x.result.offered?.verdict === 'short') },
          {
            label: s.cmpSeats,
            ...cells(st, (x) => (x.seats ? `${x.seats.seats} / ${x.result.offered ? x.result.offered.onPhones : x.result.required.agents}` : '—'), (x) => Boolean(x.seatFinding)),
          },
        ],
      },
      {
        title: s.cmpReport,
        rows: [
          { label: s.cmpReportTitle, ...cells(rc, (x) => x.answer.data.title || '—') },
          {
            label: s.cmpSl,
            ...cells(rc, (x) => {
              const sl = x.check.indicators.find((i) => i.id === 'serviceLevel');
              if (!sl) return '—';
              return `${indicatorValue(sl, sl.stated, s, lang)} / ${indicatorValue(sl, sl.recomputed, s, lang)}`;
            }, (x) => x.check.indicators.some((i) => i.id === 'serviceLevel' && i.status === 'inconsistent')),
          },
          { label: s.cmpFlags, ...cells(rc, (x) => String(x.check.flags), (x) => x.check.flags > 0) },
          { label: s.cmpMissing, ...cells(rc, (x) => (x.check.missingKey.length ? x.check.missingKey.map((g) => g.map((id) => indicatorName(id, lang)).join(' / ')).join(', ') : s.cmpNone), (x) => x.check.missingKey.length > 0) },
        ],
      },
    ],
  };
}
