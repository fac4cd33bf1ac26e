import { beforeEach, describe, expect, it } from 'vitest';
import { ClosingError, resolveDispute, saveSignoff, signoffsOf } from '../../../renderer/db/closing';
import { db } from '../../../renderer/db/db';
import { loadVisitBundle } from '../../../renderer/db/visit-bundle';
import { deleteVisit } from '../../../renderer/db/visits';
import { closingFindings, disputeResolutions, makeSignoff, signatureImageOf } from '../../../renderer/domain/closing';
import type { ClosingSignoff } from '../../../renderer/domain/model';
import { evaluateVisit } from '../../../renderer/domain/verdict';
import { at, closingBundle, closingTemplate, OLENA, PNG_1X1, VISIT_ID } from '../domain/closing/fixtures';
import { freshDb } from './fixtures';

const template = closingTemplate();

function signoff(id = 'signoff-1'): ClosingSignoff {
  const b = closingBundle();
  const f = closingFindings(template, evaluateVisit(template, b, { lang: 'uk' }), 'A', 'uk', { timeZone: 'Europe/Kyiv' });
  const mark = { method: 'drawn' as const, image: signatureImageOf(PNG_1X1, 1, 1) };
  const made = makeSignoff({
    representative: { name: 'Петро', role: 'Директор' },
    evaluator: { name: OLENA.author, signature: mark },
    vendor: { status: 'signed', signature: mark },
    responses: f.map((x, i) => ({ key: x.key, answer: i === 0 ? 'dispute' : 'accept', comment: i === 0 ? 'Зал 2 не пораховано' : '' })),
  }, f, { id, visitId: VISIT_ID, author: OLENA.author, device: OLENA.device, signedAt: at(60), lang: 'uk' });
  if (!made.ok) throw new Error(made.problems.join());
  return made.signoff;
}

async function seedVisit() {
  const b = closingBundle();
  await db.visits.add(b.visit);
  await db.answers.bulkAdd(b.answers);
  await db.claims.bulkAdd(b.claims);
}

describe('closing sign-off in the database', () => {
  beforeEach(freshDb);

  it('stores the sign-off with its audit entry, and the visit bundle carries it', async () => {
    await seedVisit();
    expect((await loadVisitBundle(VISIT_ID))?.signoffs).toBeUndefined();
    const s = signoff();
    await saveSignoff(OLENA, s);
    expect(await signoffsOf(VISIT_ID)).toEqual([s]);
    expect((await loadVisitBundle(VISIT_ID))?.signoffs).toEqual([s]);
    const [entry] = await db.audit.toArray();
    expect(entry).toMatchObject({ action: 'closing-signed', details: { signoffId: s.id, findingsHash: s.findingsHash, findings: 5, disputed: 1 } });
  });

  it('never replaces a sign-off: a second one for the visit is refused, and nothing is written', async () => {
    await seedVisit();
    await saveSignoff(OLENA, signoff());
    await expect(saveSignoff(OLENA, signoff('signoff-2'))).rejects.toMatchObject({ code: 'already-signed' });
    await expect(saveSignoff(OLENA, { ...signoff(), representative: { name: 'X', role: 'Y' } })).rejects.toBeInstanceOf(ClosingError);
    expect((await signoffsOf(VISIT_ID)).map((s) => s.id)).toEqual(['signoff-1']);
    expect(await db.audit.count()).toBe(1);
  });

  it('refuses a sign-off whose frozen findings no longer match their hash', async () => {
    await seedVisit();
    const s = signoff();
    await expect(saveSignoff(OLENA, { ...s, findings: s.findings.slice(1) })).rejects.toMatchObject({ code: 'hash-mismatch' });
    expect(await db.signoffs.count()).toBe(0);
  });

  it('resolves a disputed finding later through the audit log, with a reason', async () => {
    await seedVisit();
    const s = await saveSignoff(OLENA, signoff());
    const key = s.findings[0].key;
    await expect(resolveDispute(OLENA, { visitId: VISIT_ID, signoffId: s.id, findingKey: key, outcome: 'kept', reason: ' ' })).rejects.toMatchObject({ code: 'no-reason' });
    await expect(resolveDispute(OLENA, { visitId: VISIT_ID, signoffId: s.id, findingKey: s.findings[1].key, outcome: 'kept', reason: 'x' })).rejects.toMatchObject({ code: 'not-disputed' });
    await resolveDispute(OLENA, { visitId: VISIT_ID, signoffId: s.id, findingKey: key, outcome: 'kept', reason: 'Зал 2 — інший проєкт' });
    const audit = await db.audit.where('visitId').equals(VISIT_ID).toArray();
    expect(audit.map((e) => e.action).sort()).toEqual(['closing-dispute-resolved', 'closing-signed']);
    expect(disputeResolutions(s, audit).get(key)?.[0]).toMatchObject({ outcome: 'kept', reason: 'Зал 2 — інший проєкт', author: OLENA.author });
  });

  it('goes when its visit is deleted', async () => {
    await seedVisit();
    await saveSignoff(OLENA, signoff());
    await deleteVisit(VISIT_ID);
    expect(await db.signoffs.count()).toBe(0);
  });
});
