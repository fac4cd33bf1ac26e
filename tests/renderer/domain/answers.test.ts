import { describe, expect, it } from 'vitest';
import { selectAnswers } from '../../../renderer/domain/answers';
import type { Answer } from '../../../renderer/domain/model';
import { at, countAnswer, DMYTRO, OLENA, resolution } from './merge/fixtures';

const cleared = (a: Answer, minute: number): Answer => ({ ...a, deleted: { at: at(minute), by: a.author, device: a.device } });

describe('selectAnswers: cleared answers', () => {
  const older = countAnswer('a-o', OLENA, 10, 'q01-seats', 'count-seats', 184);
  const newer = countAnswer('a-d', DMYTRO, 20, 'q01-seats', 'count-seats', 190);

  it('leaves a step with only a cleared answer unanswered', () => {
    const r = selectAnswers({ answers: [cleared(older, 15)], resolutions: [] });
    expect(r.byStep.size).toBe(0);
    expect(r.conflicts).toEqual([]);
  });

  it('shows the remaining answer, even when the cleared one is newer, and lists no conflict', () => {
    const both = selectAnswers({ answers: [older, newer], resolutions: [] });
    expect(both.byStep.get('q01-seats/count-seats')?.id).toBe('a-d');
    expect(both.conflicts).toHaveLength(1);
    const r = selectAnswers({ answers: [older, cleared(newer, 25)], resolutions: [] });
    expect(r.byStep.get('q01-seats/count-seats')?.id).toBe('a-o');
    expect(r.conflicts).toEqual([]);
  });

  it('does not let a resolution choose a cleared answer', () => {
    const chosenThenCleared = resolution('r-1', OLENA, 30, 'q01-seats', 'count-seats', 'a-o');
    const r = selectAnswers({ answers: [cleared(older, 35), newer], resolutions: [chosenThenCleared] });
    expect(r.byStep.get('q01-seats/count-seats')?.id).toBe('a-d');
  });
});
