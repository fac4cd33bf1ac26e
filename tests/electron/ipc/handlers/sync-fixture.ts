import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../../../../electron/fs/atomic-write';

/** A real temporary sync folder next to an "outside" folder, for symlink-escape tests. */
export async function makeSyncFixture() {
  const base = await fsp.realpath(await fsp.mkdtemp(path.join(os.tmpdir(), 'siteproof-sync-')));
  const folder = path.join(base, 'sync');
  const outside = path.join(base, 'outside');
  await fsp.mkdir(folder);
  await fsp.mkdir(outside);
  return { base, folder, outside, cleanup: () => fsp.rm(base, { recursive: true, force: true }) };
}

/** Symlinks need a privilege on Windows; tests that make them skip there. */
export async function canSymlink(dir: string): Promise<boolean> {
  try {
    await fsp.symlink(path.join(dir, 'nowhere'), path.join(dir, 'probe-link'));
    await fsp.unlink(path.join(dir, 'probe-link'));
    return true;
  } catch {
    return false;
  }
}

/** Handler deps that write through the real atomic writer. */
export const realDeps = () => ({ fs: fsp, writeFileAtomic: (file: string, bytes: Uint8Array) => writeFileAtomic(file, bytes) });

/** Handler deps whose disk is full: the atomic writer's write fails with ENOSPC after the temp file opens. */
export function fullDiskDeps() {
  const full = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
  return {
    fs: fsp,
    writeFileAtomic: (file: string, bytes: Uint8Array) =>
      writeFileAtomic(file, bytes, {
        fs: {
          ...fsp,
          open: async (p, flags) => {
            const handle = await fsp.open(p, flags);
            handle.writeFile = async () => Promise.reject(full);
            return handle;
          },
        },
      }),
  };
}
