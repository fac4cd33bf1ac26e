import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { importPackage, streamVisit, type OpenSave } from '../../../renderer/db/packages';
import type { PhotoBlob, VisitBundle } from '../../../renderer/domain/model';
import { memorySink } from '../../../renderer/domain/package/stream-write';
import { bundle, claim, DMYTRO, OLENA, visit, VISIT_ID } from '../domain/merge/fixtures';
import { visitFixture } from '../domain/package/fixtures';
import { freshDb } from './fixtures';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
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
    await db.photos.bulkPut(b.photos);
    await db.audit.bulkPut(b.audit);
    await db.blobs.bulkPut(blobs);
  });
}

async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = (await table.toArray()) as Record<string, unknown>[];
    const plain = await Promise.all(rows.map(async (row) => {
      if (!(row.blob instanceof Blob)) return row;
      const { blob, ...rest } = row;
      return { ...rest, blobSha: sha(new Uint8Array(await (blob as Blob).arrayBuffer())) };
    }));
    out[table.name] = plain.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}

async function streamedPackage(forceZip64 = false): Promise<Uint8Array> {
  const out = memorySink();
  const open: OpenSave = async () => ({ stream: out.sink, target: 'file' });
  const done = await streamVisit(VISIT_ID, open, { who: olena, forceZip64 });
  if (done.status !== 'saved') throw new Error(done.status);
  return out.bytes();
}

beforeEach(freshDb);

describe('importPackage from a file (streamed)', () => {
  it('takes a streamed ZIP64 package into an empty database with the same records and photo hashes', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const before = await dump();
    const file = new Blob([(await streamedPackage(true)) as Uint8Array<ArrayBuffer>]);
    await freshDb();
    const r = await importPackage(file, { who: dmytro });
    expect(r.ok && r.summary).toMatchObject({ visitsAdded: 1, photosAdded: 2, photoFilesAdded: 4 });
    const after = await dump();
    for (const t of ['visits', 'claims', 'answers', 'photos', 'blobs']) expect(after[t], t).toEqual(before[t]);
  });

  it('a package failing its last check leaves the database exactly as it was', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const bytes = await streamedPackage();
    // Another visit already here, untouched by what follows.
    await freshDb();
    const other = bundle({ visit: visit(OLENA, { id: 'v-other' }), claims: [{ ...claim('c-other', OLENA, 1, 'q01-seats', '10'), visitId: 'v-other' }] });
    await store(other, new Map());
    const before = await dump();
    // The photo written last (just before the manifest) is damaged: every earlier file passes its hash first.
    const tampered = bytes.slice();
    const manifestLocal = Buffer.from(bytes).indexOf(Buffer.from('manifest.json')) - 30;
    tampered[manifestLocal - 40] ^= 0xff;
    const r = await importPackage(new Blob([tampered as Uint8Array<ArrayBuffer>]), { who: dmytro });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => p.code)).toEqual(['corrupt-entry']);
    expect(await dump()).toEqual(before);
  });
});
