import type { ParseKeys, TFunction } from 'i18next';
import { translator } from '../../i18n/instance';
import { VERDICTS, type Decision, type Verdict } from '../model';
import type { Lang, Rule } from '../template/schema';
import { formatDay } from '../text/dates';
import type { Finding, Reason } from './types';

/**
 * Sentences for reasons and findings: `locales/<lang>/verdict.json` on i18next (a private instance, so the CLI
 * and the PDF builder use the same texts as the UI). Counts go through i18next's plural rules for each language.
 * Sentences start in lower case so callers can put them after a label or capitalise them.
 */

type Params = Reason['params'];
type Key = ParseKeys<'verdict'>;

const tr = (lang: Lang): TFunction<'verdict'> => translator(lang, 'verdict');

/** Numbers as each language writes them (12,5 in ru/uk); a plain no-break space groups thousands, since some PDF fonts lack the narrow one. */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n).replace(/\u202f/g, '\u00a0');
}

const UNITS = ['seats', 'agents', 'seconds', 'minutes', 'calls', 'per-year', 'percent'] as const satisfies readonly Rule['unit'][];

/** "184 seats", "184 места", "12,5 секунды", "45%", "26 times a year". */
export function formatQuantity(n: number, unit: string, lang: Lang): string {
  const num = formatNumber(n, lang);
  if (!(UNITS as readonly string[]).includes(unit)) return num;
  return tr(lang)(`unit.${unit as (typeof UNITS)[number]}`, { count: n, n: num });
}

export function formatVerdict(v: Verdict, lang: Lang): string {
  return tr(lang)(`verdict.${v}`);
}

const OPS: Record<string, Key> = { '>': 'op.gt', '>=': 'op.gte', '<': 'op.lt', '<=': 'op.lte' };

const num = (p: Params, key: string): number | undefined => (typeof p[key] === 'number' ? (p[key] as number) : undefined);
const str = (p: Params, key: string): string => (p[key] === undefined ? '' : String(p[key]));

/** How the measured number was obtained: "counted 184 seats", "медиана 5 замеров: 12,5 секунды". */
function measuredPhrase(p: Params, lang: Lang): string {
  const value = num(p, 'measured');
  if (value === undefined) return '';
  const t = tr(lang);
  const q = formatQuantity(value, str(p, 'unit'), lang);
  const n = num(p, 'samples') ?? 1;
  const kind = str(p, 'kind');
  const measure = str(p, 'measure');
  if (kind === 'count') return t('measured.count', { q });
  if (kind === 'value') return t('measured.value', { q });
  if (kind === 'timer' || kind === 'interview') {
    const what = kind === 'timer' ? 'trials' : 'answers';
    if (n === 1) return t(`measured.single.${what}`, { q });
    const m = measure === 'mean' || measure === 'worst' || measure === 'total' ? measure : 'median';
    return t(`measured.${m}.${what}`, { n: formatNumber(n, lang), count: n, q });
  }
  return t('measured.generic', { q });
}

/** "category A needs more than 200", with the relative bound and the partly band spelled out. */
function boundPhrase(p: Params, lang: Lang): string {
  const bound = num(p, 'bound');
  if (bound === undefined) return '';
  const t = tr(lang);
  const pct = str(p, 'unit') === 'percent' ? '%' : '';
  const opKey = OPS[str(p, 'op')];
  const op = opKey ? t(opKey) : str(p, 'op');
  const factor = num(p, 'factor');
  const seats = num(p, 'projectSeats');
  const partly = num(p, 'partly');
  const b = `${formatNumber(bound, lang)}${pct}`;
  // Relative bounds show their arithmetic: "category C needs at least 2 × 150 = 300 seats".
  const rel = factor !== undefined && seats !== undefined
    ? `${formatNumber(factor, lang)} × ${formatNumber(seats, lang)} = ${formatQuantity(bound, str(p, 'unit'), lang)}` : undefined;
  const part = partly !== undefined ? `${op} ${formatNumber(partly, lang)}${pct}` : '';
  return t('bound', { category: str(p, 'category'), op, value: rel ?? b }) + (part ? t('boundPartly', { part }) : '');
}

const join = (...parts: string[]) => parts.filter(Boolean).join('; ');

function contraryPhrase(p: Params, lang: Lang): string {
  const n = num(p, 'contrary');
  return n ? tr(lang)('contrary', { n: formatNumber(n, lang) }) : '';
}

