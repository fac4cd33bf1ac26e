import { openPackageBytes } from '../domain/package';
import { readPackageBlob } from '../domain/package/blob-read';
import type { ReadReply, ReadRequest } from './protocol';

/** The part of the worker scope we use; the project's TS lib is DOM, not WebWorker. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadReply, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** The buffers under the files read (stored photos are views into the package), each once, to hand back without a copy. */
function buffersOf(files: Map<string, Uint8Array>): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const f of files.values()) out.add(f.buffer as ArrayBuffer);
  return [...out];
}

const failed = (e: unknown) => scope.postMessage({ type: 'error', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }, []);

// Decrypting, unzipping and hashing a package of gigabytes takes seconds to minutes; here it never blocks the page.
scope.onmessage = (event) => {
  const request = event.data;
  if ('file' in request) {
    // The staged files come back as Blobs: cloning one passes a handle to the same bytes, not the bytes.
    const onProgress = (p: { done: number; total: number }) => scope.postMessage({ type: 'progress', ...p }, []);
    readPackageBlob(request.file, { ...(request.limits ? { limits: request.limits } : {}), onProgress }).then(
      (result) => scope.postMessage({ type: 'read', result }, []),
      failed,
    );
    return;
  }
  const { bytes, options } = request;
  openPackageBytes(bytes, options).then(
    (result) => scope.postMessage({ type: 'done', result }, result.ok ? buffersOf(result.files) : []),
    failed,
  );
};
