import { auditDetailsText } from './audit-details';
import { dossierFingerprint } from './fingerprint';
import { verifyAuditChains, type DeviceChain } from '../audit/chain';
import { selectAnswers, currentDecisions, stepKey } from '../answers';
import type { AuditEntry, Claim, Decision, Photo, Verdict, VisitBundle } from '../model';
import { CATEGORIES, type Category, type Lang, type Question, type Template } from '../template/schema';
import { unitTexts } from '../template/library';
import type { Discrepancy, FollowUp, Measurement, QuestionResult, Reason, VisitEvaluation } from '../verdict/types';
import { formatDayRange } from '../text/dates';
import { utcOffset, visitTimeZone } from '../time';
import { formatFinding, formatQuantity, formatReason } from '../verdict/reasons';
import { describeDetails, stepFinding, type FindingContext } from './findings';
import { formatDateTime, formatNumber, SHOWN_VERDICTS, TextPicker, verdictWord } from './format';
import { dossierStrings, dossierT, type DossierKey, type DossierStrings } from './strings';
import { buildDossierTools } from './tools';
import { buildDossierClosing } from './closing';
import { currentRedaction } from '../photo/redaction';
import type {
  AuditRow, BlockerRef, DossierAnswer, DossierModel, DossierOptions, DossierPhoto, DossierQuestion, DossierSummary, EvidenceRow, PhotoCheck, QuestionRef, SectionRow, Shown,
} from './types';

export type ReasonFormatter = (reason: Reason, lang: Lang) => string;
export type FindingFormatter = (d: Discrepancy, lang: Lang) => string | undefined;

export interface DossierInput {
  template: Template;
  bundle: VisitBundle;
  evaluation: VisitEvaluation;
  lang: Lang;
  options: DossierOptions;
  /** ISO timestamp of generation; passed in so the model is reproducible. */
  generatedAt: string;
  /** Result of checking each photo's original against its SHA-256; a photo absent here is shown as not checked. */
  photoInfo: ReadonlyMap<string, PhotoCheck>;
  /** Sentence for a reason; the verdict engine's formatReason unless a caller (a test) passes another. */
  formatReason?: ReasonFormatter;
  /** A discrepancy's finding in `lang`; defaults to the engine's formatFinding, falling back to its display text. */
  formatFinding?: FindingFormatter;
}

interface Ctx extends FindingContext {
  input: DossierInput;
  byQuestion: Map<string, { question: Question; sectionTitle: string }>;
}

const newestFirst = <T extends { updatedAt: string }>(a: T, b: T) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

/** Category one step better than `c`; C when nothing is reached yet, null above A. */
export function nextCategoryUp(c: Category | null): Category | null {
  if (c === null) return 'C';
  const i = CATEGORIES.indexOf(c);
  return i > 0 ? CATEGORIES[i - 1] : null;
}

/** A is better than B is better than C. */
export const isBetter = (a: Category, b: Category) => CATEGORIES.indexOf(a) < CATEGORIES.indexOf(b);

export function shownVerdict(r: QuestionResult | undefined): Shown {
  if (!r) return 'not-verified';
  return !r.applicable || r.notApplicable ? 'n/a' : r.effective;
}

function safeFileName(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/\s+/g, ' ').trim().slice(0, 80) || 'dossier';
}

function questionRef(c: Ctx, questionId: string): QuestionRef {
  const q = c.byQuestion.get(questionId);
  return q ? { number: q.question.number, title: c.text.pick(q.question.title) } : { number: 0, title: questionId };
}

function measurementText(m: Measurement, c: Ctx): string {
  const how = c.s[`measure.${m.measure}` as keyof DossierStrings] ?? m.measure;
  return `${formatQuantity(m.value, m.unit, c.lang)} (${how}, ${c.t('samples', { count: m.samples, n: formatNumber(m.samples, c.lang) })})`;
}

function reasonText(reason: Reason | undefined, c: Ctx): string {
  if (!reason) return '';
  try {
    return (c.input.formatReason ?? formatReason)(reason, c.lang);
  } catch {
    return `${reason.code} ${describeDetails(reason.params)}`;
  }
}

function decisionText(key: DossierKey, d: Decision, c: Ctx): string {
  return c.t(key, { author: d.author || '—', at: formatDateTime(d.updatedAt, c.lang, c.tz), reason: d.reason?.trim() || '—' });
}

