import { db } from '../../db/db';
import { getSetting, putSetting } from '../../db/settings';

/** The shared folder this machine syncs with, remembered across restarts. */
export const SYNC_FOLDER_KEY = 'sync.folder';

export async function readSyncFolder(): Promise<string | null> {
  const value = await getSetting<unknown>(SYNC_FOLDER_KEY);
  return typeof value === 'string' && value ? value : null;
}

export function saveSyncFolder(path: string): Promise<void> {
  return putSetting(SYNC_FOLDER_KEY, path);
}

/** Forgets the folder (after its access was revoked), so the sync does not offer a folder it may no longer use. */
export async function forgetSyncFolder(path: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    if ((await readSyncFolder()) === path) await db.settings.delete(SYNC_FOLDER_KEY);
  });
}
