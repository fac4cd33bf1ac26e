import { db } from './db';
import { ensureIdentity } from './settings';

/**
 * The browser's storage manager, narrowed to what we use so tests can hand in a fake. The real limit on a
 * laptop is a full disk, which shows up as a shrinking quota; we warn before writes start failing.
 */
export type StorageApi = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

export interface StorageStatus {
  /** null: the browser cannot tell (no storage manager). */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

const GB = 1024 ** 3;
export const LOW_SPACE = { freeBytes: GB, freeShare: 0.1 } as const;

function storageApi(): StorageApi | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

/**
 * Asks the browser not to evict our data under storage pressure. Electron grants it; a plain browser may not.
 * Returns null when the API is missing or fails.
 */
export async function requestPersistence(api: StorageApi | undefined = storageApi()): Promise<boolean | null> {
  if (!api?.persist) return null;
  try {
    if (await api.persisted()) return true;
    return await api.persist();
  } catch {
    return null;
  }
}

export async function readStorageStatus(api: StorageApi | undefined = storageApi()): Promise<StorageStatus> {
  if (!api) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    api.persisted().catch(() => null),
    api.estimate().catch(() => null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

export function freeBytes(s: Pick<StorageStatus, 'usage' | 'quota'>): number | null {
  return s.usage === null || s.quota === null ? null : Math.max(0, s.quota - s.usage);
}

/** Less than 1 GB or less than 10 % of the quota left. */
export function isLowSpace(s: Pick<StorageStatus, 'usage' | 'quota'>): boolean {
  const free = freeBytes(s);
  if (free === null || !s.quota) return false;
  return free < LOW_SPACE.freeBytes || free / s.quota < LOW_SPACE.freeShare;
}

let opening: Promise<void> | undefined;

/**
 * Opens the database and makes sure this machine has a device id before the first capture. Rejects with the
 * browser's error when IndexedDB cannot be opened (e.g. a second instance holding it, or a full disk).
 * Called once at start-up, before the first render, so opening overlaps with loading the UI; later calls
 * share the same attempt.
 */
export function openStorage(): Promise<void> {
  opening ??= (async () => {
    await db.open();
    await ensureIdentity();
  })();
  return opening;
}
