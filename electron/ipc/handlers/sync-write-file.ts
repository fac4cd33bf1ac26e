import path from 'node:path';
import * as z from 'zod/mini';
import type { Result } from '../contract';
import { describeFsError, fail, ok } from '../result';
import { openFolder, type SyncFolderDeps } from './sync-folder';
import { absoluteFolder, bytes, packageFileName, parseInput } from './validation';

export interface WriteFileDeps extends SyncFolderDeps {
  /** writeFileAtomic: temp file, fsync, rename. A reader on another device never sees a half-written package. */
  writeFileAtomic(filePath: string, data: Uint8Array): Promise<void>;
}

export type FolderWriter = (input: unknown, deps: WriteFileDeps) => Promise<Result<{ path: string }>>;

/** A handler that writes one file, whose name `name` accepts, atomically into the sync folder. */
export function folderWriter(name: z.ZodMiniType<string>): FolderWriter {
  const writeInput = z.object({ folder: absoluteFolder, name, data: bytes });
  return async (input, deps) => {
    const parsed = parseInput(writeInput, input);
    if (!parsed.ok) return parsed.failure;
    const { folder, name: fileName, data } = parsed.value;
    const opened = await openFolder(deps, folder);
    if (!opened.ok) return fail(opened.error);
    const shownPath = path.join(folder, fileName);
    try {
      await deps.writeFileAtomic(path.join(opened.realPath, fileName), data);
    } catch (error) {
      return fail(describeFsError('Could not write', shownPath, error));
    }
    return ok({ path: shownPath });
  };
}

export const writeSyncFile: FolderWriter = folderWriter(packageFileName);
