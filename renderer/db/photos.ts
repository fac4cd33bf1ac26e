import exifr from 'exifr';
import type { Photo, PhotoBlob, PhotoVariant } from '../domain/model';
import { clock } from '../domain/clock';
import {
  DERIVATIVES, DeriverUnavailableError, MAX_PHOTO_BYTES, MIME_BY_TYPE, PhotoError, exifDateToIso, isAccepted, isNotFoundError, isQuotaError, isTruncated,
  normalizeOrientation, orientedSize, readDimensions, sniffType, type DerivativeSpec, type DerivedVariant,
} from '../domain/photo';
import { appendAudit } from './audit';
import { db } from './db';
import type { Identity } from './identity';
import { neutralizeBidi } from '../domain/text/bidi';

/**
 * Photo storage. The order of work is what keeps captures safe: everything slow or fallible (reading the
 * file, hashing, EXIF) happens before the one write transaction, and that transaction stores the record, the
 * untouched original and the audit entry together. Derivatives come later, in a second transaction, so a
 * crash or a failed resize never costs the original.
 */

export interface AddPhotoInput {
  visitId: string;
  questionId: string;
  stepId: string;
  data: Blob | Uint8Array;
  source: Photo['source'];
  fileName?: string;
  caption?: string;
}

export interface AddPhotoResult {
  photo: Photo;
  /** The same bytes were already stored for this step; `photo` is that earlier record. */
  duplicate: boolean;
  /** The stored original, handed on so derivatives need not read it back. */
  original: Blob;
}

export interface DerivedImage { variant: DerivedVariant; blob: Blob; width: number; height: number }
/** Makes the upright report copy and thumbnail from an original; the browser one runs in a Web Worker. */
export type Deriver = (original: Blob, specs: readonly DerivativeSpec[]) => Promise<DerivedImage[]>;

export type BlobResult =
  | { status: 'ok'; blob: Blob; width: number; height: number }
  | { status: 'missing'; reason: 'no-record' | 'file-gone' };

export type VerifyResult =
  | { status: 'ok'; sha256: string }
  | { status: 'mismatch'; expected: string; actual: string }
  | { status: 'missing' };

export type DeriveOutcome = 'ready' | 'failed' | 'gone';

const blobKey = (photoId: string, variant: PhotoVariant) => `${photoId}/${variant}`;

export function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

async function readBytes(data: Blob | Uint8Array): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data;
  if (data.size > MAX_PHOTO_BYTES) throw new PhotoError('too-large', `file is ${data.size} bytes`);
  try {
    return new Uint8Array(await data.arrayBuffer());
  } catch (e) {
    // The file was moved, deleted or is on a disconnected drive.
    throw new PhotoError('unreadable', 'the file could not be read', { cause: e });
  }
}

interface ExifFacts { orientation: number; takenAt?: string }

async function readExif(bytes: Uint8Array): Promise<ExifFacts> {
  try {
    const tags = (await exifr.parse(bytes, {
      tiff: true, exif: true, gps: false, interop: false, ifd1: false, xmp: false, icc: false, iptc: false,
      pick: ['Orientation', 'DateTimeOriginal'], reviveValues: false, translateValues: false,
    })) as { Orientation?: unknown; DateTimeOriginal?: unknown } | undefined;
    return { orientation: normalizeOrientation(tags?.Orientation), takenAt: exifDateToIso(tags?.DateTimeOriginal) };
  } catch {
    // Missing or broken EXIF never stops an import: the picture itself is what matters.
    return { orientation: 1 };
  }
}

/** Rethrows a full disk as a typed error; anything else unchanged. */
function storageError(e: unknown): unknown {
  return isQuotaError(e) ? new PhotoError('storage-full', 'not enough disk space to store the photo', { cause: e }) : e;
}

/**
 * Validates, hashes and stores one photo. Resolves only after the transaction has committed (with strict
 * durability, see db.ts), so the caller may then tell the user the photo is saved.
 */
