import { describe, expect, it } from 'vitest';
import { canonicalBundle } from '../../../../renderer/domain/merge';
import { bundlesOf, photoFilesOf, readPackage, writePackage } from '../../../../renderer/domain/package';
import { DEFAULT_LIMITS } from '../../../../renderer/domain/package/limits';
import { readCentralDirectory } from '../../../../renderer/domain/package/zip';
import { AUDIT_ACTIONS, type PhotoVariant, type VisitBundle } from '../../../../renderer/domain/model';
import { at, audit, bundle, countAnswer, OLENA, visit } from '../merge/fixtures';
import { jpegish, META, sha256, visitFixture } from './fixtures';

async function written() {
  const f = visitFixture();
  const w = await writePackage([f.bundle], f.source, META);
  if (!w.ok) throw new Error(JSON.stringify(w.problems));
  return { f, w };
}

describe('writePackage → readPackage', () => {
  it('gives back every record and every photo file byte for byte', async () => {
    const { f, w } = await written();
    const r = await readPackage(w.bytes);
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
    if (!r.ok) return;
    expect(r.manifest.kind).toBe('visit');
    expect(r.manifest.createdBy).toEqual(META.createdBy);
    expect(bundlesOf(r.manifest)).toEqual([canonicalBundle(f.bundle)]);
    const got = photoFilesOf(r);
    expect(got.map((x) => `${x.photoId}/${x.variant}`).sort()).toEqual([...f.files.keys()].sort());
    for (const x of got) {
      const expected = f.files.get(`${x.photoId}/${x.variant}`);
      expect(Buffer.from(x.bytes).equals(Buffer.from(expected!.bytes))).toBe(true);
      expect([x.width, x.height, x.mime]).toEqual([expected!.width, expected!.height, 'image/jpeg']);
      expect(x.path).toBe(`photos/${sha256(x.bytes)}.jpg`);
    }
  });

  it('declares the variants the device did not have instead of failing', async () => {
    const { w } = await written();
    expect(w.missing).toEqual([{ photoId: 'p-old', variant: 'report' }, { photoId: 'p-old', variant: 'thumb' }]);
    expect(w.manifest.missing).toEqual(w.missing);
  });

  it('carries a deleted photo with its original', async () => {
    const { w } = await written();
    expect(w.manifest.visits[0].photos.find((p) => p.id === 'p-old')?.deleted?.reason).toBe('дубль');
    expect(w.manifest.files.some((x) => x.photoId === 'p-old' && x.variant === 'original')).toBe(true);
  });

  it('carries every audit action the app can record, and a cleared answer with its mark', async () => {
    const f = visitFixture();
    const b: VisitBundle = {
      ...f.bundle,
      answers: [...f.bundle.answers, countAnswer('a-cleared', OLENA, 30, 'q01-seats', 'count-seats', 7, { deleted: { at: at(31), by: OLENA.author, device: OLENA.device } })],
      audit: AUDIT_ACTIONS.map((action, i) => audit(`e-all-${String(i).padStart(2, '0')}`, OLENA, 40 + i, action, { n: i })),
    };
    const w = await writePackage([b], f.source, META);
    expect(w.ok, JSON.stringify(!w.ok && w.problems)).toBe(true);
    if (!w.ok) return;
    const r = await readPackage(w.bytes);
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
    if (!r.ok) return;
    const [got] = bundlesOf(r.manifest);
    expect(got).toEqual(canonicalBundle(b));
    expect(new Set(got.audit.map((e) => e.action))).toEqual(new Set(AUDIT_ACTIONS));
    expect(got.answers.find((a) => a.id === 'a-cleared')?.deleted).toEqual({ at: at(31), by: OLENA.author, device: OLENA.device });
  });

  it('stores photos without recompression and the manifest deflated', async () => {
    const { w } = await written();
    const cd = readCentralDirectory(w.bytes, DEFAULT_LIMITS);
    if (!cd.ok) throw new Error('central directory');
    for (const e of cd.entries) {
      if (e.name === 'manifest.json') expect(e.method).toBe(8);
      else expect([e.name, e.method, e.compressedSize]).toEqual([e.name, 0, e.size]);
    }
  });

  it('writes the same bytes for the same input', async () => {
    const f = visitFixture();
    const a = await writePackage([f.bundle], f.source, META);
    const b = await writePackage([f.bundle], f.source, META);
    expect(a.ok && b.ok && Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('stores identical bytes once even when two photos share them', async () => {
    const f = visitFixture();
    const twin = { ...f.bundle.photos[0], id: 'p-twin' };
    const b = { ...f.bundle, photos: [...f.bundle.photos, twin] };
    const source = (id: string, v: PhotoVariant) => f.source(id === 'p-twin' ? 'p-hall' : id, v);
    const w = await writePackage([b], source, META);
    if (!w.ok) throw new Error(JSON.stringify(w.problems));
    const cd = readCentralDirectory(w.bytes, DEFAULT_LIMITS);
    expect(cd.ok && cd.entries.length).toBe(1 + 3 + 1);
    expect(w.manifest.files.filter((x) => x.photoId === 'p-twin')).toHaveLength(3);
    expect((await readPackage(w.bytes)).ok).toBe(true);
  });

  it('writes a backup of several visits and an empty one', async () => {
    const f = visitFixture();
    const second = bundle({ visit: visit(undefined, { id: 'second-visit', vendor: 'ООО «Голос»' }) });
    const w = await writePackage([f.bundle, second], f.source, { ...META, kind: 'backup' });
    expect(w.ok).toBe(true);
    const r = w.ok ? await readPackage(w.bytes) : null;
    expect(r?.ok && r.manifest.visits.map((v) => v.visit.id).sort()).toEqual([f.bundle.visit.id, 'second-visit'].sort());
    const empty = await writePackage([], f.source, META);
    expect(empty.ok && empty.manifest.kind).toBe('backup');
    expect(empty.ok && (await readPackage(empty.bytes)).ok).toBe(true);
  });

  it('refuses to export an original that no longer matches its capture hash', async () => {
    const f = visitFixture();
    const w = await writePackage([f.bundle], (id, v) => (id === 'p-hall' && v === 'original' ? { bytes: jpegish(99, 40_000), width: 1, height: 1 } : f.source(id, v)), META);
    expect(w.ok).toBe(false);
    expect(!w.ok && w.problems.map((p) => [p.code, p.params.photoId])).toEqual([['original-hash-mismatch', 'p-hall']]);
  });

  it('refuses to export records it would not accept on import', async () => {
    const f = visitFixture();
    const broken = { ...f.bundle, answers: [{ ...f.bundle.answers[0], updatedAt: 'yesterday' }] };
    const w = await writePackage([broken], f.source, META);
    expect(!w.ok && w.problems[0].code).toBe('manifest-invalid');
    expect(!w.ok && w.problems[0].message).toMatch(/answers\[0 id=a-seats\]\.updatedAt/);
    const stray = { ...f.bundle, claims: [{ ...f.bundle.claims[0], visitId: 'elsewhere' }] };
    const w2 = await writePackage([stray], f.source, META);
    expect(!w2.ok && w2.problems.map((p) => p.code)).toEqual(['record-wrong-visit']);
  });
});
