import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';
import { isQuotaError } from '../domain/photo/errors';

/**
 * Storage trouble the UI warns about, gathered where every write passes (a Dexie middleware on the one database):
 * a write refused because the disk or quota is full — whichever screen made it, a photo especially — and a signal
 * after each stored photo, on which the free space is worth reading again.
 */
type Listener = () => void;

let full = false;
let photoWrites = 0;
const listeners = new Set<Listener>();
const notify = () => { for (const l of [...listeners]) l(); };

/** True once a write failed for lack of space (until `clearStorageFull`, e.g. when space was freed). */
export function storageFull(): boolean {
  return full;
}

/** Counts photo files stored since start: a change means free space is worth reading again. */
export function photoWriteCount(): number {
  return photoWrites;
}

export function reportStorageFull(): void {
  if (full) return;
  full = true;
  notify();
}

export function clearStorageFull(): void {
  if (!full) return;
  full = false;
  notify();
}

export function subscribeStorage(listener: Listener): () => void {
  listeners.add(listener);
  return () => { listeners.delete(listener); };
}

/** Reports a quota failure of `e`, then passes `e` on unchanged: a caller still sees (and explains) its own failure. */
export function watchQuota(e: unknown): never {
  if (isQuotaError(e)) reportStorageFull();
  throw e;
}

/**
 * Every write of the database, watched: a mutate refused with QuotaExceededError, or a read-write transaction aborted
 * by one (Chromium often reports a full disk only when the transaction commits).
 */
export const quotaWatch: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'quotaWatch',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const tx: DBCoreTransaction = down.transaction(stores, mode, options);
        const events = tx as Partial<Pick<IDBTransaction, 'addEventListener' | 'error'>>;
        if (mode === 'readwrite' && typeof events.addEventListener === 'function') {
          events.addEventListener('abort', () => { if (isQuotaError(events.error)) reportStorageFull(); });
        }
        return tx;
      },
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => table.mutate(req).then((res) => {
            if (name === 'blobs' && req.type !== 'delete' && req.type !== 'deleteRange') {
              photoWrites += 1;
              notify();
            }
            return res;
          }, watchQuota),
        };
      },
    };
  },
};
