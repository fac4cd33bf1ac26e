import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';

export type AtomicFs = Pick<typeof fsp, 'open' | 'rename' | 'unlink'>;

export interface AtomicWriteOptions {
  fs?: AtomicFs;
  /** The random part of the temporary name; injectable so tests can predict it. */
  tempSuffix?: () => string;
  /** Waits between rename attempts; injectable so tests need not sleep. */
  sleep?: (ms: number) => Promise<void>;
}

/** Windows (antivirus, indexers, sync clients) briefly locks fresh files; these clear up after a moment. */
const TRANSIENT_RENAME_ERRORS = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_ATTEMPTS = 5;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function tempPathFor(finalPath: string, suffix: string): string {
  return `${finalPath}.part-${suffix}`;
}

export async function renameWithRetry(fs: AtomicFs, from: string, to: string, sleep: (ms: number) => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= RENAME_ATTEMPTS || !TRANSIENT_RENAME_ERRORS.has(code)) throw error;
      await sleep(50 * attempt);
    }
  }
}

/** Makes the rename itself survive a power cut. Directories cannot be opened on Windows: best effort only. */
export async function syncDirectory(fs: AtomicFs, dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform or file system; the file itself is already on disk.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Writes `data` so that `finalPath` either keeps its old content or holds the complete new content, never a torn
 * file: write to a sibling `<name>.part-<random>`, fsync it, then rename over the final name. On any failure the
 * temporary file is removed and the final file is untouched.
 */
export async function writeFileAtomic(finalPath: string, data: Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? fsp;
  const tempPath = tempPathFor(finalPath, (options.tempSuffix ?? (() => randomBytes(6).toString('hex')))());
  let handle: fsp.FileHandle | undefined;
  try {
    // 'wx' so two writers can never share a temporary file.
    handle = await fs.open(tempPath, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(fs, tempPath, finalPath, options.sleep ?? defaultSleep);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(tempPath).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fs, path.dirname(finalPath));
}
