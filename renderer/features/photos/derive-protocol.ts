import type { DerivedImage } from '../../db/photos';
import type { RedactedImage } from '../../db/redactions';
import type { DerivativeSpec, RedactionDraft } from '../../domain/photo';

/** Messages between the page and derive.worker.ts. Blobs travel by reference, not by copy. */
export type DeriveRequest =
  | { id: number; kind: 'derive'; original: Blob; specs: readonly DerivativeSpec[] }
  | { id: number; kind: 'redact'; original: Blob; draft: RedactionDraft };
export type DeriveResponse =
  | { id: number; ok: true; images: DerivedImage[] }
  | { id: number; ok: true; redacted: RedactedImage }
  | { id: number; ok: false; error: string };
