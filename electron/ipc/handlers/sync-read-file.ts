import path from 'node:path';
import * as z from 'zod/mini';
import { MAX_TRANSFER_BYTES, type Result } from '../contract';
import { describeFsError, fail, ok } from '../result';
import { isInside, openFolder, type SyncFolderDeps } from './sync-folder';
import { absoluteFolder, packageFileName, parseInput } from './validation';

const readInput = z.object({ folder: absoluteFolder, name: packageFileName });

export type ReadFileDeps = SyncFolderDeps;

/** Reads one package from the sync folder; a link that leads outside the folder is refused. */
export async function readSyncFile(input: unknown, deps: ReadFileDeps): Promise<Result<Uint8Array>> {
  const parsed = parseInput(readInput, input);
  if (!parsed.ok) return parsed.failure;
  const { folder, name } = parsed.value;
  const opened = await openFolder(deps, folder);
  if (!opened.ok) return fail(opened.error);
  const shownPath = path.join(folder, name);
  try {
    const real = await deps.fs.realpath(path.join(opened.realPath, name));
    if (!isInside(opened.realPath, real)) return fail(`Refused to read ${shownPath}: it links to a file outside the sync folder`);
    const stats = await deps.fs.stat(real);
    if (!stats.isFile()) return fail(`Cannot read ${shownPath}: it is not a file`);
    if (stats.size > MAX_TRANSFER_BYTES) return fail(`Cannot read ${shownPath}: it is larger than ${MAX_TRANSFER_BYTES / 1024 ** 2} MB`);
    const data = await deps.fs.readFile(real);
    return ok(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  } catch (error) {
    return fail(describeFsError('Cannot read', shownPath, error));
  }
}
