import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/db';
import { exportAll, exportVisit, fileNamePart, importPackage, PackageError, visitPackageName, type ImportResult } from '../../../renderer/db/packages';
import { selectAnswers } from '../../../renderer/domain/answers';
import type { PhotoBlob, VisitBundle } from '../../../renderer/domain/model';
import { readPackage } from '../../../renderer/domain/package';
import { audit, bundle, countAnswer, DMYTRO, OLENA, photo, visit, VISIT_ID } from '../domain/merge/fixtures';
import { jpegish, visitFixture } from '../domain/package/fixtures';
import { forgePhoto, impossibleAuditTimes, rewriteAudit, AUDIT_1970, AUDIT_2999 } from '../domain/package/hostile-evidence';
import { freshDb } from './fixtures';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const AT = '2025-06-17T18:00:00.000Z';


/** Writes a bundle and its photo files the way the app stores them. */
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

/** Every table, rows sorted by key, photo files as their SHA-256 and type: equal dumps mean equal databases. */
async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = (await table.toArray()) as Record<string, unknown>[];
    const plain: Record<string, unknown>[] = [];
    for (const row of rows) {
      if (row.blob instanceof Blob) {
        const { blob, ...rest } = row;
        plain.push({ ...rest, blobSha: sha(new Uint8Array(await (blob as Blob).arrayBuffer())), blobType: (blob as Blob).type });
      } else plain.push(row);
    }
    const key = table.schema.primKey.keyPath as string;
    out[table.name] = plain.sort((a, b) => String(a[key]).localeCompare(String(b[key])));
  }
  return out;
}

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(`import failed: ${result.problems.map((p) => `${p.code}: ${p.message}`).join('; ')}`);
  return result.summary;
}

function codes(result: ImportResult): string[] {
  if (result.ok) throw new Error('import unexpectedly succeeded');
  return result.problems.map((p) => p.code);
}

const olena = { author: OLENA.author, device: OLENA.device };
const dmytro = { author: DMYTRO.author, device: DMYTRO.device };
const withoutImportLog = (rows: unknown[]) => (rows as { action?: string }[]).filter((r) => r.action !== 'package-imported');

beforeEach(freshDb);
afterEach(() => vi.restoreAllMocks());

