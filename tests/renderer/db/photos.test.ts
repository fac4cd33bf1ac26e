import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/db';
import {
  addPhoto, deletePhoto, getBlob, listStepPhotos, makeDerivatives, restorePhoto, resumePendingDerivatives,
  retryDerivatives, updateCaption, verifyPhoto, type Deriver, type DerivedImage,
} from '../../../renderer/db/photos';
import { MAX_PHOTO_BYTES, PhotoError } from '../../../renderer/domain/photo';
import { headerOnlyJpeg } from '../../../bench/fixtures/jpeg';
import { freshDb } from './fixtures';

const alice = { author: 'Alice', device: 'dev-a' };
const step = { visitId: 'v1', questionId: 'seats', stepId: 'count' };
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const jpeg = (seed: string, w = 4000, h = 3000) => headerOnlyJpeg(w, h, seed);
const bytesOf = async (b: Blob) => new Uint8Array(await b.arrayBuffer());

/** Stands in for the browser's worker: sizes follow the spec, bytes are a marker. */
const fakeDeriver: Deriver = async (_original, specs) =>
  specs.map((s): DerivedImage => ({ variant: s.variant, blob: new Blob([s.variant], { type: 'image/jpeg' }), width: s.longSide, height: s.longSide * 0.75 }));


async function expectPhotoError(p: Promise<unknown>, code: PhotoError['code']): Promise<PhotoError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(PhotoError);
  expect((e as PhotoError).code).toBe(code);
  return e as PhotoError;
}

beforeEach(freshDb);
afterEach(() => vi.restoreAllMocks());

