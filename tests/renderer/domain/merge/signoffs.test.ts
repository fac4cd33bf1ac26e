import { describe, expect, it } from 'vitest';
import { canonicalBundle, evidenceConflicts, mergeAll, mergeBundles } from '../../../../renderer/domain/merge';
import { closingBundle, IGOR } from '../closing/fixtures';
import { signedOff } from '../closing/signed';

describe('merging closing-meeting sign-offs', () => {
  it('takes a sign-off only one side has, and leaves bundles without one as they were', () => {
    const s = signedOff();
    const m = mergeBundles(closingBundle(), closingBundle({ signoffs: [s] }));
    expect(m.bundle.signoffs).toEqual([s]);
    expect(m.added.signoffs).toBe(1);
    expect(m.changes).toContainEqual({ table: 'signoffs', id: s.id, change: 'added', fields: [] });
    expect(m.signoffConflicts).toEqual([]);
    expect('signoffs' in canonicalBundle(closingBundle())).toBe(false);
    // Importing the same sign-off again changes nothing.
    const again = mergeBundles(m.bundle, closingBundle({ signoffs: [s] }));
    expect(again.changes).toEqual([]);
  });

  it('two laptops that each hold a different sign-off of the visit give a conflict, never a silent pick', () => {
    const mine = signedOff('signoff-olena');
    const theirs = signedOff('signoff-igor', { who: IGOR, minute: 65, representative: 'Someone else' });
    for (const [a, b] of [[mine, theirs], [theirs, mine]]) {
      const m = mergeBundles(closingBundle({ signoffs: [a] }), closingBundle({ signoffs: [b] }));
      expect(m.bundle.signoffs?.map((s) => s.id)).toEqual(['signoff-igor', 'signoff-olena']);
      expect(m.signoffConflicts).toEqual(['signoff-olena', 'signoff-igor']);
    }
    expect(mergeAll([closingBundle({ signoffs: [mine] }), closingBundle({ signoffs: [theirs] })]).signoffs).toHaveLength(2);
  });

  it('the same sign-off id with other content is tampering: named as evidence, one fixed version kept', () => {
    const s = signedOff();
    const forged = { ...s, responses: s.responses.map((r) => ({ ...r, answer: 'accept' as const, comment: '' })) };
    const ab = mergeBundles(closingBundle({ signoffs: [s] }), closingBundle({ signoffs: [forged] }));
    const ba = mergeBundles(closingBundle({ signoffs: [forged] }), closingBundle({ signoffs: [s] }));
    expect(ab.evidence.map((c) => [c.kind, c.table, c.id, c.fields])).toEqual([['signoff-tampered', 'signoffs', s.id, ['responses']]]);
    expect(ab.bundle.signoffs).toEqual(ba.bundle.signoffs);
    expect(ab.bundle.signoffs).toHaveLength(1);
    // An importer keeps its own.
    expect(evidenceConflicts(closingBundle({ signoffs: [s] }), closingBundle({ signoffs: [forged] }), { keep: 'first' })[0].message).toMatch(/sign-off signoff-1 was rewritten/);
  });
});
