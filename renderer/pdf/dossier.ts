import { jsPDF } from 'jspdf';
import { SYNC_DOSSIER_CREATOR } from '../../electron/ipc/contract';
import { sealPdf } from '../domain/dossier/seal';
import type { DossierModel } from '../domain/dossier/types';
import { nextTask } from '../domain/tasks';
import { renderAudit, renderEvidence, renderFingerprint } from './appendix';
import { renderCover } from './cover';
import { JpegSplice } from './jpeg-splice';
import { decoratePages } from './decorate';
import { FONT_FAMILY, pdfTextString, registerFonts, tagFontSubsets, type FontBytes } from './fonts';
import type { PhotoBytes } from './photos';
import { renderQuestion } from './question';
import { renderSummary } from './summary';
import { renderToolPart } from './tools';
import { renderClosing } from './closing';
import { fillToc, reserveToc, type TocEntry } from './toc';
import { fontCoverage, visibleModel } from './glyphs';
import { Writer } from './writer';

export type { PhotoBytes } from './photos';

export interface RenderProgress {
  done: number;
  total: number;
}

export interface RenderOptions {
  fonts: FontBytes;
  onProgress?: (p: RenderProgress) => void;
  signal?: AbortSignal;
}

export function abortError(): Error {
  return new DOMException('The dossier was cancelled.', 'AbortError');
}

/** Lets a pending cancel message reach the worker between questions: jsPDF itself is synchronous. */
export async function checkpoint(signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) throw abortError();
  await nextTask();
  if (signal?.aborted) throw abortError();
}

export function newDocument(fonts: FontBytes, meta: { title: string; subject: string; author: string; keywords: string[]; lang: string }): jsPDF {
  // Only the fonts the text uses go into the file (jsPDF otherwise lists all 14 standard fonts, none of them used).
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  registerFonts(doc, fonts);
  // Metadata strings go into the file byte for byte: UTF-16BE keeps Cyrillic readable in viewers' properties.
  doc.setProperties({
    title: pdfTextString(meta.title),
    subject: pdfTextString(meta.subject),
    author: pdfTextString(meta.author),
    keywords: pdfTextString(meta.keywords.join(', ')),
    creator: SYNC_DOSSIER_CREATOR,
  });
  (doc as unknown as { setLanguage(l: string): void }).setLanguage(meta.lang === 'en' ? 'en-GB' : meta.lang);
  return doc;
}

/** The file's bytes; with `photos`, jsPDF's output gets the real JPEGs in place of their stand-ins. */
export function finish(doc: jsPDF, photos?: JpegSplice): Uint8Array {
  tagFontSubsets(doc);
  return photos ? photos.assemble(doc.output()) : new Uint8Array(doc.output('arraybuffer'));
}

/**
 * Lays the dossier model out as an A4 PDF: cover, contents, summary, one part per question (each on a new
 * page), then the evidence index and the audit log. Async only so that progress can be shown and a cancel
 * can land between questions.
 */
export async function renderDossier(model: DossierModel, photos: ReadonlyMap<string, PhotoBytes>, opts: RenderOptions): Promise<Uint8Array> {
  const s = model.labels;
  const embedded = model.questions.reduce((n, q) => n + q.photos.length, 0);
  const total = 5 + model.questions.length + model.tools.parts.length + embedded;
  let done = 0;
  const tick = (n = 1) => {
    done += n;
    opts.onProgress?.({ done: Math.min(done, total), total });
  };
  opts.onProgress?.({ done: 0, total });
  await checkpoint(opts.signal);

  const doc = newDocument(opts.fonts, {
    title: model.title,
    subject: `${s.dossierTitle}: ${model.runningHeader}`,
    author: model.cover.evaluators,
    keywords: model.keywords,
    lang: model.lang,
  });
  // What the font cannot draw is printed as its code point instead of vanishing (see glyphs.ts).
  model = visibleModel(model, fontCoverage(doc));
  const w = new Writer(doc);
  const splice = new JpegSplice();
  renderCover(w, model);
  tick();

  const sectionTitles = [...new Set(model.questions.map((q) => q.sectionTitle))];
  const tocPages = reserveToc(w, 1 + sectionTitles.length + model.questions.length + 1 + model.tools.parts.length + 3);
  const toc: TocEntry[] = [];

  w.newPage();
  toc.push({ title: s.summary, page: w.page, level: 0 });
  renderSummary(w, model);
  tick();
  await checkpoint(opts.signal);

  let section = '';
  for (const q of model.questions) {
    w.newPage();
    if (q.sectionTitle !== section) {
      section = q.sectionTitle;
      toc.push({ title: section, page: w.page, level: 0 });
    }
    toc.push({ title: `${s.questionShort} ${q.number}. ${q.title}`, page: w.page, level: 1 });
    renderQuestion(w, q, model, photos, splice, () => tick());
    tick();
    await checkpoint(opts.signal);
  }

  // The tools after the questions: each its own part, under one heading in the contents.
  model.tools.parts.forEach((part, i) => {
    w.newPage();
    if (i === 0) toc.push({ title: model.tools.title, page: w.page, level: 0 });
    toc.push({ title: part.title, page: w.page, level: 1 });
    renderToolPart(w, part, model);
    tick();
  });
  await checkpoint(opts.signal);

  // The closing meeting, after everything the visit found and before the appendices.
  w.newPage();
  toc.push({ title: model.closing.title, page: w.page, level: 0 });
  renderClosing(w, model.closing);
  tick();

  w.newPage('landscape');
  toc.push({ title: s.appendixEvidence, page: w.page, level: 0 });
  renderEvidence(w, model);
  w.newPage('landscape');
  toc.push({ title: s.appendixAudit, page: w.page, level: 0 });
  renderAudit(w, model);
  renderFingerprint(w, model);
  tick();
  await checkpoint(opts.signal);

  fillToc(doc, tocPages, toc, s.contents, (bold, size) => {
    doc.setFont(FONT_FAMILY, bold ? 'bold' : 'normal');
    doc.setFontSize(size);
  });
  // Bookmarks mirror the contents: questions nest under their section.
  let parent: ReturnType<typeof doc.outline.add> | null = null;
  for (const e of toc) {
    const item = doc.outline.add(e.level === 1 ? parent : null, pdfTextString(e.title), { pageNumber: e.page });
    if (e.level === 0) parent = item;
  }
  decoratePages(doc, model.runningHeader, model.lang);
  // Sealed last: the seal covers every byte before it (see renderer/domain/dossier/seal.ts).
  const bytes = sealPdf(finish(doc, splice), { ...model.fingerprint, madeAt: model.generatedAtIso });
  tick();
  return bytes;
}
