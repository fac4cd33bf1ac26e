import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { saveAnswer } from '../../../renderer/db/answers';
import { setClaim } from '../../../renderer/db/claims';
import { overrideVerdict } from '../../../renderer/db/decisions';
import { loadVisitBundle } from '../../../renderer/db/visit-bundle';
import { freshDb, visitRecord } from './fixtures';

const alice = { author: 'Alice', device: 'dev-a' };

describe('loadVisitBundle', () => {
  beforeEach(freshDb);

  it('returns null for a visit that does not exist', async () => {
    expect(await loadVisitBundle('missing')).toBeNull();
  });

  it('gathers the records of one visit only, audit in time order', async () => {
    await db.visits.bulkPut([visitRecord(), visitRecord({ id: 'v2', vendor: 'Other' })]);
    await setClaim(alice, { visitId: 'v1', questionId: 'seats', value: '250' });
    await saveAnswer(alice, { visitId: 'v1', questionId: 'seats', stepId: 'count', kind: 'count', data: { zones: [] }, note: '' });
    await saveAnswer(alice, { visitId: 'v2', questionId: 'seats', stepId: 'count', kind: 'count', data: { zones: [] }, note: '' });
    await overrideVerdict(alice, { visitId: 'v1', questionId: 'seats' }, 'partly', 'half the floor was closed');
    const b = await loadVisitBundle('v1');
    expect(b?.visit.vendor).toBe('Acme');
    expect(b?.claims).toHaveLength(1);
    expect(b?.answers).toHaveLength(1);
    expect(b?.decisions).toHaveLength(1);
    expect(b?.resolutions).toEqual([]);
    expect(b?.photos).toEqual([]);
    expect(b?.audit.map((e) => e.action)).toEqual(['claim-edited', 'verdict-override']);
  });
});
