import { translator } from '../../i18n/instance';
import {
  checkSignoff, closingFindings, closingState, compareFindings, disputeResolutions, editsAfter, standingResolution, type PostMeetingChange,
} from '../closing';
import type { ClosingFinding, ClosingSignoff, SignatureMark, VisitBundle } from '../model';
import type { Lang, Template } from '../template/schema';
import { evaluateVisit } from '../verdict/evaluate';
import type { VisitEvaluation } from '../verdict/types';
import { formatDateTime } from './format';

/**
 * The dossier's "Closing meeting" part: who attended, each finding as shown with the vendor's answer and
 * comment (and how a dispute was resolved), both signatures with their SHA-256 or the refusal, and what changed
 * after the meeting. Labels are in the dossier's language; the findings stay in the meeting's, as signed.
 */

export interface DossierSignature {
  label: string;
  /** "drawn signature" / "typed confirmation, not a drawn signature". */
  method: string;
  /** A drawn signature's PNG, for the renderer to embed under `alias`. */
  image?: { alias: string; pngBase64: string; width: number; height: number };
  sha256?: string;
  typedName?: string;
  /** Set when the image no longer gives its SHA-256. */
  warning?: string;
}

export interface DossierClosingFinding {
  n: number;
  key: string;
  questionNumber: number;
  kind: string;
  question: string;
  text: string;
  answer: string;
  comment: string;
  resolutions: string[];
  /** Set when the finding changed after the meeting (or is no longer one): what changed. */
  changed?: string;
}

export interface DossierClosingMeeting {
  id: string;
  attendees: [string, string][];
  findingsHash: string;
  hashOk: boolean;
  hashText: string;
  findings: DossierClosingFinding[];
  signatures: DossierSignature[];
  refusal?: string;
  /** Every post-meeting change of the findings, one line each; added findings included. */
  changes: string[];
  edits: string[];
}

export interface DossierClosing {
  title: string;
  intro: string;
  labels: {
    attendees: string; findingsHash: string; findings: string; colFinding: string; colAnswer: string; colAfter: string;
    unchanged: string; signatures: string; changes: string; editsAfter: string; none: string; hashLabel: string;
  };
  /** No sign-off recorded: the part says so. */
  none?: string;
  conflict?: string;
  meetings: DossierClosingMeeting[];
}

export interface ClosingInput {
  template: Template;
  bundle: VisitBundle;
  /** The dossier's evaluation; reused for the current findings when the meeting was held in the dossier's language. */
  evaluation: VisitEvaluation;
  lang: Lang;
  tz: string;
}

function currentFindings(input: ClosingInput, s: ClosingSignoff): ClosingFinding[] {
  const evaluation = s.lang === input.lang ? input.evaluation : evaluateVisit(input.template, input.bundle, { lang: s.lang });
  return closingFindings(input.template, evaluation, input.bundle.visit.targetCategory, s.lang, { timeZone: input.tz });
}

/**
 * The part, and per question id the sentence its question page carries when its findings changed after the
 * meeting.
 */