describe('addPhoto', () => {
  it('stores the record, the untouched original and an audit entry together, before any derivative', async () => {
    const bytes = headerOnlyJpeg(4000, 3000, 'a', { orientation: 6, dateTimeOriginal: '2025:03:10 09:15:07' });
    const { photo, duplicate } = await addPhoto(alice, { ...step, data: new Blob([bytes]), source: 'file', fileName: 'IMG_1.jpg', caption: '  Hall A ' });

    expect(duplicate).toBe(false);
    expect(photo).toMatchObject({
      ...step, sha256: sha(bytes), mime: 'image/jpeg', size: bytes.length, source: 'file', fileName: 'IMG_1.jpg',
      caption: 'Hall A', orientation: 6, takenAt: '2025-03-10T09:15:07', derivatives: 'pending', author: 'Alice', device: 'dev-a',
    });
    // Upright size on the record; the original keeps the size it is encoded at.
    expect([photo.width, photo.height]).toEqual([3000, 4000]);
    expect(await db.photos.get(photo.id)).toEqual(photo);

    const original = await db.blobs.get(`${photo.id}/original`);
    expect(original).toMatchObject({ photoId: photo.id, variant: 'original', width: 4000, height: 3000 });
    expect(await bytesOf(original!.blob)).toEqual(bytes);
    expect(await db.blobs.get(`${photo.id}/report`)).toBeUndefined();
    expect(await db.blobs.get(`${photo.id}/thumb`)).toBeUndefined();

    const audit = await db.audit.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ ...step, action: 'photo-added', author: 'Alice', details: { photoId: photo.id, sha256: sha(bytes) } });
  });

  it('accepts raw bytes from the camera and defaults to upright when there is no EXIF', async () => {
    const bytes = jpeg('cam', 1920, 1080);
    const { photo } = await addPhoto(alice, { ...step, data: bytes, source: 'camera' });
    expect(photo).toMatchObject({ source: 'camera', orientation: 1, width: 1920, height: 1080, caption: '' });
    expect(photo.takenAt).toBeUndefined();
    expect(photo.fileName).toBeUndefined();
  });

  it('returns the existing photo for the same bytes in the same step, and makes no second record or audit entry', async () => {
    const bytes = jpeg('dup');
    const first = await addPhoto(alice, { ...step, data: bytes, source: 'file', fileName: 'a.jpg' });
    const again = await addPhoto(alice, { ...step, data: new Blob([bytes]), source: 'file', fileName: 'copy of a.jpg' });
    expect(again.duplicate).toBe(true);
    expect(again.photo.id).toBe(first.photo.id);
    expect(await db.photos.count()).toBe(1);
    expect(await db.blobs.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
  });

  it('does not duplicate when the same photo is imported twice at once', async () => {
    const bytes = jpeg('race');
    const [a, b] = await Promise.all([
      addPhoto(alice, { ...step, data: bytes, source: 'file' }),
      addPhoto(alice, { ...step, data: bytes, source: 'file' }),
    ]);
    expect(a.photo.id).toBe(b.photo.id);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(await db.photos.count()).toBe(1);
  });

  it('stores the same bytes again for another step, or when the earlier copy was deleted', async () => {
    const bytes = jpeg('shared');
    const first = await addPhoto(alice, { ...step, data: bytes, source: 'file' });
    const other = await addPhoto(alice, { ...step, stepId: 'other', data: bytes, source: 'file' });
    expect(other.duplicate).toBe(false);
    await deletePhoto(alice, first.photo.id, 'blurred');
    const back = await addPhoto(alice, { ...step, data: bytes, source: 'file' });
    expect(back.duplicate).toBe(false);
    expect(back.photo.id).not.toBe(first.photo.id);
    expect(await db.photos.count()).toBe(3);
  });

  it('refuses HEIC, unknown, empty, damaged and oversized files with a typed error and stores nothing', async () => {
    const heic = Uint8Array.from([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic'), 0, 0, 0, 0, ...new TextEncoder().encode('mif1heic')]);
    const e = await expectPhotoError(addPhoto(alice, { ...step, data: heic, source: 'file', fileName: 'IMG_0001.jpg' }), 'heic');
    expect(e.message).toMatch(/HEIC.*JPEG/);
    await expectPhotoError(addPhoto(alice, { ...step, data: new TextEncoder().encode('%PDF-1.7 ...'), source: 'file' }), 'unsupported');
    await expectPhotoError(addPhoto(alice, { ...step, data: new Blob([]), source: 'file' }), 'empty');
    await expectPhotoError(addPhoto(alice, { ...step, data: jpeg('cut').subarray(0, 12), source: 'file' }), 'damaged');
    const huge = { size: MAX_PHOTO_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    await expectPhotoError(addPhoto(alice, { ...step, data: huge, source: 'file' }), 'too-large');
    expect(await db.photos.count()).toBe(0);
    expect(await db.blobs.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('reports a file that cannot be read (moved, unplugged) as unreadable', async () => {
    const gone = { size: 10, arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) } as unknown as Blob;
    await expectPhotoError(addPhoto(alice, { ...step, data: gone, source: 'file' }), 'unreadable');
  });

  it('maps a full disk to storage-full, rolls the whole capture back and leaves earlier photos alone', async () => {
    const kept = await addPhoto(alice, { ...step, data: jpeg('kept'), source: 'file' });
    const full = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    db.blobs.hook('creating', full);
    try {
      const e = await expectPhotoError(addPhoto(alice, { ...step, data: jpeg('new'), source: 'file' }), 'storage-full');
      expect(e.message).toMatch(/disk space/);
    } finally {
      db.blobs.hook('creating').unsubscribe(full);
    }
    expect((await db.photos.toArray()).map((p) => p.id)).toEqual([kept.photo.id]);
    expect(await db.blobs.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
    expect(await verifyPhoto(kept.photo.id)).toMatchObject({ status: 'ok' });
  });
});

describe('derivatives', () => {
  it('are made only from a stored original and recorded in a second step', async () => {
    const bytes = jpeg('ord');
    const { photo, original } = await addPhoto(alice, { ...step, data: bytes, source: 'file' });
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const seen: string[] = [];
    const gated: Deriver = async (blob, specs) => {
      seen.push((await db.photos.get(photo.id))!.derivatives);
      expect(await bytesOf(blob)).toEqual(bytes);
      expect(await db.blobs.get(`${photo.id}/original`)).toBeDefined();
      await gate;
      return fakeDeriver(blob, specs);
    };
    const done = makeDerivatives(photo.id, gated, original);
    await vi.waitFor(() => expect(seen).toEqual(['pending']));
    expect(await db.blobs.get(`${photo.id}/report`)).toBeUndefined();
    release();
    expect(await done).toBe('ready');
    expect((await db.photos.get(photo.id))!.derivatives).toBe('ready');
    expect(await db.blobs.get(`${photo.id}/report`)).toMatchObject({ variant: 'report', width: 1600, height: 1200 });
    expect(await db.blobs.get(`${photo.id}/thumb`)).toMatchObject({ variant: 'thumb', width: 320, height: 240 });
    // The original is never touched by derivation.
    expect(await bytesOf((await db.blobs.get(`${photo.id}/original`))!.blob)).toEqual(bytes);
  });

  it('marks the photo failed but keeps it when the picture cannot be decoded', async () => {
    const { photo } = await addPhoto(alice, { ...step, data: jpeg('bad'), source: 'file' });
    const broken: Deriver = () => Promise.reject(new DOMException('The source image could not be decoded.', 'InvalidStateError'));
    expect(await makeDerivatives(photo.id, broken)).toBe('failed');
    expect((await db.photos.get(photo.id))!.derivatives).toBe('failed');
    expect(await verifyPhoto(photo.id)).toMatchObject({ status: 'ok' });
    await retryDerivatives(photo.id);
    expect(await makeDerivatives(photo.id, fakeDeriver)).toBe('ready');
  });

  it('treats a deriver that returns too few images as a failure', async () => {
    const { photo } = await addPhoto(alice, { ...step, data: jpeg('few'), source: 'file' });
    const half: Deriver = async (b, specs) => (await fakeDeriver(b, specs)).slice(0, 1);
    expect(await makeDerivatives(photo.id, half)).toBe('failed');
    expect(await db.blobs.get(`${photo.id}/report`)).toBeUndefined();
  });

  it('leaves the photo pending when the disk is full, so a later start finishes it', async () => {
    const { photo } = await addPhoto(alice, { ...step, data: jpeg('later'), source: 'file' });
    const full = () => { throw new DOMException('full', 'QuotaExceededError'); };
    db.blobs.hook('creating', full);
    try {
      await expectPhotoError(makeDerivatives(photo.id, fakeDeriver), 'storage-full');
    } finally {
      db.blobs.hook('creating').unsubscribe(full);
    }
    expect((await db.photos.get(photo.id))!.derivatives).toBe('pending');
    expect(await db.blobs.where('photoId').equals(photo.id).count()).toBe(1);
  });

  it('resumes every photo left pending by a killed session, reading originals back from storage', async () => {
    const ids: string[] = [];
    for (const seed of ['k1', 'k2', 'k3']) ids.push((await addPhoto(alice, { ...step, data: jpeg(seed), source: 'camera' })).photo.id);
    await makeDerivatives(ids[0], fakeDeriver);
    const calls: number[] = [];
    const counting: Deriver = async (b, s) => { calls.push(b.size); return fakeDeriver(b, s); };
    expect(await resumePendingDerivatives(counting)).toEqual({ ready: 2, failed: 0, gone: 0 });
    expect(calls).toHaveLength(2);
    for (const id of ids) expect((await db.photos.get(id))!.derivatives).toBe('ready');
    expect(await db.blobs.count()).toBe(9);
  });

  it('stores no orphan files when the photo was removed while its derivatives were being made', async () => {
    const { photo, original } = await addPhoto(alice, { ...step, data: jpeg('removed'), source: 'file' });
    const removing: Deriver = async (b, specs) => {
      await db.transaction('rw', [db.photos, db.blobs], async () => {
        await db.photos.delete(photo.id);
        await db.blobs.where('photoId').equals(photo.id).delete();
      });
      return fakeDeriver(b, specs);
    };
    expect(await makeDerivatives(photo.id, removing, original)).toBe('gone');
    expect(await db.blobs.count()).toBe(0);
    expect(await db.photos.count()).toBe(0);
  });

  it('fails (not crashes) when the original has vanished', async () => {
    const { photo } = await addPhoto(alice, { ...step, data: jpeg('lost'), source: 'file' });
    await db.blobs.delete(`${photo.id}/original`);
    expect(await makeDerivatives(photo.id, fakeDeriver)).toBe('failed');
    expect(await makeDerivatives('nope', fakeDeriver)).toBe('gone');
  });
});

describe('reading back', () => {
  it('returns the blob, or a typed missing result when the row or its file is gone', async () => {
    const bytes = jpeg('read');
    const { photo } = await addPhoto(alice, { ...step, data: bytes, source: 'file' });
    const ok = await getBlob(photo.id, 'original');
    expect(ok.status).toBe('ok');
    if (ok.status === 'ok') expect(await bytesOf(ok.blob)).toEqual(bytes);
    expect(await getBlob(photo.id, 'thumb')).toEqual({ status: 'missing', reason: 'no-record' });

    vi.spyOn(db.blobs, 'get').mockRejectedValueOnce(new DOMException('Failed to read large IndexedDB value', 'NotFoundError'));
    expect(await getBlob(photo.id, 'original')).toEqual({ status: 'missing', reason: 'file-gone' });

    const deadFile = { slice: () => ({ arrayBuffer: () => Promise.reject(new DOMException('A requested file could not be found', 'NotFoundError')) }) };
    vi.spyOn(db.blobs, 'get').mockResolvedValueOnce({ key: `${photo.id}/original`, photoId: photo.id, variant: 'original', blob: deadFile as unknown as Blob, width: 1, height: 1 });
    expect(await getBlob(photo.id, 'original')).toEqual({ status: 'missing', reason: 'file-gone' });
  });

  it('lets other storage errors through rather than calling them missing', async () => {
    vi.spyOn(db.blobs, 'get').mockRejectedValueOnce(new DOMException('boom', 'UnknownError'));
    await expect(getBlob('x', 'original')).rejects.toThrow('boom');
  });

  it('verifies the original against the hash taken at capture', async () => {
    const { photo } = await addPhoto(alice, { ...step, data: jpeg('v'), source: 'file' });
    expect(await verifyPhoto(photo.id)).toEqual({ status: 'ok', sha256: photo.sha256 });
    const row = (await db.blobs.get(`${photo.id}/original`))!;
    const tampered = jpeg('tampered');
    await db.blobs.put({ ...row, blob: new Blob([tampered]) });
    expect(await verifyPhoto(photo.id)).toEqual({ status: 'mismatch', expected: photo.sha256, actual: sha(tampered) });
    await db.blobs.delete(row.key);
    expect(await verifyPhoto(photo.id)).toEqual({ status: 'missing' });
    await expectPhotoError(verifyPhoto('nope'), 'not-found');
  });

  it('lists a step\'s photos oldest first, deleted ones included', async () => {
    const a = await addPhoto(alice, { ...step, data: jpeg('1'), source: 'file' });
    const b = await addPhoto(alice, { ...step, data: jpeg('2'), source: 'file' });
    await addPhoto(alice, { ...step, stepId: 'elsewhere', data: jpeg('3'), source: 'file' });
    await deletePhoto(alice, a.photo.id, 'wrong room');
    expect((await listStepPhotos(step.visitId, step.questionId, step.stepId)).map((p) => p.id)).toEqual([a.photo.id, b.photo.id]);
  });
});

describe('editing', () => {
  it('updates the caption and the edit time', async () => {
    const { photo } = await addPhoto(alice, { ...step, data: jpeg('c'), source: 'file' });
    await new Promise((r) => setTimeout(r, 2));
    const edited = await updateCaption(alice, photo.id, '  Server room, rack 3  ');
    expect(edited.caption).toBe('Server room, rack 3');
    expect(edited.updatedAt > photo.updatedAt).toBe(true);
    expect(edited.createdAt).toBe(photo.createdAt);
    expect((await db.photos.get(photo.id))!.caption).toBe('Server room, rack 3');
    await expectPhotoError(updateCaption(alice, 'nope', 'x'), 'not-found');
  });

  it('soft-deletes with a reason, keeps the bytes, audits, and restores', async () => {
    const bytes = jpeg('del');
    const { photo } = await addPhoto(alice, { ...step, data: bytes, source: 'file' });
    await expectPhotoError(deletePhoto(alice, photo.id, '   '), 'reason-required');
    expect((await db.photos.get(photo.id))!.deleted).toBeUndefined();

    const deleted = await deletePhoto(alice, photo.id, ' duplicate of IMG_2 ');
    expect(deleted.deleted).toMatchObject({ by: 'Alice', reason: 'duplicate of IMG_2' });
    expect((await db.photos.get(photo.id))!.deleted?.reason).toBe('duplicate of IMG_2');
    const blob = await getBlob(photo.id, 'original');
    expect(blob.status === 'ok' && (await bytesOf(blob.blob))).toEqual(bytes);
    await deletePhoto(alice, photo.id, 'again');
    expect((await db.photos.get(photo.id))!.deleted?.reason).toBe('duplicate of IMG_2');

    const restored = await restorePhoto(alice, photo.id);
    expect(restored.deleted).toBeUndefined();
    expect('deleted' in (await db.photos.get(photo.id))!).toBe(false);

    // Entries may share a millisecond, so compare as a set.
    const actions = (await db.audit.toArray()).map((a) => `${a.action}:${String(a.details.reason ?? '')}`).sort();
    expect(actions).toEqual(['photo-added:', 'photo-deleted:duplicate of IMG_2', 'photo-restored:']);
  });
});

describe('photo numbers', () => {
  it('numbers photos per visit at capture and never reuses the number of a deleted photo', async () => {
    const add = (seed: string, over: Partial<typeof step> = {}) => addPhoto(alice, { ...step, ...over, data: jpeg(seed, 640, 480), source: 'camera' });
    const p1 = (await add('n1')).photo;
    const p2 = (await add('n2', { stepId: 'other-step' })).photo;
    const p3 = (await add('n3')).photo;
    expect([p1.number, p2.number, p3.number]).toEqual([1, 2, 3]);
    await deletePhoto(alice, p3.id, 'blurred');
    await deletePhoto(alice, p2.id, 'wrong room');
    const p4 = (await add('n4')).photo;
    expect(p4.number).toBe(4);
    expect((await db.photos.get(p1.id))?.number).toBe(1);
    // Another visit counts from 1; a duplicate keeps the earlier photo's number.
    expect((await add('n5', { visitId: 'v2' })).photo.number).toBe(1);
    expect((await add('n1')).photo).toMatchObject({ id: p1.id, number: 1 });
    const audit = await db.audit.toArray();
    expect(audit.find((e) => e.details.photoId === p4.id)?.details.number).toBe(4);
  });

  it('keeps a truncated JPEG byte for byte and marks it as cut short', async () => {
    const whole = jpeg('cut', 640, 480);
    // A real cut: image data begins (start of scan) and the end-of-image marker never arrives.
    const cut = Uint8Array.from([...whole.subarray(0, whole.length - 2), 0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 0x3f, 0, 0x12, 0x34, 0x56]);
    const { photo } = await addPhoto(alice, { ...step, data: cut, source: 'file', fileName: 'cut.jpg' });
    expect(photo.truncated).toBe(true);
    expect(await bytesOf((await db.blobs.get(`${photo.id}/original`))!.blob)).toEqual(cut);
    expect((await addPhoto(alice, { ...step, data: whole, source: 'file' })).photo.truncated).toBeUndefined();
  });
});
