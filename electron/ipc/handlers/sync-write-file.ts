import path from 'node:path';
import { z } from 'zod';
import type { Result } from '../contract';
import { describeFsError, fail, ok } from '../result';
import { openFolder, type SyncFs } from './sync-folder';
import { absoluteFolder, bytes, packageFileName, parseInput } from './validation';

const writeInput = z.object({ folder: absoluteFolder, name: packageFileName, data: bytes });

export interface WriteFileDeps {
  fs: SyncFs;
  /** writeFileAtomic: temp file, fsync, rename. A reader on another device never sees a half-written package. */
  writeFileAtomic(filePath: string, data: Uint8Array): Promise<void>;
}

export async function writeSyncFile(input: unknown, deps: WriteFileDeps): Promise<Result<{ path: string }>> {
  const parsed = parseInput(writeInput, input);
  if (!parsed.ok) return parsed.failure;
  const { folder, name, data } = parsed.value;
  const opened = await openFolder(deps.fs, folder);
  if (!opened.ok) return fail(opened.error);
  const shownPath = path.join(folder, name);
  try {
    await deps.writeFileAtomic(path.join(opened.realPath, name), data);
  } catch (error) {
    return fail(describeFsError('Could not write', shownPath, error));
  }
  return ok({ path: shownPath });
}