export async function addPhoto(who: Identity, input: AddPhotoInput): Promise<AddPhotoResult> {
  const bytes = await readBytes(input.data);
  if (bytes.length === 0) throw new PhotoError('empty', 'the file is empty');
  if (bytes.length > MAX_PHOTO_BYTES) throw new PhotoError('too-large', `file is ${bytes.length} bytes`);
  const type = sniffType(bytes);
  if (type === 'heic') throw new PhotoError('heic', 'HEIC photos cannot be read here; export as JPEG');
  if (!isAccepted(type)) throw new PhotoError('unsupported', 'only JPEG, PNG and WebP photos are accepted');
  const encoded = readDimensions(bytes, type);
  if (!encoded) throw new PhotoError('damaged', 'the file is damaged: its image header cannot be read');

  const sha256 = await sha256Hex(bytes);
  const exif = type === 'webp' ? { orientation: 1 } : await readExif(bytes);
  const mime = MIME_BY_TYPE[type];
  // A fresh Blob of exactly the bytes that were hashed: a File handle could change on disk after this point.
  const original = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime });
  const now = clock.nowIso();
  const id = crypto.randomUUID();
  const upright = orientedSize(encoded.width, encoded.height, exif.orientation);
  const photo: Photo = {
    id, visitId: input.visitId, questionId: input.questionId, stepId: input.stepId,
    sha256, mime, size: bytes.length, width: upright.width, height: upright.height,
    source: input.source, orientation: exif.orientation, caption: neutralizeBidi(input.caption ?? '').trim(),
    derivatives: 'pending', author: who.author, device: who.device, createdAt: now, updatedAt: now,
    ...(input.fileName ? { fileName: input.fileName } : {}),
    ...(exif.takenAt ? { takenAt: exif.takenAt } : {}),
    ...(isTruncated(bytes, type) ? { truncated: true } : {}),
  };
  const originalRow: PhotoBlob = { key: blobKey(id, 'original'), photoId: id, variant: 'original', blob: original, ...encoded };

  try {
    return await db.transaction('rw', [db.photos, db.blobs, db.audit], async () => {
      const existing = await db.photos.where('sha256').equals(sha256)
        .filter((p) => p.visitId === input.visitId && p.questionId === input.questionId && p.stepId === input.stepId && !p.deleted)
        .first();
      if (existing) return { photo: existing, duplicate: true, original };
      // The next number of the visit, counting deleted photos too: numbers are never reused.
      const numbers = (await db.photos.where('visitId').equals(input.visitId).toArray()).map((p) => p.number ?? 0);
      photo.number = Math.max(0, ...numbers) + 1;
      await db.photos.add(photo);
      await db.blobs.add(originalRow);
      await appendAudit(who, {
        visitId: input.visitId, questionId: input.questionId, stepId: input.stepId, action: 'photo-added',
        details: { photoId: id, number: photo.number, sha256, size: bytes.length, source: input.source, fileName: input.fileName ?? null },
      });
      return { photo, duplicate: false, original };
    });
  } catch (e) {
    throw storageError(e);
  }
}

/** Reads one stored image; a vanished row or blob file comes back as 'missing' instead of an exception. */
export async function getBlob(photoId: string, variant: PhotoVariant): Promise<BlobResult> {
  let row: PhotoBlob | undefined;
  try {
    row = await db.blobs.get(blobKey(photoId, variant));
  } catch (e) {
    if (isNotFoundError(e)) return { status: 'missing', reason: 'file-gone' };
    throw e;
  }
  if (!row) return { status: 'missing', reason: 'no-record' };
  try {
    // The row can outlive the file Chromium keeps the bytes in; reading one byte proves the file is there.
    await row.blob.slice(0, 1).arrayBuffer();
  } catch {
    return { status: 'missing', reason: 'file-gone' };
  }
  return { status: 'ok', blob: row.blob, width: row.width, height: row.height };
}

/** Recomputes the original's SHA-256 and compares it with the one taken at capture. */
export async function verifyPhoto(photoId: string): Promise<VerifyResult> {
  const photo = await db.photos.get(photoId);
  if (!photo) throw new PhotoError('not-found', `no photo ${photoId}`);
  const found = await getBlob(photoId, 'original');
  if (found.status === 'missing') return { status: 'missing' };
  let actual: string;
  try {
    actual = await sha256Hex(new Uint8Array(await found.blob.arrayBuffer()));
  } catch {
    return { status: 'missing' };
  }
  return actual === photo.sha256 ? { status: 'ok', sha256: actual } : { status: 'mismatch', expected: photo.sha256, actual };
}

async function setDerivatives(photoId: string, state: Photo['derivatives']): Promise<void> {
  try {
    await db.photos.update(photoId, { derivatives: state });
  } catch (e) {
    throw storageError(e);
  }
}

/**
 * Makes and stores the report copy and thumbnail of one photo. A failure to decode marks the photo 'failed'
 * and keeps it; a full disk or a dead deriver (both thrown) leave it 'pending' so the next start tries again.
 */
