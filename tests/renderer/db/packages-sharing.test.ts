import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { exportVisit, importPackage, streamVisit } from '../../../renderer/db/packages';
import { addPhoto } from '../../../renderer/db/photos';
import { redactPhoto, type Redactor } from '../../../renderer/db/redactions';
import { createVisit } from '../../../renderer/db/visits';
import { readPackage } from '../../../renderer/domain/package';
import { readPackageBlob } from '../../../renderer/domain/package/blob-read';
import type { RedactionDraft } from '../../../renderer/domain/photo';
import { headerOnlyJpeg } from '../../../bench/fixtures/jpeg';
import { freshDb, visitFields } from './fixtures';

/** Issue 13 §2: a package "for sharing" leaves out the originals (and unredacted copies) of redacted photos. */
const OLENA = { author: 'Olena', device: 'dev-olena' };
const IGOR = { author: 'Igor', device: 'dev-igor' };
const AT = '2025-06-17T18:00:00.000Z';
const redactor: Redactor = async (_original, draft) => ({ blob: new Blob([`copy ${JSON.stringify(draft)}`], { type: 'image/jpeg' }), width: 1600, height: 1200 });
const DRAFT: RedactionDraft = { areas: [{ kind: 'rect', x: 0.1, y: 0.1, w: 0.3, h: 0.2 }], annotations: [] };

async function visitWithTwoPhotos() {
  const visit = await createVisit(visitFields());
  const { photo: screen } = await addPhoto(OLENA, { visitId: visit.id, questionId: 'q1', stepId: 's1', data: headerOnlyJpeg(4000, 3000, 'screen'), source: 'file' });
  const { photo: generator } = await addPhoto(OLENA, { visitId: visit.id, questionId: 'q1', stepId: 's1', data: headerOnlyJpeg(800, 600, 'generator'), source: 'file' });
  await redactPhoto(OLENA, screen.id, DRAFT, redactor);
  return { visit, screen, generator };
}

beforeEach(freshDb);

describe('a package for sharing', () => {
  it('carries redacted photos as their redacted copy only, other photos whole, and says what it is', async () => {
    const { visit, screen, generator } = await visitWithTwoPhotos();
    const pkg = await exportVisit(visit.id, { who: OLENA, createdAt: AT, forSharing: true });
    expect(pkg.fileName).toMatch(/-sharing\.siteproof$/);
    const read = await readPackage(pkg.bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.manifest.purpose).toBe('sharing');
    const variants = (id: string) => read.manifest.files.filter((f) => f.photoId === id).map((f) => f.variant).sort();
    expect(variants(screen.id)).toEqual(['redacted']);
    expect(variants(generator.id)).toContain('original');
    expect(read.manifest.missing.filter((m) => m.photoId === screen.id).map((m) => m.variant)).toContain('original');
    // The photo record still names the original's SHA-256: the evidence index can show it, the bytes stay home.
    expect(read.manifest.visits[0]!.photos.find((p) => p.id === screen.id)!.sha256).toBe(screen.sha256);
  });

  it('is the same when streamed, and an ordinary package still carries every original', async () => {
    const { visit, screen } = await visitWithTwoPhotos();
    const chunks: Uint8Array[] = [];
    const done = await streamVisit(visit.id, async () => ({
      target: 'file',
      stream: new WritableStream<Uint8Array>({ write: (c) => void chunks.push(c) }),
    }) as never, { who: OLENA, createdAt: AT, forSharing: true });
    expect(done.status).toBe('saved');
    const read = await readPackageBlob(new Blob(chunks as BlobPart[]));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.manifest.purpose).toBe('sharing');
    expect(read.manifest.files.filter((f) => f.photoId === screen.id).map((f) => f.variant)).toEqual(['redacted']);

    const whole = await readPackage((await exportVisit(visit.id, { who: OLENA, createdAt: AT })).bytes);
    if (!whole.ok) throw new Error('unsound');
    expect(whole.manifest.purpose).toBeUndefined();
    expect(whole.manifest.files.filter((f) => f.photoId === screen.id).map((f) => f.variant)).toContain('original');
  });

  it('imports on another laptop without refusing anything, and never stands in for the originals there', async () => {
    const { visit, screen } = await visitWithTwoPhotos();
    const shared = await exportVisit(visit.id, { who: OLENA, createdAt: AT, forSharing: true });
    const full = await exportVisit(visit.id, { who: OLENA, createdAt: AT });
    await freshDb();
    const r = await importPackage(shared.bytes, { who: IGOR });
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
    expect(await db.blobs.get(`${screen.id}/original`)).toBeUndefined();
    // The full package later brings the original in.
    const r2 = await importPackage(full.bytes, { who: IGOR });
    expect(r2.ok, JSON.stringify(!r2.ok && r2.problems)).toBe(true);
    expect(await db.blobs.get(`${screen.id}/original`)).toBeDefined();
  });
});