export function buildDossierClosing(input: ClosingInput): { part: DossierClosing; questionMarks: Map<string, string> } {
  const t = translator(input.lang, 'closing');
  const mt = (s: ClosingSignoff) => translator(s.lang, 'closing');
  const at = (iso: string) => formatDateTime(iso, input.lang, input.tz);
  const state = closingState(input.bundle);
  const signoffs = state.status === 'open' ? [] : state.status === 'signed' ? [state.signoff] : state.signoffs;
  const numberOf = new Map(input.template.sections.flatMap((sec) => sec.questions.map((q) => [q.id, q.number] as const)));
  const questionMarks = new Map<string, string>();

  const changeText = (c: PostMeetingChange, m: ReturnType<typeof mt>): string => {
    if (c.type === 'added') return `${t('change.added')}: ${m('finding.question', { number: c.finding.number, title: c.finding.title })} — ${c.finding.text}`;
    if (c.type === 'removed') return `${t('change.removed')}: ${m('finding.question', { number: c.finding.number, title: c.finding.title })} — ${c.finding.text}`;
    return `${t('change.changed')} (${c.fields.map((f) => t(`change.field.${f}`)).join(', ')}): ${m('finding.question', { number: c.after.number, title: c.after.title })}. `
      + `${t('changes.before', { text: c.before.text })} ${t('changes.after', { text: c.after.text })}`;
  };

  const signature = (s: ClosingSignoff, side: 'evaluator' | 'vendor', mark: SignatureMark, ok: boolean): DossierSignature => {
    const label = t(side === 'evaluator' ? 'signature.evaluator' : 'signature.vendor');
    if (mark.method === 'typed') return { label, method: t('signature.typedNote'), typedName: mark.typedName };
    return {
      label, method: t('signature.drawnNote'), sha256: mark.image.sha256,
      image: { alias: `signature-${s.id}-${side}`, pngBase64: mark.image.pngBase64, width: mark.image.width, height: mark.image.height },
      ...(ok ? {} : { warning: t('dossier.signatureBad') }),
    };
  };

  const meetings = signoffs.map((s): DossierClosingMeeting => {
    const m = mt(s);
    const check = checkSignoff(s);
    const changes = compareFindings(s.findings, currentFindings(input, s));
    const byKey = new Map(changes.map((c) => [c.key, c]));
    const resolutions = disputeResolutions(s, input.bundle.audit ?? []);
    for (const c of changes) {
      const f = c.type === 'changed' ? c.after : c.finding;
      const what = c.type === 'changed' ? `${c.before.text} → ${c.after.text}` : `${c.type === 'added' ? t('change.added') : t('change.removed')}: ${f.text}`;
      questionMarks.set(f.questionId, [questionMarks.get(f.questionId), t('dossier.questionChanged', { what })].filter(Boolean).join(' '));
    }
    const findings = s.findings.map((f, i): DossierClosingFinding => {
      const r = s.responses.find((x) => x.key === f.key);
      const c = byKey.get(f.key);
      const list = resolutions.get(f.key) ?? [];
      return {
        n: i + 1, key: f.key, questionNumber: f.number, kind: m(`kind.${f.kind}`), question: m('finding.question', { number: f.number, title: f.title }), text: f.text,
        answer: t(`answer.${r?.answer ?? 'none'}`), comment: r?.comment ?? '',
        resolutions: list.map((x) => t('dispute.resolved', { outcome: t(`resolution.${x.outcome}`), author: x.author || '—', at: at(x.at), reason: x.reason || '—' })),
        ...(r?.answer === 'dispute' && !standingResolution(list) ? { resolutions: [t('dispute.open')] } : {}),
        ...(c ? { changed: c.type === 'removed' ? t('change.removed') : `${t('change.changed')}: ${c.type === 'changed' ? c.after.text : ''}` } : {}),
      };
    });
    const sigOk = (side: 'evaluator' | 'vendor') => check.signatures.find((x) => x.side === side)?.ok ?? true;
    const signatures = [signature(s, 'evaluator', s.evaluator.signature, sigOk('evaluator'))];
    if (s.vendor.status === 'signed') signatures.push(signature(s, 'vendor', s.vendor.signature, sigOk('vendor')));
    return {
      id: s.id,
      attendees: [
        [t('dossier.representative'), `${s.representative.name}, ${s.representative.role}`],
        [t('dossier.evaluator'), s.evaluator.name],
        [t('dossier.signedAt'), `${at(s.signedAt)} (${s.author || '—'}, ${s.device})`],
      ],
      findingsHash: s.findingsHash,
      hashOk: check.findingsOk,
      hashText: check.findingsOk ? t('dossier.hashOk') : t('dossier.hashBad'),
      findings,
      signatures,
      ...(s.vendor.status === 'refused' ? { refusal: t('dossier.refused', { reason: s.vendor.reason || '—' }) } : {}),
      changes: changes.map((c) => changeText(c, m)),
      edits: editsAfter(input.bundle, s.signedAt).map((e) => t('changes.edit', { number: numberOf.get(e.questionId) ?? e.questionId, what: e.stepId ?? e.table, author: e.author || '—', at: at(e.at) })),
    };
  });

  const meetingLang = signoffs[0]?.lang ?? input.lang;
  const part: DossierClosing = {
    title: t('dossier.title'),
    intro: t('dossier.intro', { lang: t(`dossier.langName.${meetingLang}`) }),
    labels: {
      attendees: t('dossier.attendees'), findingsHash: t('dossier.findingsHash'), findings: t('dossier.findings'), colFinding: t('dossier.colFinding'),
      colAnswer: t('dossier.colAnswer'), colAfter: t('dossier.colAfter'), unchanged: t('dossier.unchanged'), signatures: t('dossier.signatures'),
      changes: t('dossier.changes'), editsAfter: t('dossier.editsAfter'), none: t('changes.none'), hashLabel: t('dossier.findingsHash'),
    },
    ...(signoffs.length === 0 ? { none: t('dossier.none') } : {}),
    ...(signoffs.length > 1 ? { conflict: t('dossier.conflict') } : {}),
    meetings,
  };
  return { part, questionMarks };
}