/** Who decided what against the rule, in one sentence the badge cannot contradict. */
function overrideNotice(r: QuestionResult, d: Decision, c: Ctx): string {
  const params = { author: d.author || '—', at: formatDateTime(d.updatedAt, c.lang, c.tz), reason: d.reason?.trim() || '—' };
  if (r.suggested === r.effective) return c.t('confirmedRule', params);
  return c.t('overrodeRule', { ...params, verdict: verdictWord(r.effective, c.s), suggested: verdictWord(r.suggested, c.s) });
}

function photoTime(p: Photo): string {
  return p.takenAt || p.createdAt;
}

/** A photo without a caption is named by what identifies it: its number for life and the file it came from. */
function uncaptioned(p: Photo, c: Ctx): string {
  const parts = [typeof p.number === 'number' ? c.t('photoNumbered', { n: String(p.number) }) : '', p.fileName?.trim() ?? ''].filter(Boolean);
  return parts.length ? parts.join(' · ') : c.s.untitledCaption;
}

function dossierPhoto(p: Photo, c: Ctx): DossierPhoto {
  const check = c.input.photoInfo.get(p.id);
  const s = c.s;
  let status: DossierPhoto['status'];
  let statusText: string;
  if (p.deleted) {
    status = 'deleted';
    statusText = c.t('photoDeleted', { at: formatDateTime(p.deleted.at, c.lang, c.tz), author: p.deleted.by || '—', reason: p.deleted.reason || '—' });
  } else if (!check) {
    status = 'unchecked';
    statusText = s.photoUnchecked;
  } else {
    status = check.status;
    statusText = check.status === 'ok' ? s.photoOk : check.status === 'missing' ? s.photoMissing : s.photoMismatch;
  }
  // A redacted photo is shown only as its redacted copy: without that copy it is not shown at all.
  const redaction = currentRedaction(c.input.bundle.redactions ?? [], p.id);
  const embeddable = redaction ? check?.redacted === true : check?.report === true;
  const embed = !p.deleted && c.input.options.includePhotos && embeddable;
  const imageNote = embed || p.deleted ? undefined : !c.input.options.includePhotos ? s.photoNotEmbedded : redaction ? s.photoRedactedMissing : s.photoNoImage;
  const sha = typeof p.sha256 === 'string' ? p.sha256.toLowerCase() : '';
  return {
    id: p.id,
    caption: p.caption?.trim() || uncaptioned(p, c),
    // EXIF times carry no offset: they are the camera's own clock, said so rather than shifted into the zone.
    capturedAt: formatDateTime(photoTime(p), c.lang, c.tz, c.s.cameraClock),
    capturedAtIso: photoTime(p),
    author: p.author || '—',
    device: p.device || '—',
    sha256: sha || '—',
    shaPrefix: sha.slice(0, 12) || '—',
    status,
    statusText,
    embed,
    ...(imageNote ? { imageNote } : {}),
    ...(redaction ? { redactedSha256: redaction.redacted.sha256 } : {}),
    questionNumber: c.byQuestion.get(p.questionId)?.question.number ?? null,
    width: p.width,
    height: p.height,
  };
}

/** Photos in the order of the template's steps, then by capture time, so the pages follow the visit's flow. */
function orderPhotos(photos: Photo[], c: Ctx): Photo[] {
  const stepIndex = (p: Photo) => {
    const q = c.byQuestion.get(p.questionId)?.question;
    return (q?.number ?? 1e6) * 100 + Math.max(0, q?.steps.findIndex((st) => st.id === p.stepId) ?? 0);
  };
  return [...photos].sort((a, b) => stepIndex(a) - stepIndex(b) || (photoTime(a) < photoTime(b) ? -1 : photoTime(a) > photoTime(b) ? 1 : a.id < b.id ? -1 : 1));
}

