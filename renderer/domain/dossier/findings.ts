import type {
  Answer, AuditEntry, CallTestData, CountData, DocumentData, InterviewData, Match, OutcomeData, TimerData, ValueData, Visit,
} from '../model';
import type { DocField, Lang, Step, StepKind } from '../template/schema';
import { unitTexts } from '../template/library';
import type { TFunction } from 'i18next';
import type { DossierStrings } from './strings';
import { formatDay } from '../text/dates';
import { normalizeDate } from '../verdict/evidence';
import { auditDetailsText } from './audit-details';
import { formatDateTime, formatFrequency, formatNumber, type TextPicker } from './format';
import type { Block, StepFinding } from './types';

const KIND_KEY: Record<StepKind, keyof DossierStrings> = {
  count: 'kindCount', interview: 'kindInterview', observe: 'kindObserve', demo: 'kindDemo',
  document: 'kindDocument', timer: 'kindTimer', 'call-test': 'kindCallTest', value: 'kindValue',
};
const DOC_FIELD_KEY: Record<DocField, keyof DossierStrings> = {
  standard: 'docStandard', issuer: 'docIssuer', number: 'docNumber', scope: 'docScope',
  validUntil: 'docValidUntil', party: 'docParty', date: 'docDate',
};
const MATCH_KEY: Record<Match, keyof DossierStrings> = { yes: 'matchYes', partly: 'matchPartly', no: 'matchNo' };
const MATCH_TONE = { yes: 'meets', partly: 'partly', no: 'not-met' } as const;

export interface FindingContext {
  lang: Lang;
  s: DossierStrings;
  /** The dossier's texts with parameters and counts (`locales/<lang>/report.json`). */
  t: TFunction<'report'>;
  text: TextPicker;
  visit: Visit;
  /** The visit's time zone: every time of the dossier is shown in it, whichever machine builds the PDF. */
  tz: string;
  /** The whole audit log, to show the random picks recorded for an interview step. */
  audit: AuditEntry[];
}

/** Middle value; for an even count the mean of the two middle values. */
export function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

const secs = (ms: number, lang: Lang) => formatNumber(ms / 1000, lang, 1);

