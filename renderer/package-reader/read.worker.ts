import { openPackageBytes } from '../domain/package';
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

// Decrypting, unzipping and hashing a package of a gigabyte takes seconds; here it never blocks the page.
scope.onmessage = (event) => {
  const { bytes, options } = event.data;
  openPackageBytes(bytes, options).then(
    (result) => scope.postMessage({ type: 'done', result }, result.ok ? buffersOf(result.files) : []),
    (e: unknown) => scope.postMessage({ type: 'error', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }, []),
  );
};
