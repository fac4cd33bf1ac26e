import { useLiveQuery } from 'dexie-react-hooks';
import type { PhotoBlob, PhotoRedaction } from '../domain/model';
import { clock } from '../domain/clock';
import { PhotoError, currentRedaction, isQuotaError, redactionProblems, type RedactionDraft } from '../domain/photo';
import { appendAudit } from './audit';
import { db } from './db';
import type { Identity } from './identity';
import { getBlob, sha256Hex } from './photos';

/**
 * Photo redactions. The original is never touched: a redaction is a record (which areas, which marks, who, when,
 * the original's hash) and a new 'redacted' image with its own hash, made from the original. Both are written in
 * one transaction with the audit entry; redacting again adds a record and replaces the redacted image.
 */

export interface RedactedImage { blob: Blob; width: number; height: number }
/** Draws the redacted copy of an original (the browser one runs in the derive worker). */
export type Redactor = (original: Blob, draft: RedactionDraft) => Promise<RedactedImage>;

export class RedactionError extends Error {
  constructor(readonly problems: string[]) {
    super(`the redaction cannot be saved: ${problems.join(', ')}`);
    this.name = 'RedactionError';
  }
}

export function redactionsOfPhoto(photoId: string): Promise<PhotoRedaction[]> {
  return db.redactions.where('photoId').equals(photoId).toArray();
}

export function redactionsOfVisit(visitId: string): Promise<PhotoRedaction[]> {
  return db.redactions.where('visitId').equals(visitId).toArray();
}

/** The photo's current redaction, live; null when it has none, undefined while loading. */
export function useCurrentRedaction(photoId: string): PhotoRedaction | null | undefined {
  return useLiveQuery(async () => currentRedaction(await redactionsOfPhoto(photoId), photoId) ?? null, [photoId]);
}

/**
 * Checks the draft, proves the stored original is still the one captured (the record names its hash), draws the
 * redacted copy, then stores record, image and audit entry together. Resolves with the record once committed.
 */
export async function redactPhoto(who: Identity, photoId: string, draft: RedactionDraft, redactor: Redactor): Promise<PhotoRedaction> {
  const problems = redactionProblems(draft);
  if (problems.length) throw new RedactionError(problems);
  const photo = await db.photos.get(photoId);
  if (!photo) throw new PhotoError('not-found', `no photo ${photoId}`);
  if (photo.deleted) throw new RedactionError(['deleted']);
  const found = await getBlob(photoId, 'original');
  if (found.status === 'missing') throw new PhotoError('unreadable', 'the original of this photo is missing');
  const originalBytes = new Uint8Array(await found.blob.arrayBuffer());
  if ((await sha256Hex(originalBytes)) !== photo.sha256) throw new RedactionError(['original-changed']);

  const image = await redactor(found.blob, draft);
  const bytes = new Uint8Array(await image.blob.arrayBuffer());
  const sha256 = await sha256Hex(bytes);
  const record: PhotoRedaction = {
    id: crypto.randomUUID(), visitId: photo.visitId, photoId, originalSha256: photo.sha256,
    areas: draft.areas, annotations: draft.annotations.map((a) => (a.kind === 'text' ? { ...a, text: a.text.trim() } : a)),
    author: who.author, device: who.device, at: clock.nowIso(),
    redacted: { sha256, size: bytes.length, width: image.width, height: image.height },
  };
  const row: PhotoBlob = {
    key: `${photoId}/redacted`, photoId, variant: 'redacted',
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }), width: image.width, height: image.height,
  };
  try {
    await db.transaction('rw', [db.photos, db.blobs, db.redactions, db.audit], async () => {
      const now = await db.photos.get(photoId);
      if (!now || now.deleted) throw new RedactionError(['deleted']);
      await db.redactions.add(record);
      await db.blobs.put(row);
      await appendAudit(who, {
        visitId: photo.visitId, questionId: photo.questionId, stepId: photo.stepId, action: 'photo-redacted',
        details: {
          photoId, number: photo.number ?? null, redactionId: record.id, originalSha256: photo.sha256, redactedSha256: sha256,
          areas: record.areas.length, annotations: record.annotations.length,
        },
      });
    });
  } catch (e) {
    throw isQuotaError(e) ? new PhotoError('storage-full', 'not enough disk space to store the redacted copy', { cause: e }) : e;
  }
  return record;
}
