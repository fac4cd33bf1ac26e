import { deriveImages } from './derive';
import type { DeriveRequest, DeriveResponse } from './derive-protocol';
import { renderRedacted } from './redact';

/** The part of the worker scope we use; the project's TS lib is DOM, not WebWorker. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<DeriveRequest>) => void) | null;
  postMessage(message: DeriveResponse): void;
}
const scope = self as unknown as WorkerScope;

const fail = (id: number) => (e: unknown) => scope.postMessage({ id, ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });

// Decoding and scaling a 12 MP photo takes a couple of hundred milliseconds; here it never blocks the UI.
scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'redact') {
    renderRedacted(request.original, request.draft).then((redacted) => scope.postMessage({ id: request.id, ok: true, redacted }), fail(request.id));
    return;
  }
  deriveImages(request.original, request.specs).then((images) => scope.postMessage({ id: request.id, ok: true, images }), fail(request.id));
};
