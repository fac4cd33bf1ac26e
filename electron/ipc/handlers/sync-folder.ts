import type * as fsp from 'node:fs/promises';
import path from 'node:path';
import { notGrantedMessage, type FolderGrants } from '../../sync/folder-grants';
import { describeFsError } from '../result';

export type SyncFs = Pick<typeof fsp, 'realpath' | 'stat' | 'readdir' | 'readFile'>;

/** What every channel that names a sync folder needs: the disk, and the folders the user granted. */
export interface SyncFolderDeps { fs: SyncFs; grants: Pick<FolderGrants, 'lookup'> }

export type Folder = { ok: true; realPath: string } | { ok: false; error: string };

/**
 * Opens a sync folder the user picked in the folder dialog, resolved through any symlinks so containment checks
 * compare real locations. Any other folder is refused before anything in it is looked at.
 */
export async function openFolder(deps: SyncFolderDeps, folder: string): Promise<Folder> {
  const grant = await deps.grants.lookup(folder);
  if (grant.status === 'refused') return { ok: false, error: notGrantedMessage(folder) };
  if (grant.status === 'unreachable') return { ok: false, error: describeFsError('Cannot open the sync folder', folder, grant.error) };
  try {
    const stats = await deps.fs.stat(grant.realPath);
    if (!stats.isDirectory()) return { ok: false, error: `The sync folder ${folder} is not a folder` };
    return { ok: true, realPath: grant.realPath };
  } catch (error) {
    return { ok: false, error: describeFsError('Cannot open the sync folder', folder, error) };
  }
}

/** True when `target` (a real path) lies inside `root` (a real path), not on it and not beside it. */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