describe('exportVisit → importPackage', () => {
  it('recreates every record and photo file in an empty database', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const before = await dump();
    const pkg = await exportVisit(VISIT_ID, { who: olena, createdAt: AT });
    expect(pkg).toMatchObject({ kind: 'visit', encrypted: false, visits: 1, photos: 2, damaged: [] });
    expect(pkg.fileName).toBe('ТОВ-Контакт-Сервіс-Плюс-Київ-вул.-Кирилівська-41-2025-06-17.siteproof');
    // p-old never got derivatives: the package says so instead of failing.
    expect(pkg.missing).toEqual([{ photoId: 'p-old', variant: 'report' }, { photoId: 'p-old', variant: 'thumb' }]);

    await freshDb();
    const summary = ok(await importPackage(pkg.bytes, { who: dmytro }));
    expect(summary).toMatchObject({
      kind: 'visit', visitsAdded: 1, visitsMerged: 0, photosAdded: 2, photoFilesAdded: 4, openConflicts: 0, changed: true,
      recordsAdded: 1 + 1 + 2 + 2 + 2, recordsUpdated: 0,
    });
    const after = await dump();
    for (const table of ['visits', 'claims', 'answers', 'decisions', 'resolutions', 'photos', 'blobs']) expect(after[table], table).toEqual(before[table]);
    // The photo files are the very bytes captured.
    expect((after.blobs as { key: string; blobSha: string }[]).find((b) => b.key === 'p-hall/original')?.blobSha).toBe(sha(f.files.get('p-hall/original')!.bytes));
    expect(withoutImportLog(after.audit)).toEqual(before.audit);
    const log = (after.audit as { action: string; author: string; details: Record<string, unknown> }[]).filter((e) => e.action === 'package-imported');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ author: DMYTRO.author, details: { from: olena, newVisit: true, photoFilesAdded: 4 } });
  });

  it('importing the same package twice changes nothing the second time', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const pkg = await exportVisit(VISIT_ID, { who: olena, createdAt: AT });
    await freshDb();
    ok(await importPackage(pkg.bytes, { who: dmytro }));
    const once = await dump();
    const again = ok(await importPackage(pkg.bytes, { who: dmytro }));
    expect(again).toMatchObject({ visitsAdded: 0, visitsMerged: 0, visitsUnchanged: 1, recordsAdded: 0, recordsUpdated: 0, photoFilesAdded: 0, changed: false });
    expect(await dump()).toEqual(once);
  });

  it('importing a package of what this machine already has changes nothing either', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const before = await dump();
    const pkg = await exportVisit(VISIT_ID, { who: olena, createdAt: AT });
    expect(ok(await importPackage(pkg.bytes, { who: olena })).changed).toBe(false);
    expect(await dump()).toEqual(before);
  });

  it('merges into a visit this machine has: both answers kept, conflict counted, new photo and its files added', async () => {
    const v = visit(OLENA);
    const mine = countAnswer('a-olena', OLENA, 10, 'q01-seats', 'count-seats', 184);
    await store(bundle({ visit: v, answers: [mine], audit: [audit('e-1', OLENA, 0, 'visit-created')] }), new Map());

    const original = jpegish(7, 5_000);
    const theirs = bundle({
      visit: v,
      answers: [mine, countAnswer('a-dmytro', DMYTRO, 12, 'q01-seats', 'count-seats', 176)],
      photos: [photo('p-new', DMYTRO, 13, sha(original), { size: original.length })],
      audit: [audit('e-1', OLENA, 0, 'visit-created'), audit('e-2', DMYTRO, 13, 'photo-added', { photoId: 'p-new' })],
    });
    await freshDbWith(theirs, new Map([['p-new/original', { bytes: original, width: 64, height: 48 }], ['p-new/thumb', { bytes: jpegish(8, 500), width: 32, height: 24 }]]));
    const pkg = await exportVisit(VISIT_ID, { who: dmytro, createdAt: AT });

    await freshDb();
    await store(bundle({ visit: v, answers: [mine], audit: [audit('e-1', OLENA, 0, 'visit-created')] }), new Map());
    const summary = ok(await importPackage(pkg.bytes, { who: olena }));
    expect(summary).toMatchObject({ visitsAdded: 0, visitsMerged: 1, photosAdded: 1, photoFilesAdded: 2, openConflicts: 1, recordsUpdated: 0 });
    expect(summary.visits[0].added).toMatchObject({ answers: 1, photos: 1, audit: 1, visit: 0 });
    expect(summary.missingFiles).toEqual([{ photoId: 'p-new', variant: 'report' }]);

    const answers = await db.answers.where('visitId').equals(VISIT_ID).toArray();
    expect(answers.map((a) => a.id).sort()).toEqual(['a-dmytro', 'a-olena']);
    expect(selectAnswers({ answers, resolutions: [] }).conflicts).toHaveLength(1);
    const stored = await db.blobs.get('p-new/original');
    expect(sha(new Uint8Array(await stored!.blob.arrayBuffer()))).toBe(sha(original));
    const log = await db.audit.where('visitId').equals(VISIT_ID).filter((e) => e.action === 'package-imported').toArray();
    expect(log).toHaveLength(1);
    expect(log[0].details).toMatchObject({ newVisit: false, photoFilesAdded: 2, openConflicts: 1 });
  });

  it('does not log an import whose only news is the other side’s own import log (sync converges)', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const pkg = await exportVisit(VISIT_ID, { who: olena, createdAt: AT });
    await freshDb();
    ok(await importPackage(pkg.bytes, { who: dmytro })); // Dmytro's db now holds his 'package-imported' entry
    const back = await exportVisit(VISIT_ID, { who: dmytro, createdAt: AT });

    await freshDb();
    await store(f.bundle, f.files);
    const summary = ok(await importPackage(back.bytes, { who: olena }));
    expect(summary.visits[0]).toMatchObject({ status: 'merged', added: { audit: 1 } });
    const log = await db.audit.filter((e) => e.action === 'package-imported').toArray();
    expect(log.map((e) => e.author)).toEqual([DMYTRO.author]);
    // …and a second round changes nothing at all.
    const settled = await dump();
    expect(ok(await importPackage(back.bytes, { who: olena })).changed).toBe(false);
    expect(await dump()).toEqual(settled);
  });

  it('a full backup carries every visit, archived ones included', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const other: VisitBundle = { ...bundle({ visit: { ...visit(DMYTRO), id: 'visit-2', archived: true, vendor: 'Beta' } }) };
    await store(other, new Map());
    const before = await dump();
    const backup = await exportAll({ who: olena, createdAt: AT });
    expect(backup).toMatchObject({ kind: 'backup', visits: 2, fileName: 'siteproof-backup-2025-06-17.siteproof' });

    await freshDb();
    const summary = ok(await importPackage(backup.bytes, { who: olena }));
    expect(summary).toMatchObject({ kind: 'backup', visitsAdded: 2 });
    const after = await dump();
    for (const table of ['visits', 'claims', 'answers', 'photos', 'blobs']) expect(after[table], table).toEqual(before[table]);
  });
});