function tally(p: Params, lang: Lang): string {
  const t = tr(lang);
  const parts: string[] = [];
  for (const k of ['partly', 'negative', 'open'] as const) {
    const n = num(p, k) ?? 0;
    if (n) parts.push(t(`tally.${k}`, { n: formatNumber(n, lang) }));
  }
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function sentence(code: Reason['code'], p: Params, lang: Lang): string {
  const t = tr(lang);
  const n = (k: string) => formatNumber(num(p, k) ?? 0, lang);
  const date = (k: string) => formatDay(str(p, k), lang);
  const kind = str(p, 'kind');
  const reason = str(p, 'reason');
  switch (code) {
    case 'threshold-met': case 'threshold-partly': case 'threshold-not-met':
      return join(measuredPhrase(p, lang), boundPhrase(p, lang), contraryPhrase(p, lang));
    case 'missing-project-seats':
      return join(measuredPhrase(p, lang), t('reason.missing-project-seats', { category: str(p, 'category') }));
    case 'all-seen': return t('reason.all-seen', { total: n('total'), count: num(p, 'total') ?? 0 });
    case 'some-seen': return t('reason.some-seen', { positive: n('positive'), total: n('total'), count: num(p, 'total') ?? 0, tally: tally(p, lang) });
    case 'none-seen': return t('reason.none-seen', { total: n('total'), count: num(p, 'total') ?? 0, tally: tally(p, lang) });
    case 'interview-match':
      return num(p, 'total') === 1 ? t('reason.interview-match.single') : t('reason.interview-match.all', { total: n('total'), count: num(p, 'total') ?? 0 });
    case 'interview-partly': return t('reason.interview-partly', { yes: n('yes'), total: n('total'), count: num(p, 'total') ?? 0, partly: n('partly'), no: n('no') });
    case 'interview-mismatch':
      return num(p, 'total') === 1 ? t('reason.interview-mismatch.single') : t('reason.interview-mismatch.all', { total: n('total'), count: num(p, 'total') ?? 0 });
    case 'document-expired': return t('reason.document-expired', { validUntil: date('validUntil'), visitDate: date('visitDate') });
    case 'missing-evidence': return t('reason.missing-evidence');
    case 'not-applicable': return reason ? t('reason.not-applicable-why', { reason }) : t('reason.not-applicable');
    case 'override': {
      const v = str(p, 'verdict');
      const verdict = (VERDICTS as readonly string[]).includes(v) ? formatVerdict(v as Verdict, lang) : v;
      return reason ? t('reason.override-why', { verdict, reason }) : t('reason.override', { verdict });
    }
    case 'seen':
      return t(kind === 'demo' ? 'reason.seen.demo' : kind === 'document'
        ? (str(p, 'outcome') === 'obtained' ? 'reason.seen.obtained' : 'reason.seen.shown') : 'reason.seen.site');
    case 'not-seen':
      return t(kind === 'demo' ? 'reason.not-seen.demo' : kind === 'document' ? 'reason.not-seen.document'
        : str(p, 'outcome') === 'not-shown' ? 'reason.not-seen.not-shown' : 'reason.not-seen.site');
    case 'evidence-captured':
      if (str(p, 'answer') === 'yes') return t('reason.evidence-captured.yes');
      if (kind === 'count' && num(p, 'value') !== undefined) return t('reason.evidence-captured.count', { value: n('value') });
      if (kind === 'timer') return t('reason.evidence-captured.timer', { samples: n('samples') });
      if (kind === 'interview') return t('reason.evidence-captured.interview', { samples: n('samples') });
      return t('reason.evidence-captured.other');
    case 'stated-no': return t('reason.stated-no');
    case 'too-few-respondents': return t('reason.too-few-respondents', { asked: n('asked'), min: n('min'), count: num(p, 'min') ?? 0 });
    case 'document-no-copy': return t('reason.document-no-copy');
    case 'document-date-invalid': return t('reason.document-date-invalid', { value: str(p, 'value') });
    case 'document-standard-missing': return t('reason.document-standard-missing', { expected: str(p, 'expected') });
    case 'document-wrong-standard': return t('reason.document-wrong-standard', { recorded: str(p, 'recorded'), expected: str(p, 'expected') });
    case 'recording-received': return t('reason.recording-received');
    case 'recording-refused': return t('reason.recording-refused');
    case 'recording-pending':
      return t(str(p, 'status') === 'requested' ? 'reason.recording-pending.requested' : 'reason.recording-pending.made');
    default: return code;
  }
}

/** One reason as a sentence, e.g. en "counted 184 seats; category A needs more than 200". */
export function formatReason(reason: Reason, lang: Lang): string {
  const text = sentence(reason.code, reason.params, lang);
  const judged = str(reason.params, 'cumulativeFor');
  const from = str(reason.params, 'category');
  if (!judged || !from || judged === from) return text;
  // A lower category's requirement is what failed: say so before the sentence about it.
  return tr(lang)('cumulative', { judged, from, text });
}

/** What was found, for the discrepancy table: "184 seats", "not met — the document was not shown". */
export function formatFinding(finding: Finding, lang: Lang): string {
  if (finding.type === 'measured') return formatQuantity(finding.value, finding.unit, lang);
  if (finding.type === 'claim-mismatch') {
    const seen = finding.seen?.trim();
    return seen ? tr(lang)('mismatch.seen', { seen }) : tr(lang)('mismatch.bare');
  }
  const v = formatVerdict(finding.verdict, lang);
  return finding.reason ? `${v} — ${formatReason(finding.reason, lang)}` : v;
}

/** The evaluator's decision as a reason, so the UI and the dossier render it like any other. */
export function decisionReason(d: Decision): Reason | undefined {
  if (d.type === 'not-applicable') return { code: 'not-applicable', params: { reason: d.reason } };
  if (d.type === 'override' && d.verdict) return { code: 'override', params: { verdict: d.verdict, reason: d.reason } };
  return undefined;
}
