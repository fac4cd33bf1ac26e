/**
 * Why a photo could not be taken in. Each code has a message in every UI language (locales/<lang>/photos.json);
 * `message` here is English for logs only.
 */
export type PhotoErrorCode =
  | 'empty' | 'unreadable' | 'damaged' | 'heic' | 'unsupported' | 'too-large'
  | 'storage-full' | 'not-found' | 'reason-required';

export class PhotoError extends Error {
  readonly code: PhotoErrorCode;
  constructor(code: PhotoErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PhotoError';
    this.code = code;
  }
}

export function isPhotoError(e: unknown, code?: PhotoErrorCode): e is PhotoError {
  return e instanceof PhotoError && (code === undefined || e.code === code);
}

interface ErrorLike { name?: unknown; inner?: unknown; cause?: unknown }

/** Walks Dexie's `inner` and the standard `cause` chain: a full disk often arrives wrapped in an AbortError. */
export function errorChain(e: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let cur: unknown = e;
  while (cur && typeof cur === 'object' && chain.length < 8 && !chain.includes(cur as ErrorLike)) {
    chain.push(cur as ErrorLike);
    const next: unknown = (cur as ErrorLike).inner ?? (cur as ErrorLike).cause;
    cur = next;
  }
  return chain;
}

export function isQuotaError(e: unknown): boolean {
  return errorChain(e).some((x) => x.name === 'QuotaExceededError');
}

/** A blob file that vanished under the database reads as NotFoundError (see w3c/IndexedDB#423). */
export function isNotFoundError(e: unknown): boolean {
  return errorChain(e).some((x) => x.name === 'NotFoundError');
}

/**
 * The deriver itself is gone (worker crashed or could not start): not the photo's fault, so the photo stays
 * pending instead of being marked failed.
 */
export class DeriverUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeriverUnavailable';
  }
}
