import { buildDossier } from '../../../renderer/domain/dossier';
import type { DossierModel, DossierOptions } from '../../../renderer/domain/dossier/types';
import type { Lang, Question, Template } from '../../../renderer/domain/template/schema';
import { evaluateVisit } from '../../../renderer/domain/verdict';
import type { PhotoBytes } from '../../../renderer/pdf/dossier';
import { TOOL_STEP, type Answer } from '../../../renderer/domain/model';
import { reportRecord, staffingRecord } from '../../../renderer/domain/tools';
import { allQuestions, at, bundle, checks, decision, IGOR, testTemplate, VISIT_ID, type PhotoSpec } from '../domain/dossier/fixtures';
import { makeJpeg } from './images';

const byKind = (t: Template, kind: string, pred: (q: Question) => boolean = () => true) =>
  allQuestions(t).find((q) => pred(q) && q.steps.some((s) => s.kind === kind))!;

/**
 * Report-size photos (smaller than real ones to keep the test quick): three on the first question, two of
 * them of equal size but different content, a portrait one, one whose original fails its hash check and one
 * whose files are gone.
 */
export function samplePhotoSpecs(t: Template): (PhotoSpec & { width: number; height: number })[] {
  const first = allQuestions(t)[0];
  const doc = byKind(t, 'document');
  const observeA = byKind(t, 'observe', (q) => q.categories.length === 1 && q.categories[0] === 'A');
  const call = byKind(t, 'call-test');
  return [
    { questionId: first.id, stepId: first.steps[0].id, caption: 'Зал 1: «робочі місця» операторів, ґанок і їдальня поруч — вид від входу', width: 640, height: 480 },
    { questionId: first.id, stepId: first.steps[0].id, caption: 'Зал 2: ряд №\u00a03', width: 640, height: 480 },
    { questionId: first.id, stepId: first.steps[0].id, caption: 'Схема евакуації (портрет)', width: 360, height: 480 },
    { questionId: observeA.id, stepId: observeA.steps.find((s) => s.kind === 'observe')!.id, caption: 'Обладнання у дворі', width: 640, height: 480 },
    { questionId: doc.id, stepId: doc.steps.find((s) => s.kind === 'document')!.id, caption: 'Документ, перша сторінка', width: 480, height: 640 },
    { questionId: call.id, stepId: call.steps[0].id, caption: 'Журнал записів', width: 640, height: 480 },
  ];
}

export interface Sample { model: DossierModel; photos: Map<string, PhotoBytes>; shas: string[]; embedded: number; template: Template }

/** A realistic dossier: the shipped template when present, every step answered but one question, evaluated by the real engine. */
export function sampleDossier(lang: Lang, options: DossierOptions = { includePhotos: true, showNotApplicable: true }): Sample {
  const template = testTemplate();
  const qs = allQuestions(template);
  const specs = samplePhotoSpecs(template);
  const observeA = qs.find((q) => q.id === specs[3].questionId)!;
  const decisions = [
    decision(qs[19].id, 'override', 'Своя система без підтримки вендора; «резерв» не показали', 'partly'),
    decision(observeA.id, 'not-applicable', 'Майданчик у бізнес-центрі з резервним живленням'),
  ];
  const unanswered = qs.find((q) => q.categories.length === 1 && q.categories[0] === 'A' && q.id !== observeA.id && q.steps.some((s) => s.kind === 'demo'))!;
  const b = bundle(template, { photos: specs, unanswered: [unanswered.id], decisions });
  b.answers.push(...sampleTools());
  const info = checks(b, {
    [b.photos[3].id]: { status: 'hash-mismatch', report: true },
    [b.photos[5].id]: { status: 'missing', report: false },
  });
  const photos = new Map<string, PhotoBytes>();
  b.photos.forEach((p, i) => {
    if (info.get(p.id)?.report) photos.set(p.id, { jpeg: makeJpeg(p.width, p.height, i + 1, 75), width: p.width, height: p.height });
  });
  const evaluation = evaluateVisit(template, b, { lang });
  const model = buildDossier({ template, bundle: b, evaluation, lang, options, generatedAt: '2025-03-14T12:00:00.000Z', photoInfo: info });
  return { model, photos, shas: b.photos.map((p) => p.sha256), embedded: model.questions.flatMap((q) => q.photos).filter((p) => p.embed && photos.has(p.id)).length, template };
}

/** A staffing check whose 250 agents on the phones do not fit on the 184 counted seats, and a report check. */
function sampleTools(): Answer[] {
  const st = staffingRecord({ calls: 3000, intervalMinutes: 60, ahtSeconds: 280, targetPercent: 80, targetSeconds: 20, shrinkagePercent: 25, offered: 250 });
  const rc = reportRecord({
    title: 'Гаряча лінія «Альфа», березень', thresholdSeconds: 20, intervalMinutes: 30, source: 'totals',
    rows: [{ offered: 1000, answered: 900, answeredWithin: 780, abandoned: 100, abandonedShort: 40, talkSeconds: 171_000, acwSeconds: 31_500, loggedInSeconds: 1_080_000 }],
    stated: { serviceLevel: 90, lsr: 90, abandonRate: 6 }, definitions: {},
  });
  if (!st.ok || !rc.ok) throw new Error('sample tool inputs are invalid');
  const stamp = { author: IGOR.author, device: IGOR.device, createdAt: at(400), updatedAt: at(400), visitId: VISIT_ID, rev: 1, history: [] };
  return [
    { ...stamp, id: 'tool-staffing', ...TOOL_STEP.staffing, kind: 'staffing', data: st.data, note: 'Пік із брифу клієнта' },
    { ...stamp, id: 'tool-report', ...TOOL_STEP['report-check'], kind: 'report-check', data: rc.data, note: '' },
  ];
}
