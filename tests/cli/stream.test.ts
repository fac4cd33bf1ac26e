import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlesOf, readPackage } from '../../renderer/domain/package';
import { readPackageBlob } from '../../renderer/domain/package/blob-read';
import { memorySink, streamPackage } from '../../renderer/domain/package/stream-write';
import { siteproof } from './run';

/** verify, merge and dossier read packages entry by entry from disk: ZIP64 ones too, which the app writes past 4 GiB. */

const SLOW = 120_000;
let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'siteproof-stream-'));
  const r = siteproof(['demo', '--photos', '3', '--resolution', '320x240', '--seed', '5', '--out', at('plain.siteproof')]);
  if (r.code !== 0) throw new Error(`demo failed: ${r.err}`);
  const read = await readPackage(new Uint8Array(readFileSync(at('plain.siteproof'))));
  if (!read.ok) throw new Error('the demo package is unsound');
  const byKey = new Map(read.manifest.files.map((f) => [`${f.photoId}/${f.variant}`, f]));
  const out = memorySink();
  const w = await streamPackage(bundlesOf(read.manifest), async (id, variant) => {
    const f = byKey.get(`${id}/${variant}`);
    return f && { blob: new Blob([read.files.get(f.path) as Uint8Array<ArrayBuffer>]), width: f.width, height: f.height, mime: f.mime };
  }, { createdBy: read.manifest.createdBy, appVersion: read.manifest.appVersion, kind: 'visit' }, out.sink, { forceZip64: true });
  if (!w.ok) throw new Error(JSON.stringify(w.problems));
  writeFileSync(at('zip64.siteproof'), out.bytes());
}, SLOW);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI reads streamed (ZIP64) packages', () => {
  it('verify finds a ZIP64 package sound, every SHA-256 checked', () => {
    const r = siteproof(['verify', at('zip64.siteproof')]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/zip64\.siteproof: SOUND/);
    expect(r.out).toMatch(/files: 9 photo files, .* every SHA-256 checked/);
  }, SLOW);

  it('verify still refuses a ZIP64 package cut short', () => {
    const bytes = readFileSync(at('zip64.siteproof'));
    writeFileSync(at('cut.siteproof'), bytes.subarray(0, bytes.length - 10));
    const r = siteproof(['verify', at('cut.siteproof')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/NOT SOUND/);
  }, SLOW);

  it('merge takes a ZIP64 and a plain package and streams out a sound package with every photo file', async () => {
    const r = siteproof(['merge', at('zip64.siteproof'), at('plain.siteproof'), '--out', at('merged.siteproof')]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const merged = await readPackageBlob(new Blob([readFileSync(at('merged.siteproof'))]));
    expect(merged.ok).toBe(true);
    expect(merged.ok && merged.files.size).toBe(9);
    // No temporary file left beside --out.
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
  }, SLOW);

  it('a refused merge leaves no file under --out and no temporary file', () => {
    const r = siteproof(['merge', at('zip64.siteproof'), at('cut.siteproof'), '--out', at('refused.siteproof')]);
    expect(r.code).toBe(1);
    expect(existsSync(at('refused.siteproof'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
  }, SLOW);

  it('dossier makes the PDF from a ZIP64 package', () => {
    const r = siteproof(['dossier', at('zip64.siteproof'), '--out', at('z.pdf'), '--lang', 'uk']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(at('z.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, SLOW);
});
