import type { DerivedImage } from '../../db/photos';
import type { DerivativeSpec } from '../../domain/photo';

/** Messages between the page and derive.worker.ts. Blobs travel by reference, not by copy. */
export interface DeriveRequest { id: number; original: Blob; specs: readonly DerivativeSpec[] }
export type DeriveResponse = { id: number; ok: true; images: DerivedImage[] } | { id: number; ok: false; error: string };
