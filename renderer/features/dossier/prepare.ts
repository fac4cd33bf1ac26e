import { loadDossierPhotos, loadVisitBundle } from '../../db/dossier';
import { buildComparison, buildDossier, type ComparisonEntry } from '../../domain/dossier';
import type { DossierOptions } from '../../domain/dossier/types';
import type { Lang, Template } from '../../domain/template/schema';
import { evaluateVisit } from '../../domain/verdict';
import { loadAllTemplates } from '../../db/templates';
import { findTemplate } from '../../domain/template/registry';
import type { PdfJob } from '../../pdf/client';

/** A failure the dialog can say in the user's language: `code` is a key of the 'dossier' strings. */
export class DossierPrepError extends Error {
  constructor(readonly code: 'noVisit' | 'noTemplate', readonly params: { id?: string; version?: string } = {}) {
    super(code);
    this.name = 'DossierPrepError';
  }
}

function templateFor(id: string, version: string, list: readonly Template[]): Template {
  const t = findTemplate(list, id, version);
  if (!t) throw new DossierPrepError('noTemplate', { id, version });
  return t;
}

async function loadEntry(visitId: string, lang: Lang, list: readonly Template[]): Promise<ComparisonEntry> {
  const bundle = await loadVisitBundle(visitId);
  if (!bundle) throw new DossierPrepError('noVisit');
  const template = templateFor(bundle.visit.templateId, bundle.visit.templateVersion, list);
  return { template, bundle, evaluation: evaluateVisit(template, bundle, { lang }) };
}

export interface PrepOptions {
  signal?: AbortSignal;
  onPhotos?: (done: number, total: number) => void;
  now?: () => Date;
  /** Defaults to the shipped templates and the user's own. */
  templates?: readonly Template[];
}

async function templatesFor(opts: PrepOptions): Promise<readonly Template[]> {
  return opts.templates ?? (await loadAllTemplates()).templates;
}

/** Reads the visit, checks its photos and builds the dossier model: everything the worker needs. */
export async function prepareDossier(visitId: string, lang: Lang, options: DossierOptions, opts: PrepOptions = {}): Promise<Extract<PdfJob, { kind: 'dossier' }>> {
  const { template, bundle, evaluation } = await loadEntry(visitId, lang, await templatesFor(opts));
  const photos = await loadDossierPhotos(bundle.photos, { includeImages: options.includePhotos, signal: opts.signal, onProgress: opts.onPhotos, redactions: bundle.redactions });
  const model = buildDossier({
    template, bundle, evaluation, lang, options, generatedAt: (opts.now?.() ?? new Date()).toISOString(), photoInfo: photos.info,
  });
  return { kind: 'dossier', model, photos: photos.images };
}

/** The comparison model, or the domain's message saying why these visits cannot be compared. */
export async function prepareComparison(visitIds: string[], lang: Lang, opts: PrepOptions = {}): Promise<{ ok: true; job: PdfJob } | { ok: false; error: string }> {
  const entries: ComparisonEntry[] = [];
  const list = await templatesFor(opts);
  for (const id of visitIds) entries.push(await loadEntry(id, lang, list));
  const result = buildComparison(entries, { lang, generatedAt: (opts.now?.() ?? new Date()).toISOString() });
  return result.ok ? { ok: true, job: { kind: 'comparison', model: result.model } } : result;
}
