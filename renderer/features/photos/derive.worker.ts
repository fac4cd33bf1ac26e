import { deriveImages } from './derive';
import type { DeriveRequest, DeriveResponse } from './derive-protocol';

/** The part of the worker scope we use; the project's TS lib is DOM, not WebWorker. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<DeriveRequest>) => void) | null;
  postMessage(message: DeriveResponse): void;
}
const scope = self as unknown as WorkerScope;

// Decoding and scaling a 12 MP photo takes a couple of hundred milliseconds; here it never blocks the UI.
scope.onmessage = (event) => {
  const { id, original, specs } = event.data;
  deriveImages(original, specs).then(
    (images) => scope.postMessage({ id, ok: true, images }),
    (e: unknown) => scope.postMessage({ id, ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }),
  );
};
