import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { exportVisit, importPackage, streamAll, streamVisit, type ImportResult, type OpenSave } from '../../../renderer/db/packages';
import type { PhotoBlob, VisitBundle } from '../../../renderer/domain/model';
import { memorySink } from '../../../renderer/domain/package/stream-write';
import { bundle, claim, DMYTRO, OLENA, visit, VISIT_ID } from '../domain/merge/fixtures';
import { visitFixture } from '../domain/package/fixtures';
import { forgePhoto, impossibleAuditTimes, rewriteAudit, AUDIT_1970, AUDIT_2999 } from '../domain/package/hostile-evidence';
import { hostileCorpus } from '../../corpus/hostile';
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

const asFile = (b: Uint8Array) => new Blob([b as Uint8Array<ArrayBuffer>]);
const codes = (r: ImportResult) => (r.ok ? [] : r.problems.map((p) => p.code));
function ok(r: ImportResult) {
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.code}: ${p.message}`).join('; '));
  return r.summary;
}

describe('the hostile packages are refused on the streamed path too, and leave no trace', () => {
  it('every package of the hostile corpus: the same problems as from bytes in memory, the database untouched', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const before = await dump();
    const corpus = await hostileCorpus();
    for (const [name, bytes] of Object.entries(corpus)) {
      const fromFile = await importPackage(asFile(bytes), { who: dmytro });
      const fromBytes = await importPackage(bytes, { who: dmytro });
      expect(codes(fromFile), name).toEqual(codes(fromBytes));
      expect(await dump(), name).toEqual(before);
    }
  }, 60_000);

  it('a forged photo under a genuine id is kept out, the genuine record and bytes stay', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const genuine = (await exportVisit(VISIT_ID, { who: olena })).bytes;
    const before = await dump();
    const summary = ok(await importPackage(asFile(await forgePhoto(genuine)), { who: dmytro }));
    expect(summary.recordsUpdated).toBe(0);
    expect(summary.evidenceConflicts.map((c) => [c.kind, c.id])).toEqual([['photo-conflict', 'p-hall']]);
    const after = await dump();
    for (const t of ['visits', 'claims', 'answers', 'photos', 'blobs']) expect(after[t], t).toEqual(before[t]);
  });

  it('a rewritten audit entry is refused as tampering and nothing changes', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const genuine = (await exportVisit(VISIT_ID, { who: olena })).bytes;
    const before = await dump();
    expect(codes(await importPackage(asFile(await rewriteAudit(genuine)), { who: dmytro }))).toEqual(['audit-tampered']);
    expect(await dump()).toEqual(before);
  });

  it('audit entries dated in 1970 or 2999 are flagged', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const genuine = (await exportVisit(VISIT_ID, { who: olena })).bytes;
    const summary = ok(await importPackage(asFile(await impossibleAuditTimes(genuine)), { who: dmytro }));
    expect(summary.auditFlags.map((x) => [x.id, x.why])).toEqual([[AUDIT_1970, 'before-app'], [AUDIT_2999, 'after-package']]);
  });
});

describe('progress and cancel of a streamed import', () => {
  it('reports bytes checked up to the total of the package\'s files', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const file = asFile(await streamedPackage());
    await freshDb();
    const seen: { done: number; total: number }[] = [];
    ok(await importPackage(file, { who: dmytro, onProgress: (p) => seen.push(p) }));
    const total = [...f.files.values()].reduce((n, x) => n + x.bytes.length, 0);
    expect(seen[0]).toEqual({ done: 0, total });
    expect(seen.at(-1)).toEqual({ done: total, total });
    for (let i = 1; i < seen.length; i++) expect(seen[i].done).toBeGreaterThan(seen[i - 1].done);
  });

  it('a cancel in the middle says so and leaves the database exactly as it was', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const file = asFile(await streamedPackage());
    await freshDb();
    const before = await dump();
    const controller = new AbortController();
    const r = await importPackage(file, {
      who: dmytro, signal: controller.signal,
      onProgress: (p) => { if (p.done > 0) controller.abort(new DOMException('cancelled', 'AbortError')); },
    });
    expect(codes(r)).toEqual(['cancelled']);
    expect(await dump()).toEqual(before);
  });
});

describe('a full backup restored into an empty profile', () => {
  it('gives the same visits, records and photo hashes, archived visits included', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const other = bundle({ visit: visit(DMYTRO, { id: 'v-archived', archived: true, vendor: 'Beta' }), claims: [{ ...claim('c-b', DMYTRO, 1, 'q01-seats', '12'), visitId: 'v-archived' }] });
    await store(other, new Map());
    const before = await dump();
    const out = memorySink();
    const progress: { done: number; total: number }[] = [];
    const done = await streamAll(async () => ({ stream: out.sink, target: 'file' }), { who: olena, onProgress: (p) => progress.push(p) });
    expect(done.status).toBe('saved');
    expect(done.status === 'saved' && done.pkg).toMatchObject({ kind: 'backup', visits: 2 });
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
    await freshDb();
    const r = ok(await importPackage(asFile(out.bytes()), { who: dmytro }));
    expect(r).toMatchObject({ kind: 'backup', visitsAdded: 2 });
    const after = await dump();
    for (const t of ['visits', 'claims', 'answers', 'decisions', 'resolutions', 'photos', 'blobs']) expect(after[t], t).toEqual(before[t]);
    // The visits' own logs came across whole; the restore adds its own entry per visit.
    const logOf = (rows: unknown[]) => (rows as { action: string }[]).filter((e) => e.action !== 'package-imported');
    expect(logOf(after.audit)).toEqual(logOf(before.audit));
  });
});
