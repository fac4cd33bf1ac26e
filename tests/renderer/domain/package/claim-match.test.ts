import { describe, expect, it } from 'vitest';
import { selectAnswers } from '../../../../renderer/domain/answers';
import { canonicalBundle, mergeBundles } from '../../../../renderer/domain/merge';
import { CLAIM_MATCH_STEP, type Answer, type Match, type VisitBundle } from '../../../../renderer/domain/model';
import { bundlesOf, readPackage, writePackage } from '../../../../renderer/domain/package';
import { audit, bundle, DMYTRO, OLENA, type Who, VISIT_ID, at } from '../merge/fixtures';
import { META, visitFixture } from './fixtures';

function judged(id: string, who: Who, minute: number, match: Match): Answer {
  return {
    id, visitId: VISIT_ID, questionId: 'q22-platform', stepId: CLAIM_MATCH_STEP, kind: 'claim-match', data: { match }, note: '', rev: 1, history: [],
    author: who.author, device: who.device, createdAt: at(minute), updatedAt: at(minute),
  };
}

describe('a text claim judged against what was seen', () => {
  it('travels in a package with its audit entry and comes back unchanged', async () => {
    const f = visitFixture();
    const b: VisitBundle = {
      ...f.bundle,
      answers: [...f.bundle.answers, judged('a-match', OLENA, 20, 'no')],
      audit: [...f.bundle.audit, audit('e-judged', OLENA, 20, 'claim-judged', { answerId: 'a-match', match: 'no', claim: 'Genesys Cloud' })],
    };
    const w = await writePackage([b], f.source, META);
    expect(w.ok, JSON.stringify(!w.ok && w.problems)).toBe(true);
    if (!w.ok) return;
    const r = await readPackage(w.bytes);
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
    if (!r.ok) return;
    const [got] = bundlesOf(r.manifest);
    expect(got).toEqual(canonicalBundle(b));
    expect(got.answers.find((a) => a.id === 'a-match')).toMatchObject({ kind: 'claim-match', data: { match: 'no' } });
  });

  it('a judgement the package cannot hold is refused, not stored', async () => {
    const f = visitFixture();
    const bad = { ...judged('a-bad', OLENA, 20, 'no'), data: { match: 'maybe' } } as unknown as Answer;
    const w = await writePackage([{ ...f.bundle, answers: [...f.bundle.answers, bad] }], f.source, META);
    if (!w.ok) return; // refused at writing is fine too
    const r = await readPackage(w.bytes);
    expect(r.ok).toBe(false);
  });

  it('merges by id; two evaluators judging differently is an open conflict', () => {
    const olena = bundle({ answers: [judged('a-o', OLENA, 10, 'yes')] });
    const dmytro = bundle({ answers: [judged('a-d', DMYTRO, 12, 'no')] });
    const merged = mergeBundles(olena, dmytro).bundle;
    expect(merged.answers.map((a) => a.id).sort()).toEqual(['a-d', 'a-o']);
    const { conflicts, byStep } = selectAnswers(merged);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ questionId: 'q22-platform', stepId: CLAIM_MATCH_STEP });
    expect(byStep.get(`q22-platform/${CLAIM_MATCH_STEP}`)?.id).toBe('a-d');
  });
});