/** Audit details as short "key: value" text; nested values as JSON, cut so one entry cannot swamp a page. */
export function describeDetails(details: Record<string, unknown> | undefined, max = 300): string {
  if (!details) return '';
  const parts = Object.entries(details).map(([k, v]) => {
    const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
    return `${k}: ${value}`;
  });
  const text = parts.join('; ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function countBlocks(step: Extract<Step, { kind: 'count' }>, d: CountData, c: FindingContext): Block[] {
  const zones = Array.isArray(d?.zones) ? d.zones : [];
  const total = zones.reduce((sum, z) => sum + (Number.isFinite(z.count) ? z.count : 0), 0);
  const unit = c.text.pick(unitTexts(step.unit, total), '');
  const rows = zones.map((z) => [z.name || '—', formatNumber(z.count, c.lang)]);
  rows.push([c.s.total, `${formatNumber(total, c.lang)}${unit ? `\u00a0${unit}` : ''}`]);
  return [{ kind: 'table', head: [c.s.zone, c.s.count], rows }];
}

function interviewBlocks(step: Extract<Step, { kind: 'interview' }>, d: InterviewData, c: FindingContext): Block[] {
  const blocks: Block[] = [];
  const fields: [string, string][] = [[c.s.questionAsked, c.text.pick(step.question)]];
  if (step.reference) fields.push([c.s.reference, c.text.pick(step.reference)]);
  if (d?.pick) {
    fields.push([c.s.randomPick, c.t('pickText', {
      picked: d.pick.picked.join(', '), pool: d.pick.poolSize, at: formatDateTime(d.pick.at, c.lang, c.tz), inputs: d.pick.inputs,
    })]);
  }
  blocks.push({ kind: 'fields', rows: fields });
  const responses = Array.isArray(d?.responses) ? d.responses : [];
  if (responses.length > 0) {
    const extra = step.answerType === 'number' || step.answerType === 'frequency';
    const head = [c.s.respondent, c.s.answer, ...(extra ? [c.s.value] : []), c.s.match];
    const rows = responses.map((r) => {
      const value = r.frequency ? formatFrequency(r.frequency, c.s, c.lang) : r.number !== undefined ? formatNumber(r.number, c.lang, 2) : '—';
      return [r.respondent || '—', r.answer || '—', ...(extra ? [value] : []), r.match ? c.s[MATCH_KEY[r.match]] : c.s.matchNone];
    });
    blocks.push({ kind: 'table', head, rows, tones: responses.map((r) => (r.match ? MATCH_TONE[r.match] : 'not-verified')) });
  }
  return blocks;
}

function outcomeText(outcome: string | null | undefined, s: DossierStrings): string {
  switch (outcome) {
    case 'seen': return s.seen;
    case 'not-seen': return s.notSeen;
    case 'not-shown': return s.notShown;
    case 'obtained': return s.obtained;
    default: return s.outcomeNone;
  }
}

/** Whole days from the first visit day to the document's expiry; negative when it had already expired. */
function daysAfterVisit(validUntil: string, visitDate: string): number | null {
  const a = Date.parse(`${visitDate.slice(0, 10)}T00:00:00Z`);
  const b = Date.parse(`${validUntil.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(a) || Number.isNaN(b) ? null : Math.round((b - a) / 86_400_000);
}

function documentBlocks(step: Extract<Step, { kind: 'document' }>, d: DocumentData, c: FindingContext): Block[] {
  const rows: [string, string][] = [[c.s.outcome, outcomeText(d?.outcome, c.s)]];
  const fields = d?.fields ?? {};
  const order = [...(step.fields ?? []), ...(Object.keys(fields) as DocField[]).filter((f) => !step.fields?.includes(f))];
  for (const f of order) {
    const value = fields[f];
    if (value === undefined || value === '') continue;
    rows.push([c.s[DOC_FIELD_KEY[f]] ?? f, f === 'validUntil' || f === 'date' ? formatDay(normalizeDate(value) ?? value, c.lang) : value]);
  }
  const blocks: Block[] = [{ kind: 'fields', rows }];
  // A day typed before dates were checked (30.06.2027) still reads as that day.
  const validUntil = normalizeDate(fields.validUntil);
  if (validUntil) {
    const days = daysAfterVisit(validUntil, c.visit.dateFrom);
    if (days !== null) {
      const date = formatDay(validUntil, c.lang);
      blocks.push(days < 0
        ? { kind: 'text', tone: 'warn', text: `${c.s.expiry}: ${c.t('expired', { date })}` }
        : { kind: 'text', text: `${c.s.expiry}: ${c.t('validUntil', { date, days, count: days })}` });
    }
  }
  return blocks;
}

function timerBlocks(questionId: string, step: Extract<Step, { kind: 'timer' }>, d: TimerData, c: FindingContext): Block[] {
  const trials = (Array.isArray(d?.trials) ? d.trials : []).filter((t) => Number.isFinite(t.ms));
  // A trial that crossed an app reload was timed partly by the wall clock; the committee should know which.
  const resumed = new Set(c.audit
    .filter((e) => e.action === 'timer-trial-resumed' && e.questionId === questionId && e.stepId === step.id)
    .map((e) => e.details?.trialAt));
  const rows = trials.map((t, i) => [`${i + 1}${resumed.has(t.at) ? ' *' : ''}`, secs(t.ms, c.lang), formatDateTime(t.at, c.lang, c.tz)]);
  const blocks: Block[] = [{ kind: 'table', head: [c.s.trial, c.s.seconds, c.s.time], rows }];
  const marked = trials.map((t, i) => (resumed.has(t.at) ? String(i + 1) : '')).filter(Boolean);
  if (marked.length > 0) blocks.push({ kind: 'text', tone: 'muted', text: c.t('trialResumedNote', { trials: marked.join(', ') }) });
  if (trials.length > 0) {
    const ms = trials.map((t) => t.ms);
    // The seed asks for the average search time: the mean decides, the median and the worst show the spread.
    blocks.push({ kind: 'fields', rows: [
      [c.s.mean, `${secs(ms.reduce((a, b) => a + b, 0) / ms.length, c.lang)} ${c.s.secondsUnit}`],
      [c.s.median, `${secs(median(ms), c.lang)} ${c.s.secondsUnit}`],
      [c.s.worst, `${secs(Math.max(...ms), c.lang)} ${c.s.secondsUnit}`],
      [c.s.trial, c.t('trialsOf', { n: trials.length, required: step.trials, count: step.trials })],
    ] });
  }
  return blocks;
}

function callTestBlocks(d: CallTestData, c: FindingContext): Block[] {
  const rec = { 'not-requested': c.s.recNotRequested, requested: c.s.recRequested, received: c.s.recReceived, refused: c.s.recRefused }[d?.recording] ?? '—';
  const rows: [string, string][] = [
    [c.s.calledAt, formatDateTime(d?.calledAt, c.lang, c.tz)],
    [c.s.number, d?.number || '—'],
    [c.s.callerId, d?.callerId || '—'],
    [c.s.recording, rec],
  ];
  if (d?.requestedAt) rows.push([c.s.requestedAt, formatDateTime(d.requestedAt, c.lang, c.tz)]);
  if (d?.receivedAt) rows.push([c.s.receivedAt, formatDateTime(d.receivedAt, c.lang, c.tz)]);
  return [{ kind: 'fields', rows }];
}

function valueBlocks(step: Extract<Step, { kind: 'value' }>, d: ValueData, c: FindingContext): Block[] {
  const unit = c.text.pick(unitTexts(step.unit, d?.number), '');
  const withUnit = (v: string) => (unit ? `${v}\u00a0${unit}` : v);
  const parts: string[] = [];
  if (d?.number !== undefined) parts.push(step.valueType === 'percent' ? `${formatNumber(d.number, c.lang, 2)} %` : withUnit(formatNumber(d.number, c.lang, 2)));
  if (d?.frequency) parts.push(formatFrequency(d.frequency, c.s, c.lang));
  if (d?.yesNo !== undefined) parts.push(d.yesNo ? c.s.yes : c.s.no);
  if (d?.text) parts.push(d.text);
  return [{ kind: 'fields', rows: [[c.s.value, parts.join('; ') || '—']] }];
}

function blocksFor(step: Step, answer: Answer, c: FindingContext): Block[] {
  switch (step.kind) {
    case 'count': return countBlocks(step, answer.data as CountData, c);
    case 'interview': return interviewBlocks(step, answer.data as InterviewData, c);
    case 'observe':
    case 'demo': return [{ kind: 'fields', rows: [[c.s.outcome, outcomeText((answer.data as OutcomeData)?.outcome, c.s)]] }];
    case 'document': return documentBlocks(step, answer.data as DocumentData, c);
    case 'timer': return timerBlocks(answer.questionId, step, answer.data as TimerData, c);
    case 'call-test': return callTestBlocks(answer.data as CallTestData, c);
    case 'value': return valueBlocks(step, answer.data as ValueData, c);
  }
}

/** Random picks the audit log holds for this step (they stand even if the answer was later edited). */
function loggedPicks(questionId: string, stepId: string, c: FindingContext): Block[] {
  const picks = c.audit.filter((e) => e.action === 'random-pick' && e.questionId === questionId && (e.stepId === undefined || e.stepId === stepId));
  return picks.map((e) => ({
    kind: 'text' as const,
    tone: 'muted' as const,
    // In words, as the audit appendix says it: never `inputs: …; poolSize: …; picked: [...]`.
    text: c.t('pickLogged', { at: formatDateTime(e.at, c.lang, c.tz), author: e.author || '—', details: auditDetailsText(e, { ...c, photos: new Map() }) }),
  }));
}

/**
 * What was found for one step. A malformed answer (data of another shape than its kind) shows what can be
 * read rather than failing the whole dossier.
 */
export function stepFinding(questionId: string, step: Step, answer: Answer | undefined, c: FindingContext): StepFinding {
  const base = { stepId: step.id, title: c.text.pick(step.prompt), kindLabel: c.s[KIND_KEY[step.kind]], optional: step.optional === true };
  const picks = step.kind === 'interview' ? loggedPicks(questionId, step.id, c) : [];
  if (!answer) {
    return { ...base, answered: false, blocks: [{ kind: 'text', tone: 'warn', text: c.s.notAnswered }, ...picks] };
  }
  let blocks: Block[];
  try {
    if (answer.kind !== step.kind) throw new Error('answer of another kind');
    blocks = blocksFor(step, answer, c);
  } catch {
    blocks = [{ kind: 'text', tone: 'warn', text: JSON.stringify(answer.data).slice(0, 500) }];
  }
  return {
    ...base,
    answered: true,
    blocks: [...blocks, ...picks],
    byline: c.t('capturedBy', { author: answer.author || '—', at: formatDateTime(answer.updatedAt, c.lang, c.tz) }),
  };
}
