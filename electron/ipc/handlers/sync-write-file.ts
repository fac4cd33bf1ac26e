import path from 'node:path';
import * as z from 'zod/mini';
import { inspectTarget, packageMarker, type Marker, type OwnershipFs } from '../../sync/ownership';
import type { Result } from '../contract';
import { describeFsError, fail, ok } from '../result';
import { openFolder, type SyncFolderDeps } from './sync-folder';
import { absoluteFolder, bytes, packageFileName, parseInput } from './validation';

export interface WriteFileDeps extends SyncFolderDeps {
  fs: SyncFolderDeps['fs'] & OwnershipFs;
  /** writeFileAtomic: temp file, fsync, rename. A reader on another device never sees a half-written package. */
  writeFileAtomic(filePath: string, data: Uint8Array): Promise<void>;
}

export type FolderWriter = (input: unknown, deps: WriteFileDeps) => Promise<Result<{ path: string }>>;

export function notOursMessage(shownPath: string): string {
  return `SiteProof did not write ${shownPath}, so it leaves that file alone. Move or rename it, or choose another sync folder, then sync again.`;
}

/**
 * A handler that writes one file, whose name `name` accepts, atomically into the sync folder. A file already at
 * that name is replaced only when it carries `marker` (SiteProof wrote it, here or on a colleague's machine).
 * Between the look and the rename another program could still create the file; the check is against a user's own
 * file that sat in a granted folder all along (Documents/report.pdf), not against a race.
 */
export function folderWriter(name: z.ZodMiniType<string>, marker: Marker): FolderWriter {
  const writeInput = z.object({ folder: absoluteFolder, name, data: bytes });
  return async (input, deps) => {
    const parsed = parseInput(writeInput, input);
    if (!parsed.ok) return parsed.failure;
    const { folder, name: fileName, data } = parsed.value;
    const opened = await openFolder(deps, folder);
    if (!opened.ok) return fail(opened.error);
    const shownPath = path.join(folder, fileName);
    const target = path.join(opened.realPath, fileName);
    if ((await inspectTarget(deps.fs, target, marker)).status === 'foreign') return fail(notOursMessage(shownPath));
    try {
      await deps.writeFileAtomic(target, data);
    } catch (error) {
      return fail(describeFsError('Could not write', shownPath, error));
    }
    return ok({ path: shownPath });
  };
}

/** This machine's package of a visit; only a SiteProof package of the same name is replaced. */
export const writeSyncFile: FolderWriter = folderWriter(packageFileName, packageMarker);