export async function makeDerivatives(photoId: string, deriver: Deriver, original?: Blob): Promise<DeriveOutcome> {
  let source = original;
  // With the original in hand the photo was just stored as pending; otherwise look first (resume, retry).
  if (!source) {
    const photo = await db.photos.get(photoId);
    if (!photo) return 'gone';
    if (photo.derivatives === 'ready') return 'ready';
    const found = await getBlob(photoId, 'original');
    if (found.status === 'missing') {
      await setDerivatives(photoId, 'failed');
      return 'failed';
    }
    source = found.blob;
  }
  let images: DerivedImage[];
  try {
    images = await deriver(source, DERIVATIVES);
    if (!DERIVATIVES.every((d) => images.some((i) => i.variant === d.variant))) throw new Error('deriver returned too few images');
  } catch (e) {
    if (e instanceof DeriverUnavailableError) throw e;
    await setDerivatives(photoId, 'failed');
    return 'failed';
  }
  try {
    return await db.transaction('rw', [db.photos, db.blobs], async (): Promise<DeriveOutcome> => {
      // Updating first doubles as the existence check: a photo removed meanwhile gets no orphan files.
      if ((await db.photos.update(photoId, { derivatives: 'ready' })) === 0) return 'gone';
      await db.blobs.bulkPut(images.map((i): PhotoBlob => ({
        key: blobKey(photoId, i.variant), photoId, variant: i.variant, blob: i.blob, width: i.width, height: i.height,
      })));
      return 'ready';
    });
  } catch (e) {
    throw storageError(e);
  }
}

/** Puts a photo whose derivatives failed back in line (e.g. after a browser update that decodes it). */
export async function retryDerivatives(photoId: string): Promise<void> {
  await setDerivatives(photoId, 'pending');
}

export function listPendingDerivatives(): Promise<Photo[]> {
  return db.photos.filter((p) => p.derivatives === 'pending').sortBy('createdAt');
}

/**
 * Run at start: photos whose derivation was cut short (app killed, disk full) get their derivatives now.
 * One at a time, so a start with many pending photos does not flood the machine.
 */
export async function resumePendingDerivatives(deriver: Deriver): Promise<Record<DeriveOutcome, number>> {
  const counts: Record<DeriveOutcome, number> = { ready: 0, failed: 0, gone: 0 };
  for (const photo of await listPendingDerivatives()) counts[await makeDerivatives(photo.id, deriver)] += 1;
  return counts;
}

/** `change` returns null when there is nothing to do (e.g. restoring a photo that is not deleted). */
async function editPhoto(photoId: string, change: (photo: Photo) => Photo | null, audit?: (photo: Photo) => Promise<unknown>): Promise<Photo> {
  try {
    return await db.transaction('rw', [db.photos, db.audit], async () => {
      const photo = await db.photos.get(photoId);
      if (!photo) throw new PhotoError('not-found', `no photo ${photoId}`);
      const changed = change(photo);
      if (!changed) return photo;
      const updated: Photo = { ...changed, updatedAt: clock.nowIso() };
      await db.photos.put(updated);
      if (audit) await audit(updated);
      return updated;
    });
  } catch (e) {
    throw storageError(e);
  }
}

export function updateCaption(_who: Identity, photoId: string, caption: string): Promise<Photo> {
  const text = neutralizeBidi(caption).trim();
  return editPhoto(photoId, (p) => (p.caption === text ? null : { ...p, caption: text }));
}

/**
 * Soft delete: the photo disappears from the checklist and the dossier but its bytes stay, and the audit
 * log says who removed it and why. A reason is required.
 */
export function deletePhoto(who: Identity, photoId: string, reason: string): Promise<Photo> {
  const why = reason.trim();
  if (!why) return Promise.reject(new PhotoError('reason-required', 'say why the photo is removed'));
  return editPhoto(
    photoId,
    (p) => (p.deleted ? null : { ...p, deleted: { at: clock.nowIso(), by: who.author || who.device, reason: why } }),
    (p) => appendAudit(who, {
      visitId: p.visitId, questionId: p.questionId, stepId: p.stepId, action: 'photo-deleted',
      details: { photoId: p.id, sha256: p.sha256, reason: why },
    }),
  );
}

export function restorePhoto(who: Identity, photoId: string): Promise<Photo> {
  return editPhoto(
    photoId,
    ({ deleted, ...rest }) => (deleted ? rest : null),
    (p) => appendAudit(who, {
      visitId: p.visitId, questionId: p.questionId, stepId: p.stepId, action: 'photo-restored',
      details: { photoId: p.id, sha256: p.sha256 },
    }),
  );
}

/** All photos of one step, deleted ones included (the UI decides what to show), oldest first. */
export function listStepPhotos(visitId: string, questionId: string, stepId: string): Promise<Photo[]> {
  return db.photos.where('[visitId+questionId]').equals([visitId, questionId])
    .filter((p) => p.stepId === stepId).sortBy('createdAt');
}

export function listVisitPhotos(visitId: string): Promise<Photo[]> {
  return db.photos.where('visitId').equals(visitId).sortBy('createdAt');
}

export function getPhoto(photoId: string): Promise<Photo | undefined> {
  return db.photos.get(photoId);
}

