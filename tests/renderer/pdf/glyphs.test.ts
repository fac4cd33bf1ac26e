import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDossier } from '../../../renderer/pdf/dossier';
import { visibleModel, visibleText } from '../../../renderer/pdf/glyphs';
import { readDejaVuFonts } from '../../../renderer/pdf/node-fonts';
import { sampleDossier } from './sample';

const dir = mkdtempSync(join(tmpdir(), 'siteproof-glyphs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('characters the font cannot draw', () => {
  const latin = new Set([...'Screen ok'].map((c) => c.codePointAt(0)!));

  it('are printed as their code point, joiners and variation selectors dropped', () => {
    expect(visibleText('Screen 😀 ok', latin)).toBe('Screen [U+1F600] ok');
    expect(visibleText('ok 👍🏽', latin)).toBe('ok [U+1F44D][U+1F3FD]');
    expect(visibleText('ok ❤️', latin)).toBe('ok [U+2764]');
    expect(visibleText('ok\nok', latin)).toBe('ok\nok');
  });

  it('are replaced in every string of a model, leaving other values alone', () => {
    const bytes = new Uint8Array([1, 2]);
    expect(visibleModel({ a: ['ok 😀', 3], b: { c: 'ok' }, d: bytes }, latin)).toEqual({ a: ['ok [U+1F600]', 3], b: { c: 'ok' }, d: bytes });
  });
});

describe('a dossier with Arabic and emoji', () => {
  it('joins and orders Arabic in table cells as on the cover, and shows emoji as code points', async () => {
    const sample = sampleDossier('en');
    const name = 'شركة الاتصال 😀';
    sample.model.cover.vendor = name;
    sample.model.audit[0]!.author = 'محمد علي';
    const file = join(dir, 'arabic.pdf');
    writeFileSync(file, await renderDossier(sample.model, sample.photos, { fonts: readDejaVuFonts() }));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const cover = text.split('\f')[0]!;
    // Shaped (presentation forms) in reading order: the banner draws it as doc.text does, the table the same way.
    const shaped = 'ﺷﺮﻛﺔ ﺍﻻﺗﺼﺎﻝ';
    const reversed = [...shaped].reverse().join('');
    expect(cover.split(shaped).length - 1).toBe(2);
    expect(text).not.toContain(reversed);
    expect(text).toContain('ﻣﺤﻤﺪ ﻋﻠﻲ');
    // (pdftotext moves the opening bracket to the other side of the Arabic run; the code point stays whole.)
    expect(cover).toContain('U+1F600]');
  }, 60_000);
});
