import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteproof } from './run';

/** The CLI as a user runs it: real processes, real files, exit codes and printed text. */

let dir: string;
const at = (name: string) => join(dir, name);
const SLOW = 120_000;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'siteproof-cli-'));
  const r = siteproof(['demo', '--photos', '4', '--evaluators', '2', '--resolution', '400x300', '--seed', '7', '--out', at('visit.siteproof'), '--per-evaluator']);
  if (r.code !== 0) throw new Error(`demo failed (${r.code}): ${r.err}`);
}, SLOW);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('siteproof (no command, help, unknown)', () => {
  it('prints help and the exit codes', () => {
    const r = siteproof(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/verify FILE/);
    expect(r.out).toMatch(/Exit codes: 0 success; 1/);
    expect(siteproof([]).code).toBe(2);
  }, SLOW);

  it('refuses an unknown command or option with exit 2', () => {
    const r = siteproof(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Unknown command "frobnicate"/);
    const o = siteproof(['verify', '--frob', 'x']);
    expect(o.code).toBe(2);
    expect(o.err).toMatch(/Unknown option '--frob'/);
    expect(o.err).toMatch(/Usage: siteproof verify/);
  }, SLOW);

  it.each(['verify', 'merge', 'dossier', 'demo'])('%s --help', (command) => {
    const r = siteproof([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^Usage: siteproof ${command}`));
    expect(r.out).toMatch(/Exit: 0/);
  }, SLOW);
});

describe('siteproof demo + verify', () => {
  it('makes packages that verify accepts', () => {
    const r = siteproof(['verify', at('visit.siteproof'), at('visit.1.siteproof'), at('visit.2.siteproof')]);
    expect(r.code).toBe(0);
    expect(r.out.match(/: SOUND/g)).toHaveLength(3);
    expect(r.out).toMatch(/33 claims, \d+ answers, 1 decision, \d+ resolutions?, 4 photos \(1 deleted\)/);
    expect(r.out).toMatch(/12 photo files/);
  }, SLOW);

  it('reports a damaged package with exit 1 and names the problem', () => {
    const bytes = readFileSync(at('visit.siteproof'));
    bytes[Math.floor(bytes.length / 2)] ^= 0x20;
    writeFileSync(at('damaged.siteproof'), bytes);
    const r = siteproof(['verify', at('damaged.siteproof')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/damaged\.siteproof: NOT SOUND \(1 problem\)/);
    expect(r.out).toMatch(/\[corrupt-entry\] ".+" is damaged \(checksum mismatch\)/);
  }, SLOW);

  it('reports a file that is not a package, and a file that is not there', () => {
    writeFileSync(at('notes.txt'), 'not a package');
    const r = siteproof(['verify', at('notes.txt')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\[not-a-zip\]/);
    const missing = siteproof(['verify', at('nope.siteproof')]);
    expect(missing.code).toBe(4);
    expect(missing.err).toMatch(/Cannot read .*nope\.siteproof: no such file/);
  }, SLOW);

  it('prints JSON with --json', () => {
    const r = siteproof(['verify', '--json', at('visit.siteproof')]);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as { sound: boolean; photos: number }[];
    expect(parsed[0]).toMatchObject({ sound: true, photos: 4 });
  }, SLOW);

  it('handles encrypted packages: needs the passphrase, tells a wrong one', () => {
    const made = siteproof(['demo', '--photos', '1', '--resolution', '64x48', '--out', at('sealed.siteproof'), '--passphrase', 'маяк на пагорбі']);
    expect(made.code).toBe(0);
    expect(siteproof(['verify', at('sealed.siteproof')]).out).toMatch(/\[encrypted\]/);
    const wrong = siteproof(['verify', at('sealed.siteproof'), '--passphrase', 'не той пароль']);
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(/\[wrong-passphrase\] The passphrase is wrong/);
    const right = siteproof(['verify', at('sealed.siteproof')], { SITEPROOF_PASSPHRASE: 'маяк на пагорбі' });
    expect(right.code).toBe(0);
    expect(right.out).toMatch(/SOUND/);
    expect(right.out).toMatch(/encrypted/);
  }, SLOW);
});

describe('siteproof merge', () => {
  it('merges evaluators’ packages into the full visit and prints who entered what, when', () => {
    const r = siteproof(['merge', at('visit.1.siteproof'), at('visit.2.siteproof'), '--out', at('merged.siteproof')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Merged 2 packages of visit/);
    expect(r.out).toMatch(/\d+ open conflicts? — /);
    // A conflict names the question and step, then each evaluator, the time and the value.
    expect(r.out).toMatch(/\n {2}Q\d+ .+ \/ step [a-z-]+ \(/);
    expect(r.out).toMatch(/\n {4}- Олена Ковальчук, 2025-11-12 \d\d:\d\d \(Europe\/Kyiv\): /);
    expect(r.out).toMatch(/\n {4}- Дмитрий Савченко, 2025-11-12 \d\d:\d\d \(Europe\/Kyiv\): /);
    const v = siteproof(['verify', '--json', at('merged.siteproof')]);
    expect(v.code).toBe(0);
    const whole = siteproof(['verify', '--json', at('visit.siteproof')]);
    expect(JSON.parse(v.out)[0].photos).toBe(JSON.parse(whole.out)[0].photos);
  }, SLOW);

  it('changes nothing when the same package is merged again', () => {
    const r = siteproof(['merge', at('visit.siteproof'), at('visit.1.siteproof'), at('visit.siteproof'), '--out', at('again.siteproof')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/added nothing; updated nothing/);
  }, SLOW);

  it('refuses packages of different visits', () => {
    expect(siteproof(['demo', '--photos', '0', '--seed', '99', '--out', at('other.siteproof')]).code).toBe(0);
    const r = siteproof(['merge', at('visit.siteproof'), at('other.siteproof'), '--out', at('never.siteproof')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/different visits, so they cannot be merged/);
    expect(r.err).toMatch(/visit\.siteproof: .*2025-11-12 \(visit /);
    expect(siteproof(['verify', at('never.siteproof')]).code).toBe(4);
  }, SLOW);

  it('requires --out', () => {
    const r = siteproof(['merge', at('visit.1.siteproof')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out FILE is required/);
  }, SLOW);
});

describe('siteproof dossier', () => {
  it('writes the PDF dossier of the merged visit', () => {
    const r = siteproof(['dossier', at('visit.1.siteproof'), at('visit.2.siteproof'), '--out', at('dossier.pdf'), '--lang', 'en']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Wrote .*dossier\.pdf/);
    const pdf = readFileSync(at('dossier.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(50_000);
  }, SLOW);

  it('refuses an unknown language', () => {
    const r = siteproof(['dossier', at('visit.siteproof'), '--out', at('x.pdf'), '--lang', 'de']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--lang is one of ru, uk, en/);
  }, SLOW);
});
