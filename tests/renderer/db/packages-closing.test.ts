import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveSignoff } from '../../../renderer/db/closing';
import { db } from '../../../renderer/db/db';
import { exportVisit, importPackage, type ImportResult } from '../../../renderer/db/packages';
import { loadVisitBundle } from '../../../renderer/db/visit-bundle';
import { bundlesOf, readPackage } from '../../../renderer/domain/package';
import type { VisitBundle } from '../../../renderer/domain/model';
import { closingBundle, IGOR, OLENA, VISIT_ID } from '../domain/closing/fixtures';
import { signedOff } from '../domain/closing/signed';
import { freshDb } from './fixtures';

const AT = '2025-06-17T18:00:00.000Z';

async function store(b: VisitBundle): Promise<void> {
  await db.visits.put(b.visit);
  await db.claims.bulkPut(b.claims);
  await db.answers.bulkPut(b.answers);
  await db.signoffs.bulkPut(b.signoffs ?? []);
}

function rezip(bytes: Uint8Array, edit: (manifest: { visits: { signoffs?: Record<string, unknown>[] }[] }) => void): Uint8Array {
  const files = unzipSync(bytes);
  const m = JSON.parse(strFromU8(files['manifest.json']));
  edit(m);
  files['manifest.json'] = strToU8(JSON.stringify(m));
  return zipSync(files);
}

const codes = (r: ImportResult) => (r.ok ? [] : r.problems.map((p) => p.code));

beforeEach(freshDb);

describe('the sign-off in packages', () => {
  it('travels in the package and lands whole on the other laptop', async () => {
    await store(closingBundle());
    const s = await saveSignoff(OLENA, signedOff());
    const pkg = await exportVisit(VISIT_ID, { who: OLENA, createdAt: AT });
    const read = await readPackage(pkg.bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(bundlesOf(read.manifest)[0].signoffs).toEqual([s]);

    await freshDb();
    const r = await importPackage(pkg.bytes, { who: IGOR });
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
    expect(await db.signoffs.toArray()).toEqual([s]);
    // Importing it again changes nothing.
    const again = await importPackage(pkg.bytes, { who: IGOR });
    expect(again.ok && again.summary.changed).toBe(false);
  });

  it('a package without a sign-off has none in its manifest, as before the closing meeting existed', async () => {
    await store(closingBundle());
    const pkg = await exportVisit(VISIT_ID, { who: OLENA, createdAt: AT });
    const m = JSON.parse(strFromU8(unzipSync(pkg.bytes)['manifest.json']));
    expect('signoffs' in m.visits[0]).toBe(false);
  });

  it('a different sign-off of the same visit from another laptop is kept beside ours and reported as a conflict', async () => {
    await store(closingBundle());
    await saveSignoff(IGOR, signedOff('signoff-igor', { who: IGOR, minute: 70 }));
    const theirs = await exportVisit(VISIT_ID, { who: IGOR, createdAt: AT });
    await freshDb();
    await store(closingBundle());
    await saveSignoff(OLENA, signedOff('signoff-olena'));
    const r = await importPackage(theirs.bytes, { who: OLENA });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.summary.visits[0].signoffConflicts).toEqual(['signoff-olena', 'signoff-igor']);
    expect((await loadVisitBundle(VISIT_ID))?.signoffs?.map((s) => s.id).sort()).toEqual(['signoff-igor', 'signoff-olena']);
    const log = await db.audit.where('visitId').equals(VISIT_ID).filter((e) => e.action === 'package-imported').toArray();
    expect(log[0].details.signoffConflicts).toEqual(['signoff-olena', 'signoff-igor']);
  });

  it('a sign-off rewritten under its id is refused like a rewritten audit entry, and nothing changes', async () => {
    await store(closingBundle());
    const s = await saveSignoff(OLENA, signedOff());
    const pkg = await exportVisit(VISIT_ID, { who: OLENA, createdAt: AT });
    // The vendor's answers rewritten: "disputed" turned into "accepted".
    const forged = rezip(pkg.bytes, (m) => {
      const rec = m.visits[0].signoffs![0] as { responses: { answer: string; comment: string }[] };
      rec.responses = rec.responses.map((x) => ({ ...x, answer: 'accept', comment: '' }));
    });
    const before = await db.signoffs.toArray();
    const r = await importPackage(forged, { who: IGOR });
    expect(codes(r)).toEqual(['signoff-tampered']);
    expect(await db.signoffs.toArray()).toEqual(before);
    expect(before).toEqual([s]);
  });

  it('a sign-off whose frozen findings were altered no longer matches its hash: the package is refused', async () => {
    await store(closingBundle());
    await saveSignoff(OLENA, signedOff());
    const pkg = await exportVisit(VISIT_ID, { who: OLENA, createdAt: AT });
    const altered = rezip(pkg.bytes, (m) => {
      const rec = m.visits[0].signoffs![0] as { findings: { text: string }[] };
      rec.findings[0].text = 'Claimed: 250 — found: 250';
    });
    await freshDb();
    expect(codes(await importPackage(altered, { who: IGOR }))).toEqual(['signoff-hash-mismatch']);
    expect(await db.signoffs.count()).toBe(0);
  });
});