function buildQuestion(
  q: Question, sectionTitle: string, r: QuestionResult | undefined, c: Ctx,
  answers: ReturnType<typeof selectAnswers>['byStep'], claims: Map<string, Claim>, decisions: Map<string, Decision>, photos: Photo[],
): DossierQuestion {
  const s = c.s;
  const target = c.input.bundle.visit.targetCategory;
  const steps = q.steps.map((st) => stepFinding(q.id, st, answers.get(stepKey(q.id, st.id)), c));
  const claim = claims.get(q.id);
  const claimValue = claim?.value?.trim();
  // A bare number ("102", "40-50") takes the unit in the form that agrees with its (last) number: "102 места".
  const claimNumber = /^\d+(?:[.,]\d+)?(?:\s*[-–]\s*(\d+(?:[.,]\d+)?))?$/.exec(claimValue ?? '');
  const claimUnit = c.text.pick(unitTexts(q.claim.unit, claimNumber ? Number((claimNumber[1] ?? claimNumber[0]).replace(',', '.')) : undefined), '');
  const verdict = shownVerdict(r);
  const decision = decisions.get(q.id);
  const override = r?.override ?? (decision?.type === 'override' ? decision : undefined);
  const naDecision = r?.notApplicable ?? (decision?.type === 'not-applicable' ? decision : undefined);
  const warnings: string[] = [];
  if (!r) warnings.push(s.noEvaluation);
  if (r && r.conflicts > 0) warnings.push(c.t('conflictNote', { count: r.conflicts }));
  if (r?.discrepancy) warnings.push(`${s.claim}: ${r.discrepancy.claim.value} — ${s.found}: ${findingText(r.discrepancy, c)}`);

  const notes: string[] = [];
  for (const st of q.steps) {
    const a = answers.get(stepKey(q.id, st.id));
    if (a?.note?.trim()) notes.push(`${a.author || '—'}: ${a.note.trim()}`);
  }
  const recommended = q.recommended[target];
  return {
    id: q.id,
    number: q.number,
    title: c.text.pick(q.title),
    sectionTitle,
    categories: q.categories.join(', '),
    applicable: verdict !== 'n/a',
    why: c.text.pick(q.why),
    recommended: recommended ? c.text.pick(recommended) : c.t('recommendedNone', { category: target }),
    // Only a bare number takes the unit: a claim typed with its own words ("240 рабочих мест", "35%") stays as typed,
    // never "240 рабочих мест місць" or "35% % в год".
    claim: claimValue ? (claimUnit && claimNumber ? `${claimValue}\u00a0${claimUnit}` : claimValue) : s.noClaim,
    steps,
    verdict,
    verdictText: verdictWord(verdict, s),
    ...(r && override && r.suggested !== r.effective ? { suggestedText: c.t('suggested', { verdict: verdictWord(r.suggested, s) }) } : {}),
    // Under an evaluator's N/A mark what the rules would have said is noise; the mark and its reason stand.
    // Overridden to another verdict, the rule's reasoning is labelled as the rule's, so it cannot read as the badge's.
    reason: naDecision ? '' : r && !r.applicable ? c.t('notForTarget', { category: target })
      : r && override && r.suggested !== r.effective ? c.t('ruleSaid', { verdict: verdictWord(r.suggested, s), reason: reasonText(r.reason, c) })
        : reasonText(r?.reason, c),
    ...(r && override && !naDecision ? { overrideNotice: overrideNotice(r, override, c) } : {}),
    ...(r?.measurement ? { measurement: c.t('measurement', { value: measurementText(r.measurement, c) }) } : {}),
    ...(override ? { override: decisionText('overriddenBy', override, c) } : {}),
    ...(naDecision ? { notApplicable: decisionText('markedNaBy', naDecision, c) } : {}),
    warnings,
    notes,
    photos: orderPhotos(photos.filter((p) => !p.deleted), c).map((p) => dossierPhoto(p, c)),
  };
}

const engineFinding: FindingFormatter = (d, lang) => (d.finding ? formatFinding(d.finding, lang) : undefined);

function findingText(d: Discrepancy, c: Ctx): string {
  try {
    return (c.input.formatFinding ?? engineFinding)(d, c.lang) ?? d.found;
  } catch {
    return d.found;
  }
}

function followUpText(f: FollowUp, c: Ctx): string {
  if (f.status === 'not-requested') return c.s.followUpNotRequested;
  return f.since ? c.t('followUpRequested', { since: formatDateTime(f.since, c.lang, c.tz) }) : c.s.followUpRequestedUndated;
}

