/** The kinds of storage failure worth their own sentence; anything else is shown with its own message. */
export type StorageProblem = 'quota' | 'other';

interface ErrorLike { name?: unknown; message?: unknown; inner?: unknown }

/** Dexie wraps IndexedDB errors (inner); a full disk surfaces as QuotaExceededError, sometimes inside an AbortError. */
export function storageProblem(e: unknown): StorageProblem {
  let cur: unknown = e;
  for (let depth = 0; depth < 4 && cur && typeof cur === 'object'; depth += 1) {
    const x = cur as ErrorLike;
    if (x.name === 'QuotaExceededError') return 'quota';
    cur = x.inner;
  }
  return 'other';
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === 'object' && typeof (e as ErrorLike).message === 'string') return (e as ErrorLike).message as string;
  return String(e);
}

/** The sentence for a failed write: a full disk gets advice; other failures keep their own message. */
export function describeError(e: unknown, t: (key: 'error.quota') => string): string {
  return storageProblem(e) === 'quota' ? t('error.quota') : errorMessage(e);
}
