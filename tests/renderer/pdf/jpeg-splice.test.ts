import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { afterAll, describe, expect, it } from 'vitest';
import { JpegSplice } from '../../../renderer/pdf/jpeg-splice';
import { makeJpeg, withComment } from './images';

const dir = mkdtempSync(join(tmpdir(), 'siteproof-splice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const jpegs = [makeJpeg(64, 48, 1), makeJpeg(48, 64, 2), withComment(makeJpeg(64, 48, 1), 'same picture, other bytes')];

/** A compressed multi-page document with text and each JPEG drawn once (the first one twice, same alias). */
function layout(splice: JpegSplice, photos: Uint8Array[] = jpegs): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  photos.forEach((jpeg, i) => {
    if (i > 0) doc.addPage();
    doc.text(`Photo ${i + 1}`, 20, 20);
    doc.addImage(splice.standIn(`photo-${i}`, jpeg)!, 'JPEG', 20, 30, 64, 48, `photo-${i}`, 'NONE');
  });
  doc.addImage(splice.standIn('photo-0', photos[0])!, 'JPEG', 20, 100, 32, 24, 'photo-0', 'NONE');
  doc.setProperties({ title: 'splice test' });
  return doc;
}

function write(name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** Reads the xref table the way a viewer does and checks every in-use entry lands on "N 0 obj". */
function checkXref(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const startxref = Number(/startxref\n(\d+)\n%%EOF$/.exec(text)![1]);
  const head = /^xref\n0 (\d+)\n/.exec(text.slice(startxref))!;
  const count = Number(head[1]);
  let objects = 0;
  for (let i = 1; i < count; i++) {
    const entry = text.slice(startxref + head[0].length + i * 20, startxref + head[0].length + i * 20 + 20);
    const offset = Number(entry.slice(0, 10));
    if (entry[17] !== 'n' || offset === 0) continue;
    expect(text.startsWith(`${i} 0 obj`, offset), `object ${i} at ${offset}`).toBe(true);
    objects += 1;
  }
  return objects;
}

describe('JpegSplice', () => {
  it('puts every JPEG into the file byte for byte, one image object per alias', () => {
    const splice = new JpegSplice();
    const bytes = splice.assemble(layout(splice).output());
    const file = write('three.pdf', bytes);
    execFileSync('pdfimages', ['-j', file, join(dir, 'three')]);
    // pdfimages writes one file per placement: photo-0 is drawn twice.
    const extracted = readdirSync(dir).filter((f) => f.startsWith('three-')).map((f) => sha(readFileSync(join(dir, f))));
    expect(extracted).toHaveLength(4);
    expect([...new Set(extracted)].sort()).toEqual(jpegs.map(sha).sort());
    const objects = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2).map((l) => l.trim().split(/\s+/)[10]);
    expect(new Set(objects).size).toBe(3);
    expect(splice.count).toBe(3);
  });

  it('leaves a file whose cross-reference table and stream lengths a strict reader accepts', () => {
    const splice = new JpegSplice();
    const pdf = Buffer.from(splice.assemble(layout(splice).output()));
    expect(checkXref(pdf)).toBeGreaterThan(10);
    const file = write('strict.pdf', pdf);
    const render = spawnSync('pdftoppm', ['-r', '20', '-png', file, join(dir, 'strict')], { encoding: 'utf8' });
    expect(render.status).toBe(0);
    // Poppler repairs a wrong xref or /Length silently but says so on stderr.
    expect(render.stderr).toBe('');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+3/);
    for (const m of pdf.toString('latin1').matchAll(/\/Length (\d+)\n(?:\/[^\n]*\n)*>>\nstream\n/g)) {
      const start = m.index + m[0].length;
      expect(pdf.toString('latin1', start + Number(m[1]), start + Number(m[1]) + 10)).toBe('\nendstream');
    }
  });

  it('gives the same file size as jsPDF embedding the JPEGs itself', () => {
    const splice = new JpegSplice();
    const spliced = splice.assemble(layout(splice).output());
    const direct = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
    jpegs.forEach((jpeg, i) => {
      if (i > 0) direct.addPage();
      direct.text(`Photo ${i + 1}`, 20, 20);
      direct.addImage(jpeg, 'JPEG', 20, 30, 64, 48, `photo-${i}`, 'NONE');
    });
    direct.addImage(jpegs[0], 'JPEG', 20, 100, 32, 24, 'photo-0', 'NONE');
    direct.setProperties({ title: 'splice test' });
    const plain = new Uint8Array(direct.output('arraybuffer'));
    // Same objects, same streams: only the creation date and file id may differ, and they have fixed widths.
    expect(spliced.length).toBe(plain.length);
  });

  it('refuses bytes without a JPEG frame header', () => {
    const splice = new JpegSplice();
    expect(splice.standIn('png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeNull();
    expect(splice.standIn('cut', jpegs[0].subarray(0, 20))).toBeNull();
    expect(splice.count).toBe(0);
  });

  it('stops with a clear error when a photo it was given never reached the layout', () => {
    const splice = new JpegSplice();
    const doc = layout(splice);
    splice.standIn('photo-unused', jpegs[1]);
    expect(() => splice.assemble(doc.output())).toThrow(/1 of 4 photos are missing from the layout/);
  });

  it('stops with a clear error when the output has no cross-reference table', () => {
    const splice = new JpegSplice();
    const out = layout(splice).output().replace('\nxref\n', '\nxfer\n');
    expect(() => splice.assemble(out)).toThrow(/cross-reference table was not found/);
  });

  it('stops rather than guess when a stand-in is not a whole stream', () => {
    const splice = new JpegSplice();
    const out = layout(splice).output().replace(/stream\n(\xff\xd8\xff\xfe)/, 'strea\n\n$1');
    expect(() => splice.assemble(out)).toThrow(/is not a whole stream/);
  });

  it('uses a fresh tag per document, so a photo of another dossier cannot be mistaken for a stand-in', () => {
    const a = new JpegSplice();
    const b = new JpegSplice();
    const standIn = (s: JpegSplice) => Buffer.from(s.standIn('x', jpegs[0])!).toString('latin1');
    expect(standIn(a)).not.toBe(standIn(b));
  });
});
