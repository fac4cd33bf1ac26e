import type * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describeFsError } from '../result';

export type SyncFs = Pick<typeof fsp, 'realpath' | 'stat' | 'readdir' | 'readFile'>;

export type Folder = { ok: true; realPath: string } | { ok: false; error: string };

/** Resolves the sync folder through any symlinks so containment checks compare real locations. */
export async function openFolder(fs: SyncFs, folder: string): Promise<Folder> {
  try {
    const realPath = await fs.realpath(folder);
    const stats = await fs.stat(realPath);
    if (!stats.isDirectory()) return { ok: false, error: `The sync folder ${folder} is not a folder` };
    return { ok: true, realPath };
  } catch (error) {
    return { ok: false, error: describeFsError('Cannot open the sync folder', folder, error) };
  }
}

/** True when `target` (a real path) lies inside `root` (a real path), not on it and not beside it. */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
