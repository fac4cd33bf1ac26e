import type { PdfJob, WorkerReply, WorkerRequest } from './protocol';

export type { PdfJob } from './protocol';

export interface PdfClientOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** For tests: how the worker is made. */
  createWorker?: () => Worker;
}

const defaultWorker = () => new Worker(new URL('./dossier.worker.ts', import.meta.url), { type: 'module', name: 'siteproof-pdf' });

/**
 * Renders a PDF in a fresh module worker and resolves with its bytes. Cancelling sends 'cancel' and terminates
 * the worker right away, so a long render never keeps running in the background. One worker per job: its
 * memory (the whole document is built in memory) is released when it ends.
 */
export function renderInWorker(job: PdfJob, opts: PdfClientOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(new DOMException('The dossier was cancelled.', 'AbortError'));
      return;
    }
    const worker = (opts.createWorker ?? defaultWorker)();
    const finish = () => {
      opts.signal?.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      worker.postMessage({ type: 'cancel' } satisfies WorkerRequest);
      finish();
      reject(new DOMException('The dossier was cancelled.', 'AbortError'));
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const msg = event.data;
      if (msg.type === 'progress') opts.onProgress?.(msg.done, msg.total);
      else if (msg.type === 'done') {
        finish();
        resolve(new Uint8Array(msg.bytes));
      } else {
        finish();
        reject(msg.name === 'AbortError' ? new DOMException(msg.message, 'AbortError') : new Error(msg.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'The PDF worker failed to start.'));
    };
    const transfer = job.kind === 'dossier' ? job.photos.map((p) => p.jpeg) : [];
    worker.postMessage({ type: 'render', job } satisfies WorkerRequest, transfer);
  });
}
