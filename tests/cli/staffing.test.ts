import { strToU8, unzipSync, zipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteproof } from './run';

const SLOW = 60_000;
const EXAMPLE = ['staffing', '--calls', '600', '--interval', '60', '--aht', '240', '--service-level', '80/20'];

describe('siteproof staffing', () => {
  it('prints the fields the issue fixes with --json', () => {
    const r = siteproof([...EXAMPLE, '--shrinkage', '30', '--offered', '48', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Record<string, unknown> & { offered: Record<string, unknown> };
    expect(j).toMatchObject({ agents: 46, scheduled: 66, traffic: 40 });
    for (const k of ['serviceLevel', 'asa', 'occupancy'] as const) {
      expect(typeof j[k]).toBe('number');
    }
    expect(j.serviceLevel as number).toBeGreaterThanOrEqual(0.8);
    expect(j.serviceLevel as number).toBeLessThanOrEqual(1);
    expect(j.occupancy).toBeCloseTo(40 / 46, 12);
    expect(j.offered).toMatchObject({ agents: 48, verdict: 'adequate' });
    for (const k of ['serviceLevel', 'asa', 'occupancy']) expect(typeof j.offered[k]).toBe('number');
  }, SLOW);

  it('prints a readable summary without --json', () => {
    const r = siteproof([...EXAMPLE, '--offered', '43']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Traffic: 40\.00 Erlangs/);
    expect(r.out).toMatch(/Fewest agents on the phones meeting it: 46/);
    expect(r.out).toMatch(/Offer: 43 on the phones: SHORT \(adequate is 46–51\)/);
    expect(r.out).toMatch(/Erlang C/);
    // Without --shrinkage nobody is away: schedule what is on the phones.
    expect(r.out).toMatch(/after 0 % shrinkage: 46/);
  }, SLOW);

  it('reads a roster offer with --offered-basis scheduled', () => {
    const r = siteproof([...EXAMPLE, '--shrinkage', '30', '--offered', '60', '--offered-basis', 'scheduled', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).offered).toMatchObject({ agents: 60, onPhones: 42, basis: 'scheduled', verdict: 'short' });
  }, SLOW);

  it('handles 2 000 calls per 15 minutes', () => {
    const r = siteproof(['staffing', '--calls', '2000', '--interval', '15', '--aht', '240', '--service-level', '80/20', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { agents: number; serviceLevel: number };
    expect(j.agents).toBeGreaterThan(534);
    expect(j.serviceLevel).toBeGreaterThanOrEqual(0.8);
  }, SLOW);

  it.each([
    [['--calls', '0'], /number of calls must be more than 0/],
    [['--calls=-5'], /number of calls must be more than 0/],
    [['--aht', 'abc'], /--aht must be a number, not "abc"/],
    [['--interval', '0x10'], /--interval must be a number, not "0x10"/],
    [['--service-level', '100/20'], /less than 100/],
    [['--service-level', '80'], /--service-level is PERCENT\/SECONDS, e\.g\. 80\/20, not "80"/],
    [['--shrinkage', '100'], /Shrinkage must be from 0 up to/],
    [['--offered', '47.5'], /offered headcount must be a whole number/],
    [['--offered', '40'], /40 offered agents can never serve 40\.00 Erlangs.*At least 41 are needed just to keep up, 46 to meet 80\/20/s],
    [['--offered-basis', 'roster', '--offered', '50'], /--offered-basis is on-phones or scheduled/],
    [['--calls', '9000000', '--interval', '1', '--aht', '3600'], /Erlangs of traffic; the check handles up to 100000/],
  ])('refuses %j with exit 2 and a clear message', (extra, message) => {
    // Later flags win in node's parseArgs, so each case overrides one value of the example.
    const r = siteproof([...EXAMPLE, ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
    expect(r.err).not.toMatch(/NaN/);
  }, SLOW);

  it('names the missing required flags', () => {
    const r = siteproof(['staffing', '--calls', '600']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--interval, --aht, --service-level are required/);
  }, SLOW);

  it('has help', () => {
    const r = siteproof(['staffing', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: siteproof staffing/);
    expect(siteproof(['--help']).out).toMatch(/staffing --calls N/);
  }, SLOW);
});

describe('siteproof verify and the staffing check in a package', () => {
  it('refuses a package whose staffing verdict was edited (exit 1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'siteproof-staffing-'));
    try {
      const pkg = join(dir, 'demo.siteproof');
      expect(siteproof(['demo', '--photos', '0', '--out', pkg]).code).toBe(0);
      expect(siteproof(['verify', pkg]).code).toBe(0);
      const files = unzipSync(readFileSync(pkg));
      const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
      const staffing = manifest.visits[0].answers.find((a: { kind: string }) => a.kind === 'staffing');
      staffing.data.result.offered.verdict = staffing.data.result.offered.verdict === 'generous' ? 'short' : 'generous';
      files['manifest.json'] = strToU8(JSON.stringify(manifest));
      writeFileSync(join(dir, 'edited.siteproof'), zipSync(files));
      const r = siteproof(['verify', join(dir, 'edited.siteproof')]);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/\[tool-result-mismatch\] The staffing check in answer .* does not hold: its stored figures are not what its inputs give/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, SLOW);
});
