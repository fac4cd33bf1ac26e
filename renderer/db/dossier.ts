import type { PhotoCheck } from '../domain/dossier/types';
import type { Photo, Visit } from '../domain/model';
import { getBlob, verifyPhoto } from './photos';
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
    const report = await getBlob(photo.id, 'report').catch(() => ({ status: 'missing' as const }));
    let hasReport = report.status === 'ok';
    if (report.status === 'ok' && opts.includeImages) {
      try {
        images.push({ id: photo.id, jpeg: await report.blob.arrayBuffer(), width: report.width, height: report.height });
      } catch {
        hasReport = false;
      }
    }
    info.set(photo.id, { status, report: hasReport });
    opts.onProgress?.(++done, live.length);
  }
  return { info, images };
}

/** Visits that can go into a comparison: not archived, newest first as the visits page lists them. */
export function listComparableVisits(): Promise<Visit[]> {
  return listVisits(false);
}
