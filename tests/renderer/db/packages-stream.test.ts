import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { exportVisit, importPackage, PackageError, streamAll, streamVisit, type OpenSave } from '../../../renderer/db/packages';
import type { PhotoBlob, VisitBundle } from '../../../renderer/domain/model';
import { memorySink } from '../../../renderer/domain/package/stream-write';
import { DMYTRO, OLENA, VISIT_ID } from '../domain/merge/fixtures';
import { jpegish, visitFixture } from '../domain/package/fixtures';
import { freshDb } from './fixtures';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const AT = '2025-06-17T18:00:00.000Z';
const olena = { author: OLENA.author, device: OLENA.device };
const dmytro = { author: DMYTRO.author, device: DMYTRO.device };

async function store(b: VisitBundle, files: Map<string, { bytes: Uint8Array; width: number; height: number }>): Promise<void> {
  const blobs: PhotoBlob[] = [...files].map(([key, f]) => {
    const [photoId, variant] = key.split('/') as [string, PhotoBlob['variant']];
    return { key, photoId, variant, blob: new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }), width: f.width, height: f.height };
  });
  await db.transaction('rw', [db.visits, db.claims, db.answers, db.decisions, db.resolutions, db.photos, db.blobs, db.audit], async () => {
    await db.visits.put(b.visit);
    await db.claims.bulkPut(b.claims);
    await db.answers.bulkPut(b.answers);
    await db.decisions.bulkPut(b.decisions);
    await db.resolutions.bulkPut(b.resolutions);
    await db.photos.bulkPut(b.photos);
    await db.audit.bulkPut(b.audit);
    await db.blobs.bulkPut(blobs);
  });
}

/** A destination in memory, as the platform would open one; records the name it was asked for. */
function memoryTarget() {
  const out = memorySink();
  const asked: string[] = [];
  const open: OpenSave = async (fileName) => {
    asked.push(fileName);
    return { stream: out.sink, target: 'file' };
  };
  return { out, asked, open };
}

beforeEach(freshDb);

describe('streamVisit / streamAll', () => {
  it('streams a visit that imports into an empty database with the same records and photo files', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const t = memoryTarget();
    const done = await streamVisit(VISIT_ID, t.open, { who: olena, createdAt: AT });
    expect(done.status).toBe('saved');
    if (done.status !== 'saved') return;
    expect(t.asked).toEqual(['ТОВ-Контакт-Сервіс-Плюс-Київ-вул.-Кирилівська-41-2025-06-17.siteproof']);
    expect(done.pkg).toMatchObject({ kind: 'visit', visits: 1, photos: 2, damaged: [], target: 'file' });
    expect(done.pkg.missing).toEqual([{ photoId: 'p-old', variant: 'report' }, { photoId: 'p-old', variant: 'thumb' }]);
    const bytes = t.out.bytes();
    expect(done.pkg.size).toBe(bytes.length);

    const before = await db.blobs.toArray();
    await freshDb();
    const r = await importPackage(bytes, { who: dmytro });
    expect(r.ok && r.summary).toMatchObject({ visitsAdded: 1, photosAdded: 2, photoFilesAdded: 4 });
    const after = await db.blobs.toArray();
    const shas = async (rows: PhotoBlob[]) => Object.fromEntries(await Promise.all(rows.map(async (b) => [b.key, sha(new Uint8Array(await b.blob.arrayBuffer()))])));
    expect(await shas(after)).toEqual(await shas(before));
  });

  it('carries the same records as the in-memory export', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const whole = await exportVisit(VISIT_ID, { who: olena, createdAt: AT });
    const t = memoryTarget();
    await streamVisit(VISIT_ID, t.open, { who: olena, createdAt: AT });
    const { readPackage } = await import('../../../renderer/domain/package');
    const [a, b] = await Promise.all([readPackage(whole.bytes), readPackage(t.out.bytes())]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.manifest).toEqual(a.manifest);
  });

  it('writes nothing and asks nothing more when the user cancels the save dialog', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    expect(await streamVisit(VISIT_ID, async () => null, { who: olena })).toEqual({ status: 'not-saved' });
  });

  it('sends an original whose stored bytes changed as missing and names it', async () => {
    const f = visitFixture();
    f.files.set('p-hall/original', { bytes: jpegish(77, 40_000), width: 4000, height: 3000 });
    await store(f.bundle, f.files);
    const t = memoryTarget();
    const done = await streamVisit(VISIT_ID, t.open, { who: olena });
    expect(done.status === 'saved' && done.pkg.damaged).toEqual(['p-hall']);
  });

  it('a backup holds every visit; a missing visit is a PackageError', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const t = memoryTarget();
    const done = await streamAll(t.open, { who: olena, createdAt: AT });
    expect(done.status === 'saved' && done.pkg).toMatchObject({ kind: 'backup', visits: 1, photos: 2 });
    expect(t.asked).toEqual(['siteproof-backup-2025-06-17.siteproof']);
    await expect(streamVisit('nope', t.open, { who: olena })).rejects.toBeInstanceOf(PackageError);
  });

  it('cancelled, reports it and aborts the destination', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const t = memoryTarget();
    const controller = new AbortController();
    const done = await streamVisit(VISIT_ID, t.open, { who: olena, signal: controller.signal, onProgress: (p) => { if (p.done > 0) controller.abort(); } });
    expect(done).toEqual({ status: 'cancelled' });
    expect(t.out.aborted()).toBe(true);
  });
});
