import { describe, expect, it } from 'vitest';
import type { QuestionResult, StepFinding } from '../../../../renderer/domain/verdict/types';
import type { Question } from '../../../../renderer/domain/template/schema';
import { groupBySection, neighbour, nextOpenStep, openSteps, progressOf, visibleResults } from '../../../../renderer/features/visit/logic/nav';

const L = (s: string) => ({ ru: s, uk: s, en: s });

function result(id: string, sectionId: string, steps: { id: string; complete: boolean; optional?: boolean }[], over: Partial<QuestionResult> = {}): QuestionResult {
  const question: Question = {
    id, number: 1, categories: ['A'], title: L(id), ask: L(id), why: L(id), recommended: { A: L('x') }, claim: { type: 'text' },
    steps: steps.map((s) => ({ id: s.id, kind: 'observe', prompt: L(s.id), ...(s.optional ? { optional: true } : {}) })),
  };
  const findings: StepFinding[] = steps.map((s) => ({
    stepId: s.id, kind: 'observe', optional: s.optional === true, outcome: s.complete ? 'positive' : 'open', complete: s.complete,
    reason: { code: 'seen', params: {} },
  }));
  const required = steps.filter((s) => !s.optional);
  const done = (required.length ? required : steps).every((s) => s.complete);
  return {
    question, sectionId, applicable: true, suggested: 'not-verified', reason: { code: 'missing-evidence', params: {} },
    effective: 'not-verified', status: done ? 'done' : 'open', conflicts: 0, steps: findings, ...over,
  };
}

const results = [
  result('q1', 's1', [{ id: 'a', complete: true }, { id: 'b', complete: false }]),
  result('q2', 's1', [{ id: 'a', complete: true }]),
  result('q3', 's2', [{ id: 'a', complete: false }, { id: 'extra', complete: false, optional: true }, { id: 'c', complete: false }]),
  result('q4', 's2', [{ id: 'a', complete: false }], { status: 'n/a' }),
  result('q5', 's2', [{ id: 'a', complete: false }], { applicable: false }),
];

describe('checklist navigation', () => {
  it('shows the target category questions unless all are asked for', () => {
    expect(visibleResults({ results }, false).map((r) => r.question.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(visibleResults({ results }, true)).toHaveLength(5);
  });

  it('counts progress per section', () => {
    const groups = groupBySection(visibleResults({ results }, false));
    expect(groups.map((g) => [g.sectionId, g.progress])).toEqual([
      ['s1', { done: 1, open: 1, na: 0, total: 2 }],
      ['s2', { done: 0, open: 1, na: 1, total: 2 }],
    ]);
    expect(progressOf(results.slice(0, 4))).toEqual({ done: 1, open: 2, na: 1, total: 4 });
  });

  it('lists the required steps still to capture; n/a and done questions have none', () => {
    expect(openSteps(results[0])).toEqual(['b']);
    expect(openSteps(results[2])).toEqual(['a', 'c']);
    expect(openSteps(results[1])).toEqual([]);
    expect(openSteps(results[3])).toEqual([]);
  });

  it('finds the next open step after the current one, then wraps round', () => {
    const visible = visibleResults({ results }, false);
    expect(nextOpenStep(visible, { questionId: 'q1' })).toEqual({ questionId: 'q1', stepId: 'b' });
    expect(nextOpenStep(visible, { questionId: 'q1', stepId: 'b' })).toEqual({ questionId: 'q3', stepId: 'a' });
    expect(nextOpenStep(visible, { questionId: 'q3', stepId: 'a' })).toEqual({ questionId: 'q3', stepId: 'c' });
    expect(nextOpenStep(visible, { questionId: 'q3', stepId: 'c' })).toEqual({ questionId: 'q1', stepId: 'b' });
    expect(nextOpenStep(visible, { questionId: 'unknown' })).toEqual({ questionId: 'q1', stepId: 'b' });
  });

  it('returns null when nothing is open', () => {
    expect(nextOpenStep([results[1]], { questionId: 'q2' })).toBeNull();
  });

  it('steps to the previous and next visible question', () => {
    expect(neighbour(results, 'q2', 1)).toBe('q3');
    expect(neighbour(results, 'q2', -1)).toBe('q1');
    expect(neighbour(results, 'q1', -1)).toBeNull();
    expect(neighbour(results, 'q5', 1)).toBeNull();
  });
});
