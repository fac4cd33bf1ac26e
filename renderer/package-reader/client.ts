import { isEncrypted, openPackageBytes, type OpenOptions, type OpenResult } from '../domain/package';
import { readPackageBlob, type BlobReadOptions, type BlobReadResult } from '../domain/package/blob-read';
import type { ReadReply, ReadRequest } from './protocol';

export type PackageReader = (bytes: Uint8Array, options: OpenOptions) => Promise<OpenResult>;
/** Reads a package from a file entry by entry (see readPackageBlob); `signal` cancels it. */
export type PackageFileReader = (file: Blob, options: BlobReadOptions) => Promise<BlobReadResult>;

const defaultWorker = () => new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module', name: 'siteproof-package-reader' });

/** One request to a fresh worker, ended when it replies (its memory goes with it) or when `signal` aborts. */
function ask<T>(request: ReadRequest, pick: (msg: ReadReply) => T | undefined, createWorker: () => Worker, options: { signal?: AbortSignal; onProgress?: (p: { done: number; total: number }) => void } = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const { signal } = options;
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const worker = createWorker();
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    // Ending the worker is the whole cancel: it has written nothing anywhere, so nothing is left to undo.
    const onAbort = () => {
      end();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      const msg = event.data;
      if (msg.type === 'progress') {
        options.onProgress?.({ done: msg.done, total: msg.total });
        return;
      }
      end();
      if (msg.type === 'error') {
        reject(new Error(msg.message));
        return;
      }
      const value = pick(msg);
      if (value === undefined) reject(new Error(`The package reader answered "${msg.type}" out of turn.`));
      else resolve(value);
    };
    worker.onerror = (event) => {
      end();
      reject(new Error(event.message || 'The package reader failed to start.'));
    };
    worker.postMessage(request);
  });
}

/**
 * Reads a package in a fresh module worker (see openPackageBytes), so a large or hostile file never freezes the
 * page: the reader refuses a zip bomb from its directory, but a sound backup of a gigabyte still takes seconds
 * of hashing. The bytes are copied, not transferred: the caller keeps them (to retry with a passphrase). Where
 * there is no Worker (Node, tests) the same function runs in place.
 */
export function readPackageOffThread(bytes: Uint8Array, options: OpenOptions, createWorker: () => Worker = defaultWorker): Promise<OpenResult> {
  // An encrypted package without its passphrase is answered from its first bytes: no worker to start for that.
  const askForPassphrase = isEncrypted(bytes) && !options.passphrase;
  if (typeof Worker === 'undefined' || askForPassphrase) return openPackageBytes(bytes, options);
  return ask({ bytes, options }, (msg) => (msg.type === 'done' ? msg.result : undefined), createWorker);
}

/**
 * Reads a picked file in a fresh worker, entry by entry (readPackageBlob): the page holds neither the file nor
 * its photos (they come back as Blobs), and every hostile-package check runs there before the import commits
 * anything. Where there is no Worker (Node, tests) the same function runs in place.
 */
export function readPackageFileOffThread(file: Blob, options: BlobReadOptions, createWorker: () => Worker = defaultWorker): Promise<BlobReadResult> {
  if (typeof Worker === 'undefined') return readPackageBlob(file, options);
  const { signal, onProgress, limits } = options;
  return ask({ file, ...(limits ? { limits } : {}) }, (msg) => (msg.type === 'read' ? msg.result : undefined), createWorker, {
    ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}),
  });
}
