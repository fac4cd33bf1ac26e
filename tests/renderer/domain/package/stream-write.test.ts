import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalBundle } from '../../../../renderer/domain/merge';
import type { PhotoVariant } from '../../../../renderer/domain/model';
import { bundlesOf, photoFilesOf, readPackage } from '../../../../renderer/domain/package';
import { memorySink, streamPackage, type PhotoBlobSource, type StreamProgress } from '../../../../renderer/domain/package/stream-write';
import { jpegish, META, sha256, visitFixture } from './fixtures';

const blobSource = (files: ReturnType<typeof visitFixture>['files']): PhotoBlobSource => async (photoId: string, variant: PhotoVariant) => {
  const f = files.get(`${photoId}/${variant}`);
  return f && { blob: new Blob([f.bytes as Uint8Array<ArrayBuffer>]), width: f.width, height: f.height };
};

const dir = mkdtempSync(join(tmpdir(), 'siteproof-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs another zip reader on the file; both must say the archive is sound. */
function otherReaders(bytes: Uint8Array, name: string): { unzip: string; python: string } {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const unzip = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
  const python = execFileSync('python3', ['-c', [
    'import sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1])',
    'bad = z.testzip()',
    'print("bad" if bad else "ok", len(z.infolist()), any(i.file_size >= 0 and (i.extra.find(b"\\x01\\x00") == 0) for i in z.infolist()))',
  ].join('\n'), file], { encoding: 'utf8' });
  return { unzip, python };
}

describe('streamPackage', () => {
  it('writes a package readPackage opens whole: every record, every file byte for byte', async () => {
    const f = visitFixture();
    const out = memorySink();
    const w = await streamPackage([f.bundle], blobSource(f.files), META, out.sink);
    expect(w.ok, JSON.stringify(!w.ok && w.problems)).toBe(true);
    if (!w.ok) return;
    const bytes = out.bytes();
    expect(w.bytes).toBe(bytes.length);
    const r = await readPackage(bytes);
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
    if (!r.ok) return;
    expect(bundlesOf(r.manifest)).toEqual([canonicalBundle(f.bundle)]);
    expect(r.manifest.missing).toEqual([{ photoId: 'p-old', variant: 'report' }, { photoId: 'p-old', variant: 'thumb' }]);
    for (const x of photoFilesOf(r)) {
      expect(Buffer.from(x.bytes).equals(Buffer.from(f.files.get(`${x.photoId}/${x.variant}`)!.bytes))).toBe(true);
      expect(x.path).toBe(`photos/${sha256(x.bytes)}.jpg`);
    }
    const other = otherReaders(bytes, 'plain.siteproof');
    expect(other.unzip).toMatch(/No errors detected/);
    expect(other.python.split(' ').slice(0, 2)).toEqual(['ok', '5']);
  });

  it('reports progress in bytes of photo files up to the total', async () => {
    const f = visitFixture();
    const seen: StreamProgress[] = [];
    const w = await streamPackage([f.bundle], blobSource(f.files), META, memorySink().sink, { onProgress: (p) => seen.push(p) });
    expect(w.ok).toBe(true);
    const total = [...f.files.values()].reduce((n, x) => n + x.bytes.length, 0);
    expect(seen[0]).toEqual({ done: 0, total });
    expect(seen.at(-1)).toEqual({ done: total, total });
    for (let i = 1; i < seen.length; i++) expect(seen[i].done).toBeGreaterThan(seen[i - 1].done);
  });

  it('forced to ZIP64, is still opened by unzip and by Python zipfile', async () => {
    const f = visitFixture();
    const out = memorySink();
    const w = await streamPackage([f.bundle], blobSource(f.files), META, out.sink, { forceZip64: true });
    expect(w.ok).toBe(true);
    const bytes = out.bytes();
    // The ZIP64 end-of-central-directory record (PK\x06\x06) is there.
    expect(Buffer.from(bytes).includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    const other = otherReaders(bytes, 'zip64.siteproof');
    expect(other.unzip).toMatch(/No errors detected/);
    expect(other.python.split(' ').slice(0, 2)).toEqual(['ok', '5']);
  });

  it('sends a stored original that no longer matches its capture hash as missing and names it', async () => {
    const f = visitFixture();
    f.files.set('p-hall/original', { bytes: jpegish(99, 40_000), width: 4000, height: 3000 });
    const out = memorySink();
    const w = await streamPackage([f.bundle], blobSource(f.files), META, out.sink);
    expect(w.ok).toBe(true);
    if (!w.ok) return;
    expect(w.damaged).toEqual(['p-hall']);
    expect(w.missing).toContainEqual({ photoId: 'p-hall', variant: 'original' });
    const r = await readPackage(out.bytes());
    expect(r.ok && r.manifest.files.some((x) => x.photoId === 'p-hall' && x.variant === 'original')).toBe(false);
  });

  it('cancelled midway, aborts the destination and writes no end', async () => {
    const f = visitFixture();
    const out = memorySink();
    const controller = new AbortController();
    const source: PhotoBlobSource = async (id, variant) => blobSource(f.files)(id, variant);
    const w = await streamPackage([f.bundle], source, META, out.sink, {
      signal: controller.signal,
      onProgress: (p) => { if (p.done > 0) controller.abort(new Error('user cancelled')); },
    });
    expect(w).toEqual({ ok: false, cancelled: true, problems: [] });
    expect(out.aborted()).toBe(true);
  });

  it('refuses invalid records before writing a byte', async () => {
    const f = visitFixture();
    const broken = { ...f.bundle, visit: { ...f.bundle.visit, dateFrom: 'yesterday' } };
    const out = memorySink();
    let asked = 0;
    const w = await streamPackage([broken], async (id, v) => { asked++; return blobSource(f.files)(id, v); }, META, out.sink);
    expect(w.ok).toBe(false);
    expect(!w.ok && w.problems[0]?.code).toBe('manifest-invalid');
    expect(asked).toBe(0);
    expect(out.aborted()).toBe(true);
  });

  // The destination that failed cleans up after itself (see electron/ipc/handlers/package-write.ts).
  it('stops at a chunk the destination cannot take (disk full) and says why', async () => {
    const f = visitFixture();
    let n = 0;
    const sink = new WritableStream<Uint8Array>({ write() { if (++n > 2) throw new Error('the disk is full'); } });
    const w = await streamPackage([f.bundle], blobSource(f.files), META, sink);
    expect(w.ok).toBe(false);
    expect(!w.ok && w.problems[0]?.message).toMatch(/the disk is full/);
    expect(n).toBe(3);
  });
});