/** The questions keeping the vendor from `cat`, each with its verdict for that category (never "not applicable"). */
function blockerRefs(c: Ctx, cat: Category): BlockerRef[] {
  const s = c.s;
  const cv = c.input.evaluation.categories.find((x) => x.category === cat);
  // An evaluation made before per-category blockers existed carries ids only: fall back to the stored verdicts.
  const list = cv?.blockers ?? (cv?.blocking ?? []).map((id) => {
    const r = c.input.evaluation.results.find((x) => x.question.id === id);
    return { questionId: id, category: cat, verdict: r?.effective ?? 'not-verified', reason: r?.reason ?? { code: 'missing-evidence' as const, params: {} } };
  });
  return list.map((b) => {
    const marks = [b.category !== cat ? c.t('inheritedFrom', { category: b.category }) : '', 'overridden' in b && b.overridden ? s.overriddenMark : ''].filter(Boolean);
    return {
      ...questionRef(c, b.questionId),
      verdict: b.verdict,
      verdictText: [verdictWord(b.verdict, s), ...marks].join(' '),
      category: b.category,
      reason: reasonText(b.reason, c),
    };
  }).sort((a, b) => a.number - b.number);
}

const refList = (c: Ctx, refs: QuestionRef[]) => refs.map((r) => `${c.s.questionShort} ${r.number}`).join(', ');

/**
 * Page 1: met / not met / not verified for the target category and what blocks it, then the highest category
 * supported and what blocks the next one up, then what could still change the answer.
 */
function buildAnswer(c: Ctx): DossierAnswer {
  const { evaluation, bundle } = c.input;
  const s = c.s;
  const target = bundle.visit.targetCategory;
  const tv = evaluation.categories.find((x) => x.category === target);
  const blockers = blockerRefs(c, target);
  const status: DossierAnswer['status'] = tv?.status ?? (blockers.length === 0 ? 'met'
    : blockers.some((b) => b.verdict === 'not-met' || b.verdict === 'partly') ? 'not-met' : 'not-verified');
  const statusText = c.t(({ met: 'answerMet', 'not-met': 'answerNotMet', 'not-verified': 'answerNotVerified' } as const)[status], { category: target });
  const highest = evaluation.verified;
  const up = nextCategoryUp(highest);
  const next = up && up !== target ? { category: up, title: c.t('nextBlockedBy', { category: up }), blockers: blockerRefs(c, up) } : undefined;

  const warnings: string[] = [];
  const conflicted = evaluation.results.filter((r) => r.conflicts > 0).map((r) => questionRef(c, r.question.id)).sort((a, b) => a.number - b.number);
  if (conflicted.length) warnings.push(c.t('warnConflicts', { list: refList(c, conflicted) }));
  const owed = [...new Set(evaluation.followUps.map((f) => f.questionId))].map((id) => questionRef(c, id)).sort((a, b) => a.number - b.number);
  if (owed.length) warnings.push(c.t('warnFollowUps', { list: refList(c, owed) }));
  const unverified = evaluation.results.filter((r) => shownVerdict(r) === 'not-verified').map((r) => questionRef(c, r.question.id)).sort((a, b) => a.number - b.number);
  if (unverified.length) warnings.push(c.t('warnNotVerified', { list: refList(c, unverified) }));
  return {
    target,
    status,
    title: c.t('answerTitle', { category: target }),
    statusText,
    blockers,
    highest,
    highestText: highest ? c.t('highestSupported', { category: highest }) : s.highestNone,
    ...(next ? { next } : {}),
    warnings: warnings.length ? warnings : [s.warnNone],
  };
}

const emptyCounts = (): Record<Verdict, number> => ({ meets: 0, partly: 0, 'not-met': 0, 'not-verified': 0 });

