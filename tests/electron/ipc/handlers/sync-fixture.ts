import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { writeFileAtomic } from '../../../../electron/fs/atomic-write';
import { createFolderGrants, type FolderGrants } from '../../../../electron/sync/folder-grants';

/** A grants store over a real file in `dir`, as main.ts makes it over userData. */
export const grantsIn = (dir: string) => createFolderGrants({ dir, fs: fsp, writeFileAtomic: (file, bytes) => writeFileAtomic(file, bytes), warn: () => undefined });

/**
 * A real temporary sync folder, already granted as if picked in the folder dialog, next to an "outside" folder
 * (for symlink-escape and not-granted tests) and a userData folder holding the grants file.
 */
export async function makeSyncFixture() {
  const base = await fsp.realpath(await fsp.mkdtemp(path.join(os.tmpdir(), 'siteproof-sync-')));
  const folder = path.join(base, 'sync');
  const outside = path.join(base, 'outside');
  const userData = path.join(base, 'userData');
  await fsp.mkdir(folder);
  await fsp.mkdir(outside);
  const grants = grantsIn(userData);
  await grants.add(folder);
  return { base, folder, outside, userData, grants, cleanup: () => fsp.rm(base, { recursive: true, force: true }) };
}

/** Grants `folder` and then takes it away, as an unplugged USB stick does. */
export async function grantThenRemove(grants: FolderGrants, folder: string): Promise<void> {
  await fsp.mkdir(folder);
  await grants.add(folder);
  await fsp.rmdir(folder);
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
export const realDeps = (grants: FolderGrants) => ({ fs: fsp, grants, writeFileAtomic: (file: string, bytes: Uint8Array) => writeFileAtomic(file, bytes) });

/** Handler deps whose every disk access is recorded (and passed through), to show a refusal touches nothing. */
export function spyDeps(grants: FolderGrants) {
  const fs = {
    realpath: vi.fn(fsp.realpath),
    stat: vi.fn(fsp.stat),
    readdir: vi.fn(fsp.readdir),
    readFile: vi.fn(fsp.readFile),
  } as unknown as typeof fsp;
  const writeFileAtomic = vi.fn(async () => undefined);
  const touched = () => [fs.realpath, fs.stat, fs.readdir, fs.readFile, writeFileAtomic].some((spy) => vi.mocked(spy).mock.calls.length > 0);
  return { fs, grants, writeFileAtomic, touched };
}

/** Handler deps whose disk is full: the atomic writer's write fails with ENOSPC after the temp file opens. */
export function fullDiskDeps(grants: FolderGrants) {
  const full = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
  return {
    fs: fsp,
    grants,
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
