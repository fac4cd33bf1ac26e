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

const MB = 1024 ** 2;
/**
 * The free disk space under which the evaluator is warned: 500 MB, or ten photos' worth when photos are larger than
 * 50 MB each. A visit takes dozens of photos; below this a few more can fill the disk mid-visit.
 */
export const LOW_DISK = { bytes: 500 * MB, photos: 10, typicalPhotoBytes: 12 * MB } as const;

export interface SpaceReading {
  /** Free bytes on the disk of the data, as the main process read them; null where unknown (a browser). */
  disk: number | null;
  usage: number | null;
  quota: number | null;
}

export interface SpaceVerdict { low: boolean; free: number | null }

/**
 * Whether to warn, from what is known. The disk's free space (Electron) is the truth: a browser's quota can be far
 * larger than the disk (1.1 GB reported on a 40 MB disk), so a large quota never clears a small disk. Without the disk
 * (a browser) the quota can only ever warn — a failed write (storage-alarm.ts) is then the sure sign.
 */
export function judgeSpace(r: SpaceReading, photoBytes: number = LOW_DISK.typicalPhotoBytes): SpaceVerdict {
  const quotaFree = freeBytes(r);
  if (r.disk !== null) {
    const free = quotaFree === null ? r.disk : Math.min(r.disk, quotaFree);
    const threshold = Math.max(LOW_DISK.bytes, LOW_DISK.photos * photoBytes);
    return { low: r.disk < threshold || isLowSpace(r), free };
  }
  return { low: isLowSpace(r), free: quotaFree };
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
