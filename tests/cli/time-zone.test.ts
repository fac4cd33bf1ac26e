import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteproof } from './run';

const dir = mkdtempSync(join(tmpdir(), 'siteproof-tz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The dossier's text as pdftotext reads it, without the one line that changes from run to run (when it was made). */
function dossierText(pkg: string, tz: string, lang: string): string {
  const out = join(dir, `${tz.replace('/', '_')}-${lang}.pdf`);
  const r = siteproof(['dossier', pkg, '--out', out, '--lang', lang, '--no-photos'], { TZ: tz });
  expect(r.code, r.err).toBe(0);
  return execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).replace(/^.*(Generated|Сформировано|Сформовано).*$/m, '');
}

describe('the same package gives the same times on machines in other time zones', () => {
  it('TZ=Asia/Tokyo and TZ=America/New_York print identical dossiers, in the visit’s zone, stated once', () => {
    const pkg = join(dir, 'demo.siteproof');
    const made = siteproof(['demo', '--out', pkg, '--photos', '2'], { TZ: 'Asia/Tokyo' });
    expect(made.code, made.err).toBe(0);
    for (const lang of ['en', 'uk']) {
      const tokyo = dossierText(pkg, 'Asia/Tokyo', lang);
      const newYork = dossierText(pkg, 'America/New_York', lang);
      expect(newYork).toBe(tokyo);
      expect(tokyo.match(/Europe\/Kyiv \(UTC\+02:00\)/g)?.length).toBe(1);
    }
    const en = dossierText(pkg, 'America/New_York', 'en');
    expect(en).toMatch(/camera clock/);
  }, 300_000);
});
