import type { ComparisonModel, DossierModel } from '../domain/dossier/types';

/** What the page and the PDF worker say to each other. Photo bytes travel as transferred ArrayBuffers. */
export type PdfJob =
  | { kind: 'dossier'; model: DossierModel; photos: { id: string; jpeg: ArrayBuffer; width: number; height: number }[] }
  | { kind: 'comparison'; model: ComparisonModel };

export type WorkerRequest = { type: 'render'; job: PdfJob } | { type: 'cancel' };

export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; bytes: ArrayBuffer }
  | { type: 'error'; name: string; message: string };