function buildSummary(c: Ctx, results: Map<string, QuestionResult>): DossierSummary {
  const { template, evaluation, bundle } = c.input;
  const s = c.s;
  const verified = evaluation.verified;
  const claimed = bundle.visit.claimedCategory ?? evaluation.claimed;
  const counts = emptyCounts();
  const sections: SectionRow[] = template.sections.map((sec) => {
    const row: SectionRow = { title: c.text.pick(sec.title), counts: emptyCounts(), na: 0, total: sec.questions.length };
    for (const q of sec.questions) {
      const v = shownVerdict(results.get(q.id));
      if (v === 'n/a') row.na += 1;
      else {
        row.counts[v] += 1;
        counts[v] += 1;
      }
    }
    return row;
  });

  const blockers: DossierSummary['blockers'] = [];
  const next = nextCategoryUp(verified);
  const wanted: Category[] = [];
  if (next) wanted.push(next);
  if (claimed && next && isBetter(claimed, next)) wanted.push(claimed);
  for (const cat of wanted) {
    const questions = blockerRefs(c, cat);
    blockers.push({
      category: cat,
      title: c.t('blockingTitle', { category: cat }),
      questions,
      ...(questions.length === 0 ? { note: c.t('blockingNone', { category: cat }) } : {}),
    });
  }
  if (!next) blockers.push({ category: 'A', title: s.topCategory, questions: [] });

  const discrepancies = [...evaluation.discrepancies]
    .map((d, i) => ({ d, i }))
    .sort((a, b) => b.d.severity - a.d.severity || a.i - b.i)
    .map(({ d }) => ({ ...questionRef(c, d.questionId), claim: d.claim.value, found: findingText(d, c), blocksClaimed: d.blocksClaimedCategory }));

  const open = evaluation.results.filter((r) => r.status === 'open' && shownVerdict(r) !== 'n/a');
  return {
    answer: buildAnswer(c),
    target: bundle.visit.targetCategory,
    ...(claimed ? { claimed } : {}),
    verified,
    claimedText: claimed ?? s.notStated,
    verifiedText: verified ?? s.noCategory,
    blockers,
    counts: SHOWN_VERDICTS.map((v) => ({ verdict: v, label: verdictWord(v, s), count: counts[v] })),
    discrepancies,
    followUps: evaluation.followUps.map((f) => ({ ...questionRef(c, f.questionId), text: followUpText(f, c) })),
    openQuestions: open.map((r) => questionRef(c, r.question.id)).sort((a, b) => a.number - b.number),
    conflicts: evaluation.results.filter((r) => r.conflicts > 0)
      .map((r) => ({ ...questionRef(c, r.question.id), text: c.t('conflictCount', { count: r.conflicts }) }))
      .sort((a, b) => a.number - b.number),
    sections,
    progress: c.t('progress', { ...evaluation.progress, count: evaluation.progress.total }),
  };
}

function chainText(ch: DeviceChain, c: Ctx): string {
  const base = { device: ch.device, author: ch.author || '—', count: ch.entries, older: ch.unchained };
  if (ch.status === 'not-chained') return c.t('chainNotChained', base);
  if (ch.status === 'intact') return c.t(ch.unchained ? 'chainIntactOlder' : 'chainIntact', base);
  return ch.breaks.map((b) => c.t('chainBroken', {
    ...base, position: b.position, at: formatDateTime(b.at, c.lang, c.tz),
    action: c.s[`audit.${b.action}` as keyof DossierStrings] ?? b.action, why: c.s[`chainWhy.${b.kind}`],
  })).join(' ');
}

function auditRow(e: AuditEntry, c: Ctx, photos: ReadonlyMap<string, Photo>): AuditRow {
  const q = e.questionId ? c.byQuestion.get(e.questionId)?.question : undefined;
  return {
    at: formatDateTime(e.at, c.lang, c.tz, c.s.cameraClock),
    author: e.author || '—',
    device: e.device || '—',
    action: c.s[`audit.${e.action}` as keyof DossierStrings] ?? e.action,
    question: q ? `${c.s.questionShort} ${q.number}` : e.questionId ?? '',
    details: auditDetailsText(e, { ...c, photos }),
  };
}

/**
 * Turns a visit, its evaluation and the photo checks into the dossier the committee reads. Never throws on
 * incomplete or damaged data: what is missing is said in the dossier itself.
 */
