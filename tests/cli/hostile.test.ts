import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepAudit, hostileCorpus } from '../corpus/hostile';
import { siteproof } from './run';

/** The hostile corpus through the real CLI: refused with exit 1 (never 70), fast, and printed harmlessly. */

let dir: string;
const at = (name: string) => join(dir, name);
const SLOW = 120_000;
// Control characters a terminal would act on; the CLI's own output holds none but line feeds.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'siteproof-hostile-'));
  for (const [name, bytes] of Object.entries(await hostileCorpus())) writeFileSync(at(name), bytes);
}, SLOW);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('siteproof verify and merge on hostile packages', () => {
  it('refuses the 4 000-entry zip bomb in seconds, as a zip bomb', () => {
    const started = performance.now();
    const r = siteproof(['verify', at('zip-bomb.siteproof')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\[package-compression-ratio\] The package's compressed files would unpack to 4194309691 bytes/);
    // Node and tsx start in about a second; reading the bomb used to take 46 s and 4.2 GB.
    expect(performance.now() - started).toBeLessThan(15_000);
  }, SLOW);

  it('merge refuses JSON nested 100 000 deep with exit 1, naming the audit entry (it crashed with exit 70)', async () => {
    const { entryId } = await deepAudit();
    for (const args of [['verify', at('deep-audit.siteproof')], ['merge', at('deep-audit.siteproof'), '--out', at('merged.siteproof')]]) {
      const r = siteproof(args);
      expect(r.code, `${args[0]}: ${r.err}`).toBe(1);
      expect(`${r.out}${r.err}`).toContain(`[record-too-deep] The record visits[0].audit[1 id=${entryId}] is nested 100002 levels deep`);
      expect(r.err).not.toMatch(/unexpected error|RangeError/);
    }
  }, SLOW);

  it('prints a vendor with terminal escapes as visible text, and cannot fake a line', () => {
    const r = siteproof(['verify', at('control-vendor.siteproof')]);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(CONTROL);
    expect(r.out).toContain('Evil\\u001b[2J\\u001b[H\\u001b]0;pwned\\u0007\\u0000 SOUND\\u009b31m\\u202eDNUOS');
    expect(r.out).toContain('by Mallory\\u001b[1A');
    // The site's "\r\n  files: fine, SOUND" stays inside its own line.
    expect(r.out.split('\n').filter((line) => line.includes('SOUND'))).toHaveLength(2);
    expect(r.out).toContain('Site\\u000d\\u000a  files: fine, SOUND');
    const json = siteproof(['verify', '--json', at('control-vendor.siteproof')]);
    expect(json.out).not.toMatch(CONTROL);
    expect(JSON.parse(json.out)).toMatchObject([{ sound: true }]);
  }, SLOW);

  it('merge prints the same vendor escaped', () => {
    const r = siteproof(['merge', at('control-vendor.siteproof'), '--out', at('merged-vendor.siteproof')]);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(CONTROL);
    expect(r.out).toContain('Evil\\u001b[2J');
  }, SLOW);

  it('prints zip entry names with control characters escaped', () => {
    const r = siteproof(['verify', at('control-entry-names.siteproof')]);
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(CONTROL);
    expect(r.out).toContain('"photos/\\u001b[2Jevil.jpg" contains control characters.');
    expect(r.out).toContain('"photos/\\u009b2Jc1.jpg" contains control characters.');
  }, SLOW);

  it('escapes a file name given on the command line too', () => {
    const r = siteproof(['verify', at('no\u001b[2Jsuch.siteproof')]);
    expect(r.code).toBe(4);
    expect(r.err).not.toMatch(CONTROL);
    expect(r.err).toContain('no\\u001b[2Jsuch.siteproof: no such file');
  }, SLOW);
});
