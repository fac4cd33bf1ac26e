import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { setClaim, setClaimedCategory } from '../../../renderer/db/claims';
import { freshDb, visitRecord } from './fixtures';

const alice = { author: 'Alice', device: 'dev-a' };
const bob = { author: 'Bob', device: 'dev-b' };

describe('setClaim', () => {
  beforeEach(freshDb);
  const ref = { visitId: 'v1', questionId: 'seats' };

  it('creates a stamped claim and audits the change', async () => {
    const c = await setClaim(alice, { ...ref, value: ' 250 ' });
    expect(c).toMatchObject({ value: '250', author: 'Alice', device: 'dev-a' });
    expect(await db.claims.toArray()).toHaveLength(1);
    const [entry] = await db.audit.toArray();
    expect(entry).toMatchObject({ action: 'claim-edited', questionId: 'seats', details: { from: '', to: '250' } });
  });

  it('edits the one claim of a question in place, whoever types it', async () => {
    const c1 = await setClaim(alice, { ...ref, value: '250' });
    const c2 = await setClaim(bob, { ...ref, value: '300' });
    expect(c2?.id).toBe(c1?.id);
    expect(c2).toMatchObject({ value: '300', author: 'Bob', createdAt: c1?.createdAt });
    expect(await db.claims.count()).toBe(1);
    const audit = await db.audit.orderBy('at').toArray();
    expect(audit.map((e) => e.details)).toEqual([{ from: '', to: '250' }, { from: '250', to: '300' }]);
  });

  it('does not audit a save that changes nothing', async () => {
    await setClaim(alice, { ...ref, value: '250' });
    await setClaim(alice, { ...ref, value: '250' });
    expect(await db.audit.count()).toBe(1);
  });

  it('removes the claim when the value is emptied', async () => {
    await setClaim(alice, { ...ref, value: 'yes' });
    expect(await setClaim(alice, { ...ref, value: '  ' })).toBeUndefined();
    expect(await db.claims.count()).toBe(0);
    expect((await db.audit.orderBy('at').last())?.details).toEqual({ from: 'yes', to: '' });
  });
});

describe('setClaimedCategory', () => {
  beforeEach(freshDb);

  it('updates the visit and audits the old and new category', async () => {
    await db.visits.put(visitRecord());
    await setClaimedCategory(alice, 'v1', 'A');
    await setClaimedCategory(alice, 'v1', 'B');
    expect((await db.visits.get('v1'))?.claimedCategory).toBe('B');
    const audit = await db.audit.orderBy('at').toArray();
    expect(audit.map((e) => [e.action, e.details])).toEqual([
      ['claim-edited', { field: 'claimedCategory', from: '', to: 'A' }],
      ['claim-edited', { field: 'claimedCategory', from: 'A', to: 'B' }],
    ]);
  });

  it('fails clearly for a missing visit', async () => {
    await expect(setClaimedCategory(alice, 'nope', 'A')).rejects.toThrow(/no longer exists/);
    expect(await db.audit.count()).toBe(0);
  });
});