export function buildDossier(input: DossierInput): DossierModel {
  const { template, bundle, evaluation, lang, options } = input;
  const s = dossierStrings(lang);
  const text = new TextPicker(lang);
  const byQuestion = new Map<string, { question: Question; sectionTitle: string }>();
  for (const sec of template.sections) for (const q of sec.questions) byQuestion.set(q.id, { question: q, sectionTitle: text.pick(sec.title) });
  const tz = visitTimeZone(bundle.visit);
  const c: Ctx = { lang, s, t: dossierT(lang), text, visit: bundle.visit, tz, audit: bundle.audit ?? [], input, byQuestion };

  const results = new Map(evaluation.results.map((r) => [r.question.id, r]));
  const { byStep } = selectAnswers(bundle);
  const claims = new Map<string, Claim>();
  for (const cl of [...bundle.claims].sort(newestFirst)) if (!claims.has(cl.questionId)) claims.set(cl.questionId, cl);
  const decisions = currentDecisions(bundle.decisions);
  const photosByQuestion = new Map<string, Photo[]>();
  for (const p of bundle.photos) photosByQuestion.set(p.questionId, [...(photosByQuestion.get(p.questionId) ?? []), p]);

  const closing = buildDossierClosing({ template, bundle, evaluation, lang, tz });
  const questions: DossierQuestion[] = [];
  const omitted: DossierModel['omitted'] = [];
  for (const sec of template.sections) {
    for (const q of sec.questions) {
      const built = buildQuestion(q, byQuestion.get(q.id)!.sectionTitle, results.get(q.id), c, byStep, claims, decisions, photosByQuestion.get(q.id) ?? []);
      // A finding that changed after the closing meeting says so on its question's page too.
      const mark = closing.questionMarks.get(q.id);
      if (mark) built.warnings.push(mark);
      if (built.verdict === 'n/a' && !options.showNotApplicable) {
        omitted.push({ number: built.number, title: built.title, reason: built.notApplicable ?? built.reason });
      } else questions.push(built);
    }
  }
  const summary = buildSummary(c, results);
  const evidence: EvidenceRow[] = orderPhotos(bundle.photos, c).map((p) => {
    const ph = dossierPhoto(p, c);
    return {
      photoId: p.id, sha256: ph.sha256, capturedAt: ph.capturedAt, author: ph.author, device: ph.device,
      question: ph.questionNumber !== null ? `${s.questionShort} ${ph.questionNumber}` : p.questionId, status: ph.status, statusText: ph.statusText,
      ...(ph.redactedSha256 ? { redacted: { sha256: ph.redactedSha256, note: s.evidenceRedacted } } : {}),
    };
  });
  const photosById = new Map((bundle.photos ?? []).map((p) => [p.id, p]));
  const audit = [...(bundle.audit ?? [])].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((e) => auditRow(e, c, photosById));

  const v = bundle.visit;
  const dates = formatDayRange(v.dateFrom, v.dateTo, lang);
  const templateTitle = text.pick(template.title);
  const notices: string[] = [];
  if (!options.includePhotos) notices.push(s.lightVersion);
  // Counted last: every template text has been picked by now.
  if (text.fallbacks > 0) notices.push(s.fallbackLegend);
  return {
    kind: 'dossier',
    lang,
    labels: s,
    options,
    title: `${s.dossierTitle}: ${v.vendor}`,
    runningHeader: [v.vendor, v.site, dates].filter(Boolean).join(' — '),
    fileName: `${safeFileName(`SiteProof ${v.vendor} ${v.dateFrom} ${lang}${options.includePhotos ? '' : ' light'}`)}.pdf`,
    keywords: ['SiteProof', v.vendor, v.site, template.id, `${s.targetCategory} ${v.targetCategory}`].filter(Boolean),
    cover: {
      vendor: v.vendor || '—',
      site: v.site || '—',
      dates,
      evaluators: v.evaluators.filter(Boolean).join(', ') || '—',
      template: templateTitle,
      templateVersion: c.t('templateVersion', { version: template.version }),
      target: v.targetCategory,
      claimed: summary.claimedText,
      verified: summary.verifiedText,
      generatedAt: formatDateTime(input.generatedAt, lang, tz),
      timeZone: c.t('timeZoneNote', { zone: tz, offset: utcOffset(tz, new Date(`${v.dateFrom}T12:00:00Z`)) }),
      notices,
    },
    summary,
    questions,
    omitted,
    // An evaluation made before the tools existed has none: the dossier then says both checks were not done.
    tools: buildDossierTools(evaluation.tools ?? { discrepancies: [] }, bundle, lang, tz),
    closing: closing.part,
    evidence,
    fingerprint: dossierFingerprint(bundle),
    generatedAtIso: input.generatedAt,
    audit,
    auditChains: verifyAuditChains(bundle.audit ?? []).map((ch) => ({ device: ch.device, status: ch.status, text: chainText(ch, c) })),
    fallbacks: text.fallbacks,
  };
}
