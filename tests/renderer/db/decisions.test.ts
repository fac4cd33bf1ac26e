import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { clearDecision, markNotApplicable, overrideVerdict } from '../../../renderer/db/decisions';
import { currentDecisions } from '../../../renderer/domain/answers';
import type { Verdict } from '../../../renderer/domain/model';
import { freshDb } from './fixtures';

const alice = { author: 'Alice', device: 'dev-a' };
const bob = { author: 'Bob', device: 'dev-b' };

const ref = { visitId: 'v1', questionId: 'generator' };

describe('decisions', () => {
  beforeEach(freshDb);

  it('records an override with its reason and audits it in the same step', async () => {
    const d = await overrideVerdict(alice, ref, 'partly', 'generator shown, but serves another floor');
    expect(d).toMatchObject({ type: 'override', verdict: 'partly', reason: 'generator shown, but serves another floor', author: 'Alice' });
    const [entry] = await db.audit.toArray();
    expect(entry).toMatchObject({ action: 'verdict-override', questionId: 'generator',
      details: { decisionId: d.id, verdict: 'partly', reason: 'generator shown, but serves another floor' } });
  });

  it('requires a reason for an override and for not applicable', async () => {
    await expect(overrideVerdict(alice, ref, 'meets', '   ')).rejects.toThrow(/reason/);
    await expect(markNotApplicable(alice, ref, '')).rejects.toThrow(/reason/);
    expect(await db.decisions.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('rejects an unknown verdict', async () => {
    await expect(overrideVerdict(alice, ref, 'great' as Verdict, 'because')).rejects.toThrow(/Unknown verdict/);
  });

  it('keeps every decision; the newest stands and clear goes back to the suggestion', async () => {
    await overrideVerdict(alice, ref, 'not-met', 'no generator');
    await markNotApplicable(bob, ref, 'the project runs from home offices');
    let current = currentDecisions(await db.decisions.toArray());
    expect(current.get('generator')).toMatchObject({ type: 'not-applicable', reason: 'the project runs from home offices' });
    await clearDecision(alice, ref);
    current = currentDecisions(await db.decisions.toArray());
    expect(current.has('generator')).toBe(false);
    expect(await db.decisions.count()).toBe(3);
    const actions = (await db.audit.orderBy('at').toArray()).map((e) => e.action);
    expect(actions).toEqual(['verdict-override', 'not-applicable', 'verdict-cleared']);
  });
});
