import type { PhotoCheck } from '../domain/dossier/types';
import type { Photo, PhotoRedaction, Visit } from '../domain/model';
import { currentRedaction } from '../domain/photo';
import { getBlob, sha256Hex, verifyPhoto } from './photos';
import { listVisits } from './visits';

export { loadVisitBundle } from './visit-bundle';

/** A report-size JPEG ready to be handed to the PDF worker (the buffer is transferred, not copied). */
export interface DossierImage {
  id: string;
  jpeg: ArrayBuffer;
  width: number;
  height: number;
}

export interface PhotoLoad {
  info: Map<string, PhotoCheck>;
  images: DossierImage[];
}

export interface PhotoLoadOptions {
  /** Read the report-size copies too (the full dossier); the light version only checks the originals. */
  includeImages: boolean;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** The visit's redactions: a redacted photo is read as its redacted copy, checked against the record's hash. */
  redactions?: readonly PhotoRedaction[];
}

function aborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new DOMException('The dossier was cancelled.', 'AbortError');
}

/**
 * Checks every live photo's original against the SHA-256 taken at capture and reads its report copy. One photo
 * at a time, so memory holds one original at most; a vanished file or row is reported, never thrown.
 */
export async function loadDossierPhotos(photos: Photo[], opts: PhotoLoadOptions): Promise<PhotoLoad> {
  const live = photos.filter((p) => !p.deleted);
  const info = new Map<string, PhotoCheck>();
  const images: DossierImage[] = [];
  let done = 0;
  opts.onProgress?.(0, live.length);
  for (const photo of live) {
    aborted(opts.signal);
    let status: PhotoCheck['status'];
    try {
      const v = await verifyPhoto(photo.id);
      status = v.status === 'ok' ? 'ok' : v.status === 'mismatch' ? 'hash-mismatch' : 'missing';
    } catch {
      status = 'missing';
    }
    const redaction = currentRedaction(opts.redactions ?? [], photo.id);
    // A redacted photo is embedded as its redacted copy or not at all: never as the report copy of the original.
    const variant = redaction ? 'redacted' : 'report';
    const copy = await getBlob(photo.id, variant).catch(() => ({ status: 'missing' as const }));
    let usable = copy.status === 'ok';
    if (copy.status === 'ok' && (opts.includeImages || redaction)) {
      try {
        const jpeg = await copy.blob.arrayBuffer();
        if (redaction && (await sha256Hex(new Uint8Array(jpeg))) !== redaction.redacted.sha256) usable = false;
        else if (opts.includeImages) images.push({ id: photo.id, jpeg, width: copy.width, height: copy.height });
      } catch {
        usable = false;
      }
    }
    info.set(photo.id, redaction ? { status, report: copy.status === 'ok', redacted: usable } : { status, report: usable });
    opts.onProgress?.(++done, live.length);
  }
  return { info, images };
}

/** Visits that can go into a comparison: not archived, newest first as the visits page lists them. */
export function listComparableVisits(): Promise<Visit[]> {
  return listVisits(false);
}