/** Replaces the database with one bundle (a second evaluator's machine). */
async function freshDbWith(b: VisitBundle, files: Map<string, { bytes: Uint8Array; width: number; height: number }>): Promise<void> {
  await freshDb();
  await store(b, files);
}

describe('photo files that are gone or damaged on export', () => {
  it('lists a vanished file as missing and still exports the rest', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    await db.blobs.delete('p-hall/report');
    // A file Chromium lost under the database: the row is there, reading it fails.
    const thumb = f.files.get('p-hall/thumb')!.bytes.length;
    const read = Blob.prototype.arrayBuffer;
    vi.spyOn(Blob.prototype, 'arrayBuffer').mockImplementation(function (this: Blob) {
      if (this.size === thumb) return Promise.reject(new DOMException('gone', 'NotFoundError'));
      return read.call(this);
    });
    const pkg = await exportVisit(VISIT_ID, { who: olena, createdAt: AT });
    vi.restoreAllMocks();
    expect(pkg.missing).toEqual(expect.arrayContaining([{ photoId: 'p-hall', variant: 'report' }, { photoId: 'p-hall', variant: 'thumb' }]));
    const read2 = await readPackage(pkg.bytes);
    expect(read2.ok && read2.manifest.files.map((x) => `${x.photoId}/${x.variant}`).sort()).toEqual(['p-hall/original', 'p-old/original']);
  });

  it('sends an original that no longer matches its capture hash as missing, and names it', async () => {
    const f = visitFixture();
    const rotten = new Uint8Array(f.files.get('p-hall/original')!.bytes);
    rotten[100] ^= 0xff;
    f.files.set('p-hall/original', { ...f.files.get('p-hall/original')!, bytes: rotten });
    await store(f.bundle, f.files);
    const pkg = await exportVisit(VISIT_ID, { who: olena, createdAt: AT });
    expect(pkg.damaged).toEqual(['p-hall']);
    expect(pkg.missing).toContainEqual({ photoId: 'p-hall', variant: 'original' });
    expect((await readPackage(pkg.bytes)).ok).toBe(true);
  });

  it('refuses to export a visit that does not exist', async () => {
    const e = await exportVisit('nope', { who: olena }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PackageError);
    expect((e as PackageError).problems[0].code).toBe('visit-not-found');
  });
});

