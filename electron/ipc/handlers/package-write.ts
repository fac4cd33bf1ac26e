import path from 'node:path';
import * as z from 'zod/mini';
import { MAX_CHUNK_BYTES, type FileFilter, type OpenWriteOutput, type Result } from '../contract';
import { renameWithRetry, syncDirectory, tempPathFor, type AtomicFs } from '../../fs/atomic-write';
import { describeFsError, fail, ok } from '../result';
import { parseInput, plainFileName, windowsSafeName } from './validation';
import { saveFilters } from './file-save-file';

/**
 * A package streamed from the renderer into a file the user picked, with no size cap but the disk:
 *
 *   package:open-write   asks where to save, opens `<file>.part-<random>` beside it, returns an opaque id
 *   package:write-chunk  { id, offset, data }: offset must be the bytes written so far (order, gaps, repeats)
 *   package:close-write  { id, size }: size must be what was written; fsync, then rename over the final name
 *   package:abort-write  { id }: the temporary file is removed
 *
 * The renderer never names a path: it only holds the id of a file the user chose in the dialog. Any refused or
 * failed chunk ends the write and removes the temporary file, so a half-written package never takes the name.
 */

export type WriteFs = AtomicFs;

interface Session {
  finalPath: string;
  tempPath: string;
  handle: Awaited<ReturnType<WriteFs['open']>>;
  /** Bytes accepted so far (reserved before each write lands, so chunks sent back to back still line up). */
  written: number;
}

/** The writes in progress, by id. One per main process; handlers share it. */
export class PackageWrites {
  readonly sessions = new Map<string, Session>();
}

export interface PackageWriteDeps {
  showSaveDialog(options: { defaultPath: string; filters?: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  defaultDirectory(): string;
  writeFs: WriteFs;
  packageWrites: PackageWrites;
  /** Random, unguessable: the id of a write and the suffix of its temporary file. */
  randomId(): string;
  sleep?: (ms: number) => Promise<void>;
}

const writeId = z.string().check(z.regex(/^[0-9a-f]{16,64}$/, 'The write id is not one this app made'));
const openInput = z.object({ suggestedName: plainFileName, filters: z.optional(saveFilters) });
const chunkInput = z.object({
  id: writeId,
  offset: z.number().check(z.int(), z.nonnegative()),
  data: z.instanceof(Uint8Array, { message: 'The data must be bytes (Uint8Array)' }).check(
    z.refine<Uint8Array>((d) => d.byteLength > 0, 'The chunk is empty'),
    z.refine<Uint8Array>((d) => d.byteLength <= MAX_CHUNK_BYTES, `A chunk is at most ${MAX_CHUNK_BYTES / 1024 ** 2} MB`),
  ),
});
const closeInput = z.object({ id: writeId, size: z.number().check(z.int(), z.nonnegative()) });
const idInput = z.object({ id: writeId });

/** Closes and removes the temporary file of a write that will not complete. */
async function discard(deps: PackageWriteDeps, id: string): Promise<boolean> {
  const s = deps.packageWrites.sessions.get(id);
  if (!s) return false;
  deps.packageWrites.sessions.delete(id);
  await s.handle.close().catch(() => undefined);
  await deps.writeFs.unlink(s.tempPath).catch(() => undefined);
  return true;
}

const unknownWrite = () => fail('There is no package being written with that id (it was finished, cancelled or refused).');

export async function openPackageWrite(input: unknown, deps: PackageWriteDeps): Promise<Result<OpenWriteOutput>> {
  const parsed = parseInput(openInput, input);
  if (!parsed.ok) return parsed.failure;
  const { suggestedName, filters } = parsed.value;
  const choice = await deps.showSaveDialog({
    defaultPath: path.join(deps.defaultDirectory(), windowsSafeName(suggestedName)),
    ...(filters ? { filters } : {}),
  });
  if (choice.canceled || !choice.filePath) return ok(null);
  const id = deps.randomId();
  const tempPath = tempPathFor(choice.filePath, id.slice(0, 12));
  try {
    // 'wx': never shares or overwrites a file; the final name is only taken by the rename at the end.
    const handle = await deps.writeFs.open(tempPath, 'wx');
    deps.packageWrites.sessions.set(id, { finalPath: choice.filePath, tempPath, handle, written: 0 });
  } catch (error) {
    return fail(describeFsError('Could not save', choice.filePath, error));
  }
  return ok({ id, path: choice.filePath });
}

export async function writePackageChunk(input: unknown, deps: PackageWriteDeps): Promise<Result<{ written: number }>> {
  const parsed = parseInput(chunkInput, input);
  if (!parsed.ok) {
    const id = (input as { id?: unknown } | null)?.id;
    if (typeof id === 'string') await discard(deps, id);
    return parsed.failure;
  }
  const { id, offset, data } = parsed.value;
  const s = deps.packageWrites.sessions.get(id);
  if (!s) return unknownWrite();
  if (offset !== s.written) {
    await discard(deps, id);
    return fail(`A part of the package was lost on the way (expected byte ${s.written}, got ${offset}); the file was not saved.`);
  }
  s.written += data.byteLength;
  try {
    await s.handle.write(data, 0, data.byteLength, offset);
  } catch (error) {
    await discard(deps, id);
    return fail(describeFsError('Could not save', s.finalPath, error));
  }
  return ok({ written: s.written });
}

export async function closePackageWrite(input: unknown, deps: PackageWriteDeps): Promise<Result<{ path: string }>> {
  const parsed = parseInput(closeInput, input);
  if (!parsed.ok) return parsed.failure;
  const { id, size } = parsed.value;
  const s = deps.packageWrites.sessions.get(id);
  if (!s) return unknownWrite();
  if (size !== s.written) {
    await discard(deps, id);
    return fail(`The package is incomplete (${s.written} of ${size} bytes arrived); the file was not saved.`);
  }
  deps.packageWrites.sessions.delete(id);
  try {
    await s.handle.sync();
    await s.handle.close();
    await renameWithRetry(deps.writeFs, s.tempPath, s.finalPath, deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))));
  } catch (error) {
    await s.handle.close().catch(() => undefined);
    await deps.writeFs.unlink(s.tempPath).catch(() => undefined);
    return fail(describeFsError('Could not save', s.finalPath, error));
  }
  await syncDirectory(deps.writeFs, path.dirname(s.finalPath));
  return ok({ path: s.finalPath });
}

export async function abortPackageWrite(input: unknown, deps: PackageWriteDeps): Promise<Result<{ aborted: boolean }>> {
  const parsed = parseInput(idInput, input);
  if (!parsed.ok) return parsed.failure;
  return ok({ aborted: await discard(deps, parsed.value.id) });
}
