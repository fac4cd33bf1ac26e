/// <reference lib="webworker" />
import type { ComparisonModel, DossierModel } from '../domain/dossier/types';
import { loadBundledFonts } from './browser-fonts';
import { renderComparison } from './comparison';
import { renderDossier, type PhotoBytes } from './dossier';
import type { WorkerReply, WorkerRequest } from './protocol';

/**
 * Builds PDFs off the UI thread. jsPDF is synchronous, so the renderers pause between questions; that is when
 * a 'cancel' message gets through. The page also terminates the worker, which stops it at once.
 */
declare const self: DedicatedWorkerGlobalScope;

let controller: AbortController | null = null;

const reply = (msg: WorkerReply, transfer: Transferable[] = []) => self.postMessage(msg, transfer);

async function run(job: Extract<WorkerRequest, { type: 'render' }>['job']): Promise<Uint8Array> {
  const fonts = await loadBundledFonts();
  const opts = { fonts, signal: controller!.signal, onProgress: (p: { done: number; total: number }) => reply({ type: 'progress', ...p }) };
  if (job.kind === 'comparison') return renderComparison(job.model as ComparisonModel, opts);
  const photos = new Map<string, PhotoBytes>(job.photos.map((p) => [p.id, { jpeg: new Uint8Array(p.jpeg), width: p.width, height: p.height }]));
  return renderDossier(job.model as DossierModel, photos, opts);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  if (msg.type === 'cancel') {
    controller?.abort();
    return;
  }
  controller = new AbortController();
  run(msg.job).then(
    (bytes) => {
      const buffer = bytes.buffer as ArrayBuffer;
      reply({ type: 'done', bytes: buffer }, [buffer]);
    },
    (e: unknown) => {
      const err = e instanceof Error ? e : new Error(String(e));
      reply({ type: 'error', name: err.name, message: err.message });
    },
  );
};
