import { translator } from '../../i18n/instance';
import type { ClosingFinding, ClosingFindingKind } from '../model';
import { formatDateTime } from '../dossier/format';
import type { Lang, Template } from '../template/schema';
import { localize } from '../template/library';
import { decisionReason, formatFinding, formatReason } from '../verdict/reasons';
import type { Discrepancy, QuestionResult, VisitEvaluation } from '../verdict/types';

/**
 * The preliminary findings the closing meeting shows the vendor's representative: every discrepancy with the
 * vendor's claim, every question not met for the visit's target category, and every open follow-up (a test
 * call's recording owed, a copy of a document owed). They are read off the visit's evaluation (evaluateVisit),
 * the same one the summary and the dossier show, so the meeting never shows something the dossier would not.
 * Every text is rendered in the meeting's language here: the frozen list is exactly what was on the screen.
 */

const KIND_ORDER: Record<ClosingFindingKind, number> = { discrepancy: 0, 'not-met': 1, 'recording-owed': 2, 'document-owed': 3 };

export const findingKey = (kind: ClosingFindingKind, questionId: string, stepId?: string): string =>
  stepId ? `${kind}:${questionId}:${stepId}` : `${kind}:${questionId}`;

function discrepancyText(d: Discrepancy, lang: Lang): string {
  let found = d.found;
  try {
    found = (d.finding ? formatFinding(d.finding, lang) : undefined) ?? d.found;
  } catch {
    // A finding the engine cannot phrase keeps its display text.
  }
  return translator(lang, 'closing')('finding.discrepancy', { claim: d.claim.value.trim(), found });
}

function reasonOf(r: QuestionResult, lang: Lang): string {
  const reason = (r.override && decisionReason(r.override)) || r.reason;
  try {
    return formatReason(reason, lang);
  } catch {
    return reason.code;
  }
}

export interface FindingsOptions {
  /** The visit's time zone, for the time a recording was requested. */
  timeZone: string;
}

/** The closing meeting's findings for a visit, in `lang`, ordered by question number, then kind, then step. */
export function closingFindings(template: Template, evaluation: VisitEvaluation, targetCategory: string, lang: Lang, options: FindingsOptions): ClosingFinding[] {
  const t = translator(lang, 'closing');
  const results = new Map(evaluation.results.map((r) => [r.question.id, r]));
  const order = new Map<string, number>();
  template.sections.forEach((s) => s.questions.forEach((q) => order.set(q.id, q.number)));
  const out: ClosingFinding[] = [];
  const add = (kind: ClosingFindingKind, questionId: string, text: string, stepId?: string) => {
    const q = results.get(questionId)?.question;
    out.push({
      key: findingKey(kind, questionId, stepId), kind, questionId, ...(stepId ? { stepId } : {}),
      number: q?.number ?? order.get(questionId) ?? 0, title: q ? localize(q.title, lang) : questionId, text,
    });
  };

  for (const d of evaluation.discrepancies) add('discrepancy', d.questionId, discrepancyText(d, lang));
  for (const r of evaluation.results) {
    if (!r.applicable || r.notApplicable || r.effective !== 'not-met') continue;
    add('not-met', r.question.id, t('finding.notMet', { category: targetCategory, reason: reasonOf(r, lang) }));
  }
  for (const f of evaluation.followUps) {
    const status = f.status === 'requested' && f.since
      ? t('finding.recordingRequested', { since: formatDateTime(f.since, lang, options.timeZone) })
      : f.status === 'requested' ? t('finding.recordingRequested', { since: '' }).trim() : t('finding.recordingNotRequested');
    add('recording-owed', f.questionId, t('finding.recordingOwed', { status }), f.stepId);
  }
  for (const r of evaluation.results) {
    if (!r.applicable || r.notApplicable) continue;
    for (const s of r.steps ?? []) {
      if (s.reason.code === 'document-no-copy') add('document-owed', r.question.id, t('finding.documentOwed'), s.stepId);
    }
  }
  return out.sort((a, b) => a.number - b.number || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export { FINDINGS_FORMAT, FINDINGS_FORMAT_VERSION, hashFindings, serializeFindings } from './hash';
