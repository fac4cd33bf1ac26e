import type { Visit } from '../../domain/model';
import type { Lang } from '../../domain/template/schema';
import { getVisit } from '../../db/visits';
import { renderInWorker } from '../../pdf/client';
import { prepareDossier } from '../dossier/prepare';
import type { DossierWriter, SyncFolderApi } from './sync';

/**
 * The human part of the name stays well under the main process's limit (200 bytes) even in Cyrillic, which
 * takes two bytes a letter, so the name is never refused for its length.
 */
const MAX_HUMAN_BYTES = 120;

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** Windows opens a device instead of a file for these names, whatever follows the first dot. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

const clean = (text: string) => text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').replace(/^[. ]+|[. ]+$/g, '');

function fitBytes(text: string, max: number): string {
  const encoder = new TextEncoder();
  let out = text;
  while (out && encoder.encode(out).length > max) out = out.slice(0, -1);
  return out.trim();
}

/**
 * `<vendor>-<site>-<date>-<visit id start>.pdf`: readable in the folder, one file per visit (each sync replaces
 * it with the merged state), and the id part keeps two visits to the same vendor on one day apart. The sync
 * folder only ever holds names the main process accepts: no separators, nothing Windows refuses, not hidden.
 */
export function syncDossierName(visitId: string, visit: Pick<Visit, 'vendor' | 'site' | 'dateFrom'> | undefined): string {
  const idPart = clean(visitId).slice(0, 8) || 'visit';
  const human = visit ? fitBytes([visit.vendor, visit.site, visit.dateFrom].map(clean).filter(Boolean).join('-'), MAX_HUMAN_BYTES) : '';
  const name = `${human ? `${human}-` : ''}${idPart}.pdf`;
  return WINDOWS_DEVICE.test(name) ? `_${name}` : name;
}

export interface SyncDossierDeps {
  prepare: typeof prepareDossier;
  render: (job: Awaited<ReturnType<typeof prepareDossier>>) => Promise<Uint8Array>;
  getVisit: (visitId: string) => Promise<Pick<Visit, 'vendor' | 'site' | 'dateFrom'> | undefined>;
}

const defaultDeps: SyncDossierDeps = { prepare: prepareDossier, render: (job) => renderInWorker(job), getVisit };

/** The dossier as the dialog makes it by default (with photos, without N/A questions), written into the sync folder. */
export function syncDossierWriter(api: Pick<SyncFolderApi, 'writeDossier'>, lang: Lang, deps: SyncDossierDeps = defaultDeps): DossierWriter {
  return async (visitId, folder) => {
    const job = await deps.prepare(visitId, lang, { includePhotos: true, showNotApplicable: false });
    const bytes = await deps.render(job);
    const name = syncDossierName(visitId, await deps.getVisit(visitId));
    await api.writeDossier(folder, name, bytes);
    return name;
  };
}