describe('a package that must not be imported leaves the database exactly as it was', () => {
  async function setup() {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const pkg = await exportVisit(VISIT_ID, { who: olena, createdAt: AT });
    // The receiving machine already has a visit of its own.
    await freshDbWith(bundle({ visit: { ...visit(DMYTRO), id: 'visit-local' } }), new Map([['p-x/original', { bytes: jpegish(3, 900), width: 1, height: 1 }]]));
    return { pkg, before: await dump() };
  }

  function rezip(bytes: Uint8Array, change: (files: Record<string, Uint8Array>) => void): Uint8Array {
    const files = unzipSync(bytes);
    change(files);
    return zipSync(files);
  }

  it('a photo altered after export', async () => {
    const { pkg, before } = await setup();
    const tampered = rezip(pkg.bytes, (files) => {
      const path = Object.keys(files).find((p) => p.startsWith('photos/'))!;
      files[path] = new Uint8Array(files[path]);
      files[path][50] ^= 1;
    });
    expect(codes(await importPackage(tampered, { who: dmytro }))).toContain('file-hash-mismatch');
    expect(await dump()).toEqual(before);
  });

  it('a manifest edited by hand (a record moved to another visit)', async () => {
    const { pkg, before } = await setup();
    const tampered = rezip(pkg.bytes, (files) => {
      const m = JSON.parse(strFromU8(files['manifest.json']));
      m.visits[0].answers[0].visitId = 'visit-local';
      files['manifest.json'] = strToU8(JSON.stringify(m));
    });
    expect(codes(await importPackage(tampered, { who: dmytro }))).toEqual(['record-wrong-visit']);
    expect(await dump()).toEqual(before);
  });

  it('a file cut short in transit', async () => {
    const { pkg, before } = await setup();
    expect(codes(await importPackage(pkg.bytes.subarray(0, pkg.bytes.length - 300), { who: dmytro }))).toEqual(['truncated']);
    expect(codes(await importPackage(new Uint8Array(0), { who: dmytro }))).toEqual(['empty-file']);
    expect(await dump()).toEqual(before);
  });

  it('a record whose id already belongs to another visit here', async () => {
    const { pkg, before } = await setup();
    const clash = rezip(pkg.bytes, (files) => {
      const m = JSON.parse(strFromU8(files['manifest.json']));
      m.visits[0].claims[0].id = 'claim-of-local';
      files['manifest.json'] = strToU8(JSON.stringify(m));
    });
    await db.claims.add({ id: 'claim-of-local', visitId: 'visit-local', questionId: 'q', value: '1', author: 'x', device: 'd', createdAt: AT, updatedAt: AT });
    const withClaim = await dump();
    expect(codes(await importPackage(clash, { who: dmytro }))).toEqual(['id-clash']);
    expect(await dump()).toEqual(withClaim);
    expect(withClaim).not.toEqual(before);
  });

  it('a write that fails in the middle of the transaction (records written, then the photo files fail)', async () => {
    const { pkg, before } = await setup();
    const putAnswers = vi.spyOn(db.answers, 'bulkPut');
    vi.spyOn(db.blobs, 'bulkPut').mockImplementation(() => Dexie.Promise.reject(new Error('disk went away')) as never);
    const result = await importPackage(pkg.bytes, { who: dmytro });
    expect(putAnswers).toHaveBeenCalled(); // the failure really came after records were written
    expect(codes(result)).toEqual(['write-failed']);
    expect(!result.ok && result.problems[0].message).toMatch(/disk went away/);
    expect(await dump()).toEqual(before);
  });

  it('a full disk is told as such', async () => {
    const { pkg, before } = await setup();
    vi.spyOn(db.photos, 'bulkPut').mockImplementation(() => Dexie.Promise.reject(new DOMException('full', 'QuotaExceededError')) as never);
    expect(codes(await importPackage(pkg.bytes, { who: dmytro }))).toEqual(['storage-full']);
    expect(await dump()).toEqual(before);
  });
});

