import { MAX_TRANSFER_BYTES, SYNC_PACKAGE_EXTENSION } from '../../../electron/ipc/contract';
import type { Identity } from '../../db/identity';
import { exportVisit, importPackage, PackageError, type ImportProblem, type ImportSummary } from '../../db/packages';
import type { Platform } from '../../platform';

/**
 * "Sync now" with a shared folder (a network share, a synced cloud folder, a USB stick passed around).
 * Each machine writes one file per visit, `<visitId>.<device>.siteproof`, and never touches anyone else's:
 * there is nothing to overwrite, so nothing to lose. A sync reads the other machines' files of the visit and
 * merges each, then writes this machine's file (after the merge, so it already carries what it just took in and
 * the folder settles in one round), then the visit's dossier PDF (see syncDossier.ts).
 */

export type SyncFolderApi = NonNullable<Platform['sync']>;

export interface DossierWriter {
  /** Builds the visit's current dossier and writes it into the folder; returns the file name. */
  (visitId: string, folder: string): Promise<string>;
}

export interface SyncDeps {
  sync: SyncFolderApi;
  who: Identity;
  /** Absent where no dossier should go into the folder; the report then says the PDF was not written. */
  writeDossier?: DossierWriter;
}

export type SyncFileResult =
  | { name: string; status: 'imported' | 'unchanged'; summary: ImportSummary }
  | { name: string; status: 'failed'; problems: ImportProblem[] };

export type SyncStepResult = { status: 'done'; name: string } | { status: 'failed'; message: string; problems?: ImportProblem[] } | { status: 'unavailable' };

export interface SyncReport {
  folder: string;
  files: SyncFileResult[];
  /** This machine's package of the visit. */
  own: SyncStepResult;
  dossier: SyncStepResult;
  /** Open conflicts of the visit after the last import (undefined when nothing was imported). */
  openConflicts?: number;
}

export const ownPackageName = (visitId: string, device: string) => `${visitId}.${device}${SYNC_PACKAGE_EXTENSION}`;

/** Files in the folder that are other machines' packages of this visit. */
export function othersOf(names: readonly string[], visitId: string, device: string): string[] {
  const own = ownPackageName(visitId, device).toLowerCase();
  const prefix = `${visitId}.`.toLowerCase();
  return names.filter((n) => n.toLowerCase().startsWith(prefix) && n.toLowerCase().endsWith(SYNC_PACKAGE_EXTENSION) && n.toLowerCase() !== own);
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** One sync round. Throws only when the folder cannot be listed at all; every other failure is in the report. */
export async function syncVisit(visitId: string, folder: string, deps: SyncDeps): Promise<SyncReport> {
  const listing = await deps.sync.list(folder);
  const files: SyncFileResult[] = [];
  let openConflicts: number | undefined;
  for (const name of othersOf(listing.map((e) => e.name), visitId, deps.who.device)) {
    let bytes: Uint8Array;
    try {
      bytes = await deps.sync.read(folder, name);
    } catch (e) {
      files.push({ name, status: 'failed', problems: [{ code: 'write-failed', message: message(e), params: { reason: message(e) } }] });
      continue;
    }
    const result = await importPackage(bytes, { who: deps.who, onlyVisit: visitId });
    if (result.ok) {
      files.push({ name, status: result.summary.changed ? 'imported' : 'unchanged', summary: result.summary });
      openConflicts = result.summary.openConflicts;
    } else {
      files.push({ name, status: 'failed', problems: result.problems });
    }
  }

  let own: SyncStepResult;
  const ownName = ownPackageName(visitId, deps.who.device);
  try {
    const pkg = await exportVisit(visitId, { who: deps.who });
    if (pkg.bytes.length > MAX_TRANSFER_BYTES) {
      own = { status: 'failed', message: `The package is ${pkg.bytes.length} bytes; at most ${MAX_TRANSFER_BYTES} can be written.`, problems: [{ code: 'too-large-to-transfer', message: 'too large', params: { size: pkg.bytes.length, count: pkg.bytes.length, limit: MAX_TRANSFER_BYTES } }] };
    } else {
      await deps.sync.write(folder, ownName, pkg.bytes);
      own = { status: 'done', name: ownName };
    }
  } catch (e) {
    own = e instanceof PackageError ? { status: 'failed', message: e.message, problems: e.problems } : { status: 'failed', message: message(e) };
  }

  let dossier: SyncStepResult = { status: 'unavailable' };
  if (deps.writeDossier) {
    try {
      dossier = { status: 'done', name: await deps.writeDossier(visitId, folder) };
    } catch (e) {
      dossier = { status: 'failed', message: message(e) };
    }
  }
  return { folder, files, own, dossier, openConflicts };
}
