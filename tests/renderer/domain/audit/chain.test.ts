import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chainEntries, chainHead, GENESIS, hashEntry, verifyAuditChains } from '../../../../renderer/domain/audit/chain';
import { canonicalJson } from '../../../../renderer/domain/merge';
import type { AuditEntry } from '../../../../renderer/domain/model';
import { audit, DMYTRO, OLENA } from '../merge/fixtures';

/** Olena's five entries and Dmytro's three, linked as the app links them. */
function log(): AuditEntry[] {
  return chainEntries([
    ...[0, 5, 10, 15, 20].map((m, i) => audit(`o-${i}`, OLENA, m, 'visit-edited', { step: i })),
    ...[3, 8, 13].map((m, i) => audit(`d-${i}`, DMYTRO, m, 'photo-added', { photoId: `p-${i}` })),
  ]);
}

const chainOf = (entries: AuditEntry[], device: string) => verifyAuditChains(entries).find((c) => c.device === device)!;

describe('audit hash chain', () => {
  it('hashes the canonical JSON with SHA-256', () => {
    const e = log()[0];
    expect(hashEntry(e)).toBe(createHash('sha256').update(canonicalJson(e)).digest('hex'));
    expect(e.prev).toBe(GENESIS);
  });

  it('an untouched log is intact on every device', () => {
    expect(verifyAuditChains(log()).map((c) => [c.device, c.status, c.entries, c.breaks.length])).toEqual([
      [DMYTRO.device, 'intact', 3, 0],
      [OLENA.device, 'intact', 5, 0],
    ]);
  });

  it('finds an edited entry: the chain breaks at the entry after it', () => {
    const entries = log().map((e) => (e.id === 'o-2' ? { ...e, details: { step: 99 } } : e));
    const c = chainOf(entries, OLENA.device);
    expect(c.status).toBe('broken');
    expect(c.breaks).toMatchObject([{ kind: 'missing-predecessor', entryId: 'o-3', position: 4 }]);
    expect(c.breaks[0].message).toMatch(/The audit chain of device dev-olena breaks at entry o-3 \(visit-edited, .*, no\. 4 of 5\)/);
    expect(chainOf(entries, DMYTRO.device).status).toBe('intact');
  });

  it('finds a removed entry', () => {
    const c = chainOf(log().filter((e) => e.id !== 'o-1'), OLENA.device);
    expect(c.breaks.map((b) => [b.kind, b.entryId])).toEqual([['missing-predecessor', 'o-2']]);
  });

  it('finds an inserted entry, linked or not', () => {
    const entries = log();
    const o1 = entries.find((e) => e.id === 'o-1')!;
    const linked = { ...audit('o-x', OLENA, 7, 'visit-edited'), prev: hashEntry(o1) };
    expect(chainOf([...entries, linked], OLENA.device).breaks.map((b) => b.kind)).toEqual(['fork']);
    const loose = audit('o-y', OLENA, 12, 'visit-edited');
    expect(chainOf([...entries, loose], OLENA.device).breaks.map((b) => [b.kind, b.entryId])).toEqual([['unlinked', 'o-y']]);
  });

  it('reports entries from before the chain as "not chained", not broken', () => {
    const old = [audit('x-0', OLENA, 0, 'visit-created'), audit('x-1', OLENA, 1, 'visit-edited')];
    expect(verifyAuditChains(old)).toMatchObject([{ device: OLENA.device, status: 'not-chained', entries: 2, breaks: [] }]);
    // Then the device starts its chain: the older entries stay unchained, the chain is intact.
    const next = { ...audit('x-2', OLENA, 2, 'visit-edited'), prev: chainHead(old, OLENA.device) };
    expect(verifyAuditChains([...old, next])).toMatchObject([{ status: 'intact', unchained: 2 }]);
  });

  it('continues from the newest entry of the device', () => {
    const entries = log();
    const head = chainHead(entries, OLENA.device);
    expect(head).toBe(hashEntry(entries.find((e) => e.id === 'o-4')!));
    const next = { ...audit('o-5', OLENA, 25, 'visit-edited'), prev: head };
    expect(chainOf([...entries, next], OLENA.device).status).toBe('intact');
  });
});
