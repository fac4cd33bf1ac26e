import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { addPhoto, deletePhoto, getBlob, verifyPhoto } from '../../../renderer/db/photos';
import { RedactionError, redactPhoto, redactionsOfPhoto, type Redactor } from '../../../renderer/db/redactions';
import { loadVisitBundle } from '../../../renderer/db/visit-bundle';
import { createVisit } from '../../../renderer/db/visits';
import { currentRedaction, type RedactionDraft } from '../../../renderer/domain/photo';
import { headerOnlyJpeg } from '../../../bench/fixtures/jpeg';
import { freshDb, visitFields } from './fixtures';

const alice = { author: 'Alice', device: 'dev-a' };
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const bytesOf = async (b: Blob) => new Uint8Array(await b.arrayBuffer());

/** Stands in for the worker (Node has no canvas): the bytes say what was drawn, so each draft gives other bytes. */
const calls: { original: Uint8Array; draft: RedactionDraft }[] = [];
const fakeRedactor: Redactor = async (original, draft) => {
  calls.push({ original: await bytesOf(original), draft });
  return { blob: new Blob([`redacted ${JSON.stringify(draft)}`], { type: 'image/jpeg' }), width: 1600, height: 1200 };
};
const draft: RedactionDraft = {
  areas: [{ kind: 'rect', x: 0.1, y: 0.1, w: 0.2, h: 0.2 }],
  annotations: [{ kind: 'text', x: 0.5, y: 0.5, text: '  fuel gauge ' }],
};

async function stored() {
  const visit = await createVisit(visitFields());
  const bytes = headerOnlyJpeg(4000, 3000, 'r', { orientation: 6 });
  const { photo } = await addPhoto(alice, { visitId: visit.id, questionId: 'q1', stepId: 's1', data: bytes, source: 'file' });
  return { visit, photo, bytes };
}

beforeEach(async () => {
  calls.length = 0;
  await freshDb();
});

describe('redactPhoto', () => {
  it('stores the record, a redacted copy with its own hash and an audit entry; the original is untouched', async () => {
    const { visit, photo, bytes } = await stored();
    const r = await redactPhoto(alice, photo.id, draft, fakeRedactor);

    expect(calls).toHaveLength(1);
    expect(calls[0].original).toEqual(bytes);
    const copy = await getBlob(photo.id, 'redacted');
    if (copy.status !== 'ok') throw new Error('no redacted copy');
    const copyBytes = await bytesOf(copy.blob);
    expect(r).toMatchObject({
      visitId: visit.id, photoId: photo.id, originalSha256: sha(bytes), author: 'Alice', device: 'dev-a',
      areas: draft.areas, annotations: [{ kind: 'text', x: 0.5, y: 0.5, text: 'fuel gauge' }],
      redacted: { sha256: sha(copyBytes), size: copyBytes.length, width: 1600, height: 1200 },
    });
    expect(r.redacted.sha256).not.toBe(photo.sha256);
    expect(copy.blob.type).toBe('image/jpeg');
    expect(await db.redactions.toArray()).toEqual([r]);

    // The evidence stays as captured.
    expect(await verifyPhoto(photo.id)).toEqual({ status: 'ok', sha256: sha(bytes) });
    expect(await db.photos.get(photo.id)).toEqual(photo);

    const entry = (await db.audit.toArray()).find((e) => e.action === 'photo-redacted');
    expect(entry).toMatchObject({
      visitId: visit.id, questionId: 'q1', stepId: 's1', author: 'Alice',
      details: { photoId: photo.id, number: 1, redactionId: r.id, originalSha256: sha(bytes), redactedSha256: r.redacted.sha256, areas: 1, annotations: 1 },
    });
    expect((await loadVisitBundle(visit.id))?.redactions).toEqual([r]);
  });

  it('redacting again adds a record, replaces the copy and becomes the current redaction', async () => {
    const { photo } = await stored();
    const first = await redactPhoto(alice, photo.id, draft, fakeRedactor);
    const second = await redactPhoto(alice, photo.id, { areas: [{ kind: 'rect', x: 0, y: 0, w: 1, h: 0.5 }], annotations: [] }, fakeRedactor);
    const list = await redactionsOfPhoto(photo.id);
    expect(list.map((x) => x.id).sort()).toEqual([first.id, second.id].sort());
    expect(currentRedaction(list, photo.id)?.id).toBe(second.id);
    const copy = await getBlob(photo.id, 'redacted');
    expect(copy.status === 'ok' && sha(await bytesOf(copy.blob))).toBe(second.redacted.sha256);
  });

  it('refuses an empty draft, a deleted photo and an original that no longer matches its hash, writing nothing', async () => {
    const { photo } = await stored();
    await expect(redactPhoto(alice, photo.id, { areas: [], annotations: [] }, fakeRedactor)).rejects.toBeInstanceOf(RedactionError);

    await db.blobs.update(`${photo.id}/original`, { blob: new Blob(['tampered']) });
    await expect(redactPhoto(alice, photo.id, draft, fakeRedactor)).rejects.toMatchObject({ problems: ['original-changed'] });

    await deletePhoto(alice, photo.id, 'blurred');
    await expect(redactPhoto(alice, photo.id, draft, fakeRedactor)).rejects.toMatchObject({ problems: ['deleted'] });
    expect(calls).toHaveLength(0);
    expect(await db.redactions.count()).toBe(0);
    expect((await getBlob(photo.id, 'redacted')).status).toBe('missing');
  });
});
