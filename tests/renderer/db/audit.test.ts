import { beforeEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../renderer/db/audit';
import { db } from '../../../renderer/db/db';
import { GENESIS, hashEntry, verifyAuditChains } from '../../../renderer/domain/audit/chain';
import { audit, DMYTRO, OLENA, visit, VISIT_ID } from '../domain/merge/fixtures';

const olena = { author: OLENA.author, device: OLENA.device };
const dmytro = { author: DMYTRO.author, device: DMYTRO.device };
const append = (who: typeof olena, visitId = VISIT_ID) =>
  db.transaction('rw', db.audit, () => appendAudit(who, { visitId, action: 'visit-edited', details: { field: 'site' } }));

beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.visits.add(visit());
});

describe('appendAudit links the log per device and visit', () => {
  it('each entry holds the SHA-256 of the device’s previous entry for the visit', async () => {
    const first = await append(olena);
    const other = await append(dmytro);
    const second = await append(olena);
    const elsewhere = await append(olena, 'another-visit');
    const get = async (id: string) => (await db.audit.get(id))!;
    expect((await get(first)).prev).toBe(GENESIS);
    expect((await get(other)).prev).toBe(GENESIS);
    expect((await get(second)).prev).toBe(hashEntry(await get(first)));
    expect((await get(elsewhere)).prev).toBe(GENESIS);
    expect(verifyAuditChains(await db.audit.where('visitId').equals(VISIT_ID).toArray()).map((c) => c.status)).toEqual(['intact', 'intact']);
  });

  it('continues after entries written before chains existed, which stay "not chained" without breaking anything', async () => {
    await db.audit.bulkAdd([audit('old-1', OLENA, 0, 'visit-created'), audit('old-2', OLENA, 1, 'visit-edited')]);
    await append(olena);
    await append(olena);
    expect(verifyAuditChains(await db.audit.toArray())).toMatchObject([{ device: OLENA.device, status: 'intact', entries: 4, unchained: 2 }]);
  });

  it('an entry edited in the database afterwards breaks the chain at the next one', async () => {
    const ids = [await append(olena), await append(olena), await append(olena)];
    await db.audit.update(ids[1], { details: { field: 'vendor' } });
    const [chain] = verifyAuditChains(await db.audit.toArray());
    expect(chain.status).toBe('broken');
    expect(chain.breaks.map((b) => [b.kind, b.entryId, b.position])).toEqual([['missing-predecessor', ids[2], 3]]);
  });
});
