import type { FreeSpace, Result } from '../contract';
import { describeFsError, fail, ok } from '../result';
import { noInput, parseInput } from './validation';

/** What `fs.statfs` tells about a file system; bigint when asked for (`{ bigint: true }`). */
export interface StatFsLike { bsize: number | bigint; blocks: number | bigint; bavail: number | bigint }

export interface FreeSpaceDeps {
  /** Node's `fs.promises.statfs`. */
  statfs(path: string): Promise<StatFsLike>;
  /** The folder the database lives in (Electron's userData): its disk is the one photos fill. */
  dataDirectory(): string;
}

/**
 * Free space on the disk that holds the database, as this user may use it (`bavail`: blocks left to unprivileged
 * users, not `bfree`). The browser's storage estimate reports a quota that can be far larger than the disk (1.1 GB on
 * a 40 MB disk), so only this number tells the renderer that photos are about to stop fitting.
 */
export async function getFreeSpace(input: unknown, deps: FreeSpaceDeps): Promise<Result<FreeSpace>> {
  const parsed = parseInput(noInput, input);
  if (!parsed.ok) return parsed.failure;
  const dir = deps.dataDirectory();
  try {
    const s = await deps.statfs(dir);
    const bsize = Number(s.bsize);
    const free = Number(s.bavail) * bsize;
    const total = Number(s.blocks) * bsize;
    if (!Number.isFinite(free) || !Number.isFinite(total) || free < 0 || total < 0) return fail(`Could not read the free space of ${dir}`);
    return ok({ freeBytes: free, totalBytes: total });
  } catch (error) {
    return fail(describeFsError('Could not read the free space of', dir, error));
  }
}
