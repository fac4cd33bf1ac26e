import path from 'node:path';
import * as z from 'zod/mini';
import type { Result, SyncEntry } from '../contract';
import { describeFsError, fail, ok } from '../result';
import { isInside, openFolder, type SyncFolderDeps } from './sync-folder';
import { absoluteFolder, isPackageFileName, parseInput } from './validation';

const listInput = z.object({ path: absoluteFolder });

export type ListPackagesDeps = SyncFolderDeps;

/**
 * Lists the packages in a sync folder. Half-written files (`*.part-*`), hidden files (macOS `._x.siteproof`
 * shadows on USB sticks) and links pointing out of the folder are left out.
 */
export async function listSyncPackages(input: unknown, deps: ListPackagesDeps): Promise<Result<SyncEntry[]>> {
  const parsed = parseInput(listInput, input);
  if (!parsed.ok) return parsed.failure;
  const folder = await openFolder(deps, parsed.value.path);
  if (!folder.ok) return fail(folder.error);
  let entries;
  try {
    entries = await deps.fs.readdir(folder.realPath, { withFileTypes: true });
  } catch (error) {
    return fail(describeFsError('Cannot list the sync folder', parsed.value.path, error));
  }
  const packages: SyncEntry[] = [];
  for (const entry of entries) {
    if (!isPackageFileName(entry.name) || !(entry.isFile() || entry.isSymbolicLink())) continue;
    try {
      const real = await deps.fs.realpath(path.join(folder.realPath, entry.name));
      if (!isInside(folder.realPath, real)) continue;
      const stats = await deps.fs.stat(real);
      if (stats.isFile()) packages.push({ name: entry.name, size: stats.size, modifiedMs: stats.mtimeMs });
    } catch {
      // The file went away between listing and reading it (another device is syncing): not a package right now.
    }
  }
  packages.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return ok(packages);
}
