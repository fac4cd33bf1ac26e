import type * as fsp from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';
import { errorMessage } from '../ipc/result';

/**
 * The sync folders the user picked in the folder dialog. The sync channels serve only these, so a compromised
 * renderer cannot name any other folder on the disk. Kept in userData so a folder picked once still works after a
 * restart; only the last few picks are kept, as nobody syncs with more folders than that, and the app lists them so
 * the user can take any of them back (a folder picked once should not stay open to the app forever).
 */

export const GRANTS_FILE_NAME = 'sync-folders.json';
export const MAX_GRANTED_FOLDERS = 10;

/** `path` as the dialog returned it, `realPath` where it led then: access is decided by the real location. */
export interface FolderGrant { path: string; realPath: string }

export type GrantLookup =
  | { status: 'granted'; realPath: string }
  /** A picked folder that cannot be reached now (an unplugged USB stick); `error` says why. */
  | { status: 'unreachable'; error: unknown }
  | { status: 'refused' };

export interface FolderGrants {
  /** Grants a folder the user just picked; throws when the folder cannot be resolved. */
  add(folder: string): Promise<void>;
  /** Never throws. */
  lookup(folder: string): Promise<GrantLookup>;
  /** The granted folders as the dialog returned them, latest pick first. Never throws. */
  list(): Promise<string[]>;
  /** Takes a grant back; false when `folder` was not granted. Throws when the change cannot be saved to disk. */
  revoke(folder: string): Promise<boolean>;
}

export interface FolderGrantsDeps {
  /** Where the grants file lives: app.getPath('userData'). */
  dir: string;
  fs: Pick<typeof fsp, 'readFile' | 'realpath' | 'mkdir'>;
  writeFileAtomic(filePath: string, data: Uint8Array): Promise<void>;
  /** A grants file that cannot be read or written is not fatal (the user picks the folder again), but is logged. */
  warn?(message: string): void;
}

export function notGrantedMessage(folder: string): string {
  return `SiteProof may only use a sync folder you chose in its folder dialog, and ${folder} is not one of them. Choose the sync folder again.`;
}

const grantsFile = z.object({
  version: z.literal(1),
  folders: z.array(z.object({ path: z.string().check(z.minLength(1)), realPath: z.string().check(z.minLength(1)) })),
});

async function readGrants(file: string, deps: FolderGrantsDeps, warn: (message: string) => void): Promise<FolderGrant[]> {
  let text: string;
  try {
    text = await deps.fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`Cannot read ${file}: ${errorMessage(error)}`);
    return [];
  }
  try {
    const parsed = grantsFile.parse(JSON.parse(text));
    return parsed.folders.filter((grant) => path.isAbsolute(grant.path) && path.isAbsolute(grant.realPath)).slice(0, MAX_GRANTED_FOLDERS);
  } catch {
    warn(`${file} is damaged; the sync folders must be chosen again`);
    return [];
  }
}

const samePath = (a: string, b: string) => path.resolve(a) === path.resolve(b);

export function createFolderGrants(deps: FolderGrantsDeps): FolderGrants {
  const file = path.join(deps.dir, GRANTS_FILE_NAME);
  const warn = deps.warn ?? ((message: string) => console.warn(message));
  // Read once, on first use; every change after that is made to this list and then written out whole.
  let loaded: Promise<{ folders: FolderGrant[] }> | undefined;
  const state = () => (loaded ??= readGrants(file, deps, warn).then((folders) => ({ folders })));
  // Writes run one after another and each writes the list as it is then, so the last one on disk is the latest.
  let saving: Promise<void> = Promise.resolve();
  /** False when the list could not be written: the change then holds only until the app quits. */
  const save = async (folders: FolderGrant[], what: string): Promise<boolean> => {
    let saved = true;
    saving = saving.then(async () => {
      try {
        await deps.fs.mkdir(deps.dir, { recursive: true });
        const json = `${JSON.stringify({ version: 1, folders }, null, 2)}\n`;
        await deps.writeFileAtomic(file, new TextEncoder().encode(json));
      } catch (error) {
        saved = false;
        warn(`Cannot ${what} in ${file}: ${errorMessage(error)}`);
      }
    });
    await saving;
    return saved;
  };

  return {
    async add(folder) {
      const realPath = await deps.fs.realpath(folder);
      const current = await state();
      current.folders = [{ path: folder, realPath }, ...current.folders.filter((grant) => grant.realPath !== realPath)].slice(0, MAX_GRANTED_FOLDERS);
      // Not fatal: the folder works until the app quits, then the user picks it again.
      await save(current.folders, 'remember the sync folder');
    },

    async list() {
      return (await state()).folders.map((grant) => grant.path);
    },

    async revoke(folder) {
      const current = await state();
      // By the path the user sees in the list, not by where it leads now: an unplugged stick can be revoked too.
      const kept = current.folders.filter((grant) => !samePath(grant.path, folder));
      if (kept.length === current.folders.length) return false;
      current.folders = kept;
      // A revoke that comes back after a restart is worse than one that says it failed.
      if (!(await save(kept, 'forget the sync folder'))) {
        throw new Error(`${folder} was revoked until SiteProof quits, but the change could not be saved (${file}); revoke it again after a restart`);
      }
      return true;
    },

    async lookup(folder) {
      const { folders } = await state();
      let realPath: string;
      try {
        realPath = await deps.fs.realpath(folder);
      } catch (error) {
        // Only a picked folder learns why it cannot be opened; for any other path that would tell what exists on the disk.
        return folders.some((grant) => samePath(grant.path, folder)) ? { status: 'unreachable', error } : { status: 'refused' };
      }
      return folders.some((grant) => grant.realPath === realPath) ? { status: 'granted', realPath } : { status: 'refused' };
    },
  };
}
