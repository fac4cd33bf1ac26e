import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editChainedAudit, editedAndNext, unchainedAudit } from '../renderer/domain/package/hostile-evidence';
import { siteproof } from './run';

/** Issue 10 §3: the audit log as a hash chain per device, as `siteproof verify` reports it. */

const SLOW = 120_000;
let dir: string;
const at = (name: string) => join(dir, name);
let genuine: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'siteproof-chain-'));
  const r = siteproof(['demo', '--photos', '1', '--resolution', '320x240', '--seed', '5', '--out', at('genuine.siteproof')]);
  if (r.code !== 0) throw new Error(`demo failed: ${r.err}`);
  genuine = new Uint8Array(readFileSync(at('genuine.siteproof')));
  writeFileSync(at('edited.siteproof'), await editChainedAudit(genuine));
  writeFileSync(at('old.siteproof'), await unchainedAudit(genuine));
}, SLOW);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('siteproof verify and the audit chain', () => {
  it('says "intact" for every device of an untouched package', () => {
    const r = siteproof(['verify', at('genuine.siteproof')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/: SOUND/);
    const lines = r.out.split('\n').filter((l) => l.includes('audit chain of device'));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(l).toMatch(/: intact \(\d+ entries\)$/);
  }, SLOW);

  it('finds an entry edited in a package that is otherwise consistent, and says exactly where the chain breaks', async () => {
    const { next, device } = await editedAndNext(genuine);
    const r = siteproof(['verify', at('edited.siteproof')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/BROKEN AUDIT CHAIN/);
    expect(r.out).toMatch(new RegExp(`audit chain of device ${device} .*: BROKEN`));
    expect(r.out).toMatch(new RegExp(`\\[audit-chain\\] The audit chain of device ${device} breaks at entry ${next} \\(.*no\\. \\d+ of \\d+\\): the entry before it is missing or was altered`));
    const j = JSON.parse(siteproof(['verify', '--json', at('edited.siteproof')]).out) as { auditChains: { chains: { device: string; status: string; breaks: { entryId: string }[] }[] }[] }[];
    expect(j[0].auditChains[0].chains.find((c) => c.device === device)).toMatchObject({ status: 'broken', breaks: [{ entryId: next }] });
  }, SLOW);

  it('reads a package made before chains: "not chained", not broken', () => {
    const r = siteproof(['verify', at('old.siteproof')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/: SOUND/);
    expect(r.out).toMatch(/audit chain of device .*: not chained \(\d+ entries written before audit chains existed\)/);
    expect(r.out).not.toMatch(/BROKEN/);
  }, SLOW);
});