describe('evidence a package cannot rewrite (issue 15 §1–2)', () => {
  async function genuineOnThisMachine() {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const pkg = await exportVisit(VISIT_ID, { who: olena, createdAt: AT });
    return { f, genuine: pkg.bytes, before: await dump() };
  }

  it('a photo replaced under its id is a conflict named in the summary, never an update: the genuine record and bytes stay', async () => {
    const { f, genuine, before } = await genuineOnThisMachine();
    const summary = ok(await importPackage(await forgePhoto(genuine), { who: dmytro }));
    expect(summary.recordsUpdated).toBe(0);
    expect(summary.evidenceConflicts).toHaveLength(1);
    expect(summary.evidenceConflicts[0]).toMatchObject({ kind: 'photo-conflict', id: 'p-hall', kept: { device: OLENA.device }, other: { device: 'dev-forger' } });
    expect(summary.evidenceConflicts[0].message).toMatch(/^Two different photos claim id p-hall, from device dev-olena .* and device dev-forger/);
    const after = await dump();
    for (const table of ['visits', 'claims', 'answers', 'photos', 'blobs']) expect(after[table], table).toEqual(before[table]);
    expect((after.blobs as { key: string; blobSha: string }[]).find((b) => b.key === 'p-hall/original')?.blobSha).toBe(sha(f.files.get('p-hall/original')!.bytes));
    // The attempt is on the record.
    const log = (after.audit as { action: string; details: { refusedPhotos?: unknown[] } }[]).filter((e) => e.action === 'package-imported');
    expect(log.at(-1)?.details.refusedPhotos).toMatchObject([{ id: 'p-hall', device: 'dev-forger' }]);
    // And the next export still sends the genuine photo, not "no longer matches its fingerprint".
    const next = await exportVisit(VISIT_ID, { who: olena, createdAt: AT });
    expect(next.damaged).toEqual([]);
  });

  it('the forged bytes do not "repair" a local original whose file vanished', async () => {
    const { genuine } = await genuineOnThisMachine();
    await db.blobs.delete('p-hall/original');
    const summary = ok(await importPackage(await forgePhoto(genuine), { who: dmytro }));
    expect(summary.photoFilesRepaired).toBe(0);
    expect(await db.blobs.get('p-hall/original')).toBeUndefined();
    expect((await db.photos.get('p-hall'))?.sha256).toBe(sha(visitFixture().files.get('p-hall/original')!.bytes));
  });

  it('an audit entry rewritten under its id is refused as tampering, naming the entry, and nothing changes', async () => {
    const { genuine, before } = await genuineOnThisMachine();
    const result = await importPackage(await rewriteAudit(genuine), { who: dmytro });
    expect(codes(result)).toEqual(['audit-tampered']);
    if (!result.ok) expect(result.problems[0].message).toMatch(/Audit entry e-2 \(photo-added\) was rewritten/);
    expect(await dump()).toEqual(before);
  });

  it('audit entries dated in 1970 or 2999 are flagged in the summary', async () => {
    const { genuine } = await genuineOnThisMachine();
    const summary = ok(await importPackage(await impossibleAuditTimes(genuine), { who: dmytro }));
    expect(summary.auditFlags.map((f) => [f.id, f.why])).toEqual([[AUDIT_1970, 'before-app'], [AUDIT_2999, 'after-package']]);
  });
});

describe('encrypted packages', () => {
  it('asks for the passphrase, refuses a wrong one clearly and opens with the right one', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const pkg = await exportVisit(VISIT_ID, { who: olena, createdAt: AT, passphrase: 'кошка на крыше 7' });
    expect(pkg.encrypted).toBe(true);
    await freshDb();
    const before = await dump();

    const none = await importPackage(pkg.bytes, { who: dmytro });
    expect(none).toMatchObject({ ok: false, needsPassphrase: true });
    expect(codes(none)).toEqual(['encrypted']);
    const wrong = await importPackage(pkg.bytes, { who: dmytro, passphrase: 'собака на крыше 7' });
    expect(wrong).toMatchObject({ ok: false, needsPassphrase: true });
    expect(codes(wrong)).toEqual(['wrong-passphrase']);
    expect(await dump()).toEqual(before);

    expect(ok(await importPackage(pkg.bytes, { who: dmytro, passphrase: 'кошка на крыше 7' })).visitsAdded).toBe(1);
  }, 30_000);

  it('refuses to encrypt with a short passphrase', async () => {
    const f = visitFixture();
    await store(f.bundle, f.files);
    const e = await exportVisit(VISIT_ID, { who: olena, passphrase: 'short' }).catch((x: unknown) => x);
    expect((e as PackageError).problems.map((p) => p.code)).toEqual(['weak-passphrase']);
  });
});

describe('file names', () => {
  it('keeps letters of every script and drops what file systems refuse', () => {
    expect(fileNamePart('  ТОВ «Контакт» / Call:Center*  ')).toBe('ТОВ-Контакт-Call-Center');
    expect(visitPackageName({ vendor: '???', site: '', dateFrom: '2025-01-02' })).toBe('2025-01-02.siteproof');
    expect(visitPackageName({ vendor: 'a'.repeat(100), site: 'b', dateFrom: '2025-01-02' })).toBe(`${'a'.repeat(40)}-b-2025-01-02.siteproof`);
  });
});

