import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteproof } from './run';

/** Issue 10 §3: the dossier's fingerprint, its QR code and `verify --dossier` (match, other package, edited PDF). */

const SLOW = 180_000;
let dir: string;
const at = (name: string) => join(dir, name);

function demo(name: string, seed: number, photos: number) {
  const r = siteproof(['demo', '--photos', String(photos), '--resolution', '320x240', '--seed', String(seed), '--out', at(name)]);
  if (r.code !== 0) throw new Error(`demo failed: ${r.err}`);
}

/** A page rendered by poppler as a binary PPM, decoded for jsQR. */
function qrOnPage(pdf: string, page: number): string | null {
  const base = at(`page-${page}`);
  execFileSync('pdftoppm', ['-r', '150', '-f', String(page), '-l', String(page), pdf, base]);
  const file = readdirSync(dir).find((f) => f.startsWith(`page-${page}`) && f.endsWith('.ppm'))!;
  const ppm = readFileSync(join(dir, file));
  const header = ppm.toString('latin1', 0, 64).match(/^P6\s+(\d+)\s+(\d+)\s+255\s/)!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = ppm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[4 * i] = pixels[3 * i]!;
    rgba[4 * i + 1] = pixels[3 * i + 1]!;
    rgba[4 * i + 2] = pixels[3 * i + 2]!;
    rgba[4 * i + 3] = 255;
  }
  rmSync(join(dir, file));
  return jsQR(rgba, width, height)?.data ?? null;
}

const pageCount = (pdf: string) => Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1]);

let fingerprint = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'siteproof-verify-dossier-'));
  demo('visit.siteproof', 3, 3);
  demo('other-visit.siteproof', 4, 3);
  // The same visit (same seed) with one more photo: same visit id, other records and photos.
  demo('visit-later.siteproof', 3, 4);
  const r = siteproof(['dossier', at('visit.siteproof'), '--out', at('dossier.pdf'), '--lang', 'uk']);
  if (r.code !== 0) throw new Error(`dossier failed: ${r.err}`);
}, SLOW);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('siteproof verify --dossier', () => {
  it('confirms a dossier built from the package and untouched since, printing its fingerprint', () => {
    const r = siteproof(['verify', at('visit.siteproof'), '--dossier', at('dossier.pdf')]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('MATCHES');
    const j = JSON.parse(siteproof(['verify', at('visit.siteproof'), '--dossier', at('dossier.pdf'), '--json']).out) as { status: string; fingerprint: string };
    expect(j.status).toBe('matches');
    expect(j.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    fingerprint = j.fingerprint;
  });

  it('prints the fingerprint on the dossier as text and as QR codes on the cover and the last page', () => {
    const text = execFileSync('pdftotext', [at('dossier.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(fingerprint.match(/.{8}/g)!.join(' '));
    const qr = `SITEPROOF:${fingerprint.toUpperCase()}`;
    expect(qrOnPage(at('dossier.pdf'), 1)).toBe(qr);
    expect(qrOnPage(at('dossier.pdf'), pageCount(at('dossier.pdf')))).toBe(qr);
  }, SLOW);

  it('says that a dossier of another visit was built from other data, naming both visits', () => {
    const r = siteproof(['verify', at('other-visit.siteproof'), '--dossier', at('dossier.pdf')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('DIFFERENT DATA');
    expect(r.out).toMatch(/built from visit \S+, the packages hold visit \S+/);
  });

  it('says what differs when the same visit has moved on: records and photos', () => {
    const r = siteproof(['verify', at('visit-later.siteproof'), '--dossier', at('dossier.pdf')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('the records differ');
    expect(r.out).toContain('built from 3 photo(s), the packages hold 4');
  });

  it('finds a dossier edited after it was made, and one whose seal was cut off', () => {
    const bytes = readFileSync(at('dossier.pdf'));
    const edited = Buffer.from(bytes);
    const title = edited.indexOf('/Title');
    edited[title + 10] ^= 1;
    writeFileSync(at('edited.pdf'), edited);
    const e = siteproof(['verify', at('visit.siteproof'), '--dossier', at('edited.pdf')]);
    expect(e.code).toBe(1);
    expect(e.out).toContain('EDITED');
    // Saved again by a tool that rewrites the file: the seal lines are gone.
    const text = bytes.toString('latin1');
    writeFileSync(at('rewritten.pdf'), bytes.subarray(0, text.lastIndexOf('%%EOF') + 6));
    const n = siteproof(['verify', at('visit.siteproof'), '--dossier', at('rewritten.pdf')]);
    expect(n.code).toBe(1);
    expect(n.out).toContain('NOT SEALED');
  });

  it('refuses a missing dossier file with exit code 4', () => {
    const r = siteproof(['verify', at('visit.siteproof'), '--dossier', at('nope.pdf')]);
    expect(r.code).toBe(4);
    expect(r.err).toContain('Cannot read');
  });
});
