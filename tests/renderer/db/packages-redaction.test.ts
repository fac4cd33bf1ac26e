import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { exportVisit, importPackage, type ImportResult } from '../../../renderer/db/packages';
import { addPhoto, getBlob } from '../../../renderer/db/photos';
import { redactPhoto, type Redactor } from '../../../renderer/db/redactions';
import { createVisit } from '../../../renderer/db/visits';
import { bundlesOf, readPackage } from '../../../renderer/domain/package';
import { currentRedaction, type RedactionDraft } from '../../../renderer/domain/photo';
import { headerOnlyJpeg } from '../../../bench/fixtures/jpeg';
import { freshDb, visitFields } from './fixtures';

const OLENA = { author: 'Olena', device: 'dev-olena' };
const IGOR = { author: 'Igor', device: 'dev-igor' };
const AT = '2025-06-17T18:00:00.000Z';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const bytesOf = async (b: Blob) => new Uint8Array(await b.arrayBuffer());
const codes = (r: ImportResult) => (r.ok ? [] : r.problems.map((p) => p.code));

/** Node has no canvas: the bytes name the device and the draft, so two redactions give two different copies. */
const redactorOf = (device: string): Redactor => async (_original, draft) =>
  ({ blob: new Blob([`${device} ${JSON.stringify(draft)}`], { type: 'image/jpeg' }), width: 1600, height: 1200 });
const DRAFT: RedactionDraft = { areas: [{ kind: 'rect', x: 0.1, y: 0.1, w: 0.3, h: 0.2 }], annotations: [] };

function rezip(bytes: Uint8Array, edit: (manifest: { visits: { redactions?: Record<string, unknown>[] }[] }) => void): Uint8Array {
  const files = unzipSync(bytes);
  const m = JSON.parse(strFromU8(files['manifest.json']));
  edit(m);
  files['manifest.json'] = strToU8(JSON.stringify(m));
  return zipSync(files);
}

async function redactedVisit() {
  const visit = await createVisit(visitFields());
  const { photo } = await addPhoto(OLENA, { visitId: visit.id, questionId: 'q1', stepId: 's1', data: headerOnlyJpeg(4000, 3000, 'p'), source: 'file' });
  const redaction = await redactPhoto(OLENA, photo.id, DRAFT, redactorOf('olena'));
  return { visit, photo, redaction };
}

beforeEach(freshDb);

describe('redactions in packages', () => {
  it('travel with their redacted copy and land whole on the other laptop; the original travels unchanged', async () => {
    const { visit, photo, redaction } = await redactedVisit();
    const pkg = await exportVisit(visit.id, { who: OLENA, createdAt: AT });
    const read = await readPackage(pkg.bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(bundlesOf(read.manifest)[0].redactions).toEqual([redaction]);
    const files = read.manifest.files.filter((f) => f.photoId === photo.id);
    expect(files.map((f) => f.variant).sort()).toEqual(['original', 'redacted']);
    expect(files.find((f) => f.variant === 'redacted')?.sha256).toBe(redaction.redacted.sha256);
    expect(files.find((f) => f.variant === 'original')?.sha256).toBe(photo.sha256);

    await freshDb();
    const r = await importPackage(pkg.bytes, { who: IGOR });
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
    expect(await db.redactions.toArray()).toEqual([redaction]);
    const copy = await getBlob(photo.id, 'redacted');
    expect(copy.status === 'ok' && sha(await bytesOf(copy.blob))).toBe(redaction.redacted.sha256);
    const again = await importPackage(pkg.bytes, { who: IGOR });
    expect(again.ok && again.summary.changed).toBe(false);
  });

  it('a visit without redactions packs as before: no list, no redacted files', async () => {
    const visit = await createVisit(visitFields());
    await addPhoto(OLENA, { visitId: visit.id, questionId: 'q1', stepId: 's1', data: headerOnlyJpeg(800, 600, 'n'), source: 'file' });
    const pkg = await exportVisit(visit.id, { who: OLENA, createdAt: AT });
    const m = JSON.parse(strFromU8(unzipSync(pkg.bytes)['manifest.json']));
    expect('redactions' in m.visits[0]).toBe(false);
    expect(m.files.concat(m.missing).some((f: { variant: string }) => f.variant === 'redacted')).toBe(false);
  });

  it('merges by id: a later redaction from the other laptop becomes current and brings its copy', async () => {
    const { visit, photo, redaction } = await redactedVisit();
    const first = await exportVisit(visit.id, { who: OLENA, createdAt: AT });
    // Igor takes the visit in, redacts the photo again, sends it back.
    await freshDb();
    expect((await importPackage(first.bytes, { who: IGOR })).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    const igors = await redactPhoto(IGOR, photo.id, { areas: [{ kind: 'rect', x: 0.5, y: 0.5, w: 0.5, h: 0.5 }], annotations: [] }, redactorOf('igor'));
    const back = await exportVisit(visit.id, { who: IGOR, createdAt: AT });

    await freshDb();
    expect((await importPackage(first.bytes, { who: OLENA })).ok).toBe(true);
    const r = await importPackage(back.bytes, { who: OLENA });
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
    const all = await db.redactions.toArray();
    expect(all.map((x) => x.id).sort()).toEqual([redaction.id, igors.id].sort());
    expect(currentRedaction(all, photo.id)?.id).toBe(igors.id);
    const copy = await getBlob(photo.id, 'redacted');
    expect(copy.status === 'ok' && sha(await bytesOf(copy.blob))).toBe(igors.redacted.sha256);
  });

  it('refuses a package that rewrites a known redaction, and one whose redacted file is not the one its record names', async () => {
    const { visit, redaction } = await redactedVisit();
    const pkg = await exportVisit(visit.id, { who: OLENA, createdAt: AT });
    const rewritten = rezip(pkg.bytes, (m) => {
      m.visits[0].redactions![0].areas = [{ kind: 'rect', x: 0, y: 0, w: 0.01, h: 0.01 }];
    });
    const r = await importPackage(rewritten, { who: IGOR });
    expect(codes(r)).toContain('redaction-tampered');
    expect(await db.redactions.toArray()).toEqual([redaction]);

    const otherCopy = rezip(pkg.bytes, (m) => {
      (m.visits[0].redactions![0].redacted as { sha256: string }).sha256 = 'f'.repeat(64);
    });
    await freshDb();
    const read = await readPackage(otherCopy);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems.map((p) => p.code)).toContain('redaction-mismatch');
  });
});
