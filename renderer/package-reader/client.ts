import { isEncrypted, openPackageBytes, type OpenOptions, type OpenResult } from '../domain/package';
import type { ReadReply, ReadRequest } from './protocol';

export type PackageReader = (bytes: Uint8Array, options: OpenOptions) => Promise<OpenResult>;

const defaultWorker = () => new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module', name: 'siteproof-package-reader' });

/**
 * Reads a package in a fresh module worker (see openPackageBytes), so a large or hostile file never freezes the
 * page: the reader refuses a zip bomb from its directory, but a sound backup of a gigabyte still takes seconds
 * of hashing. The bytes are copied, not transferred: the caller keeps them (to retry with a passphrase). One
 * worker per read, ended when it replies, so its memory goes with it. Where there is no Worker (Node, tests) the
 * same function runs in place.
 */
export function readPackageOffThread(bytes: Uint8Array, options: OpenOptions, createWorker: () => Worker = defaultWorker): Promise<OpenResult> {
  // An encrypted package without its passphrase is answered from its first bytes: no worker to start for that.
  const askForPassphrase = isEncrypted(bytes) && !options.passphrase;
  if (typeof Worker === 'undefined' || askForPassphrase) return openPackageBytes(bytes, options);
  return new Promise((resolve, reject) => {
    const worker = createWorker();
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      worker.terminate();
      const msg = event.data;
      if (msg.type === 'done') resolve(msg.result);
      else reject(new Error(msg.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The package reader failed to start.'));
    };
    worker.postMessage({ bytes, options } satisfies ReadRequest);
  });
}
