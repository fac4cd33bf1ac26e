import { describe, expect, it } from 'vitest';
import { TOOL_STEP, type StaffingData } from '../../../../renderer/domain/model';
import { staffingRecord, summarizeTools, toolResultProblem } from '../../../../renderer/domain/tools';
import { evaluateVisit } from '../../../../renderer/domain/verdict';
import { answer, bundle, count, resolution, seatsQuestion, template } from '../verdict/fixtures';

const t = template([seatsQuestion()]);
const inputs: Omit<StaffingData, 'result'> = { calls: 600, intervalMinutes: 60, ahtSeconds: 240, targetPercent: 80, targetSeconds: 20 };

function staffingAnswer(extra: Partial<Omit<StaffingData, 'result'>>, who: { author?: string; at?: string } = {}) {
  const made = staffingRecord({ ...inputs, ...extra });
  if (!made.ok) throw new Error('bad inputs');
  return answer(TOOL_STEP.staffing.questionId, TOOL_STEP.staffing.stepId, 'staffing', made.data, who);
}

describe('summarizeTools', () => {
  it('finds an offer of 60 agents on a floor of 45 counted seats', () => {
    const s = summarizeTools(t, bundle({ answers: [count('seats', 30, 15), staffingAnswer({ offered: 60 })] }));
    expect(s.staffing?.result.required.agents).toBe(46);
    expect(s.discrepancies).toEqual([
      expect.objectContaining({ kind: 'seats-short', basis: 'offered', needed: 60, counted: 45, shortBy: 15, questionId: 'seats', questionNumber: 1 }),
    ]);
  });

  it('finds a short offer, and the target itself not fitting on the floor', () => {
    const s = summarizeTools(t, bundle({ answers: [count('seats', 44), staffingAnswer({ offered: 43 })] }));
    expect(s.discrepancies.map((d) => d.kind)).toEqual(['offer-short']);
    expect(s.discrepancies[0]).toMatchObject({ headcount: 43, required: 46, targetPercent: 80, stable: true });
    const noOffer = summarizeTools(t, bundle({ answers: [count('seats', 44), staffingAnswer({})] }));
    expect(noOffer.discrepancies).toEqual([expect.objectContaining({ kind: 'seats-short', basis: 'required', needed: 46, shortBy: 2 })]);
  });

  it('has nothing to say before a check is confirmed, or about an adequate offer that fits', () => {
    expect(summarizeTools(t, bundle({ answers: [count('seats', 45)] }))).toEqual({ discrepancies: [] });
    expect(summarizeTools(t, bundle({ answers: [count('seats', 100), staffingAnswer({ offered: 48 })] })).discrepancies).toEqual([]);
  });

  it('flags differing checks of two evaluators until one is chosen', () => {
    const a = staffingAnswer({ offered: 48 });
    const b = staffingAnswer({ offered: 60 }, { author: 'ivan', at: '2025-03-10T12:00:00.000Z' });
    const open = summarizeTools(t, bundle({ answers: [a, b] }));
    expect(open.staffing).toMatchObject({ disputed: true, answer: { id: b.id } });
    const chosen = summarizeTools(t, bundle({ answers: [a, b], resolutions: [resolution(TOOL_STEP.staffing.questionId, TOOL_STEP.staffing.stepId, a.id)] }));
    expect(chosen.staffing).toMatchObject({ disputed: false, answer: { id: a.id } });
  });

  it('is part of the visit evaluation, and the tool conflict counts as open', () => {
    const e = evaluateVisit(t, bundle({ answers: [count('seats', 45), staffingAnswer({ offered: 60 }), staffingAnswer({ offered: 50 }, { author: 'ivan', at: '2025-03-10T12:00:00.000Z' })] }));
    expect(e.tools.discrepancies.map((d) => d.kind)).toEqual(['seats-short']);
    expect(e.openConflicts).toBe(1);
  });
});

describe('toolResultProblem', () => {
  it('accepts what the check computed and refuses an edited figure or impossible inputs', () => {
    const a = staffingAnswer({ offered: 43 });
    expect(toolResultProblem(a)).toBeUndefined();
    const d = a.data as StaffingData;
    expect(toolResultProblem({ kind: 'staffing', data: { ...d, result: { ...d.result, agents: 43 } } })).toMatch(/stored figures/);
    expect(toolResultProblem({ kind: 'staffing', data: { ...d, targetPercent: 100 } })).toMatch(/not a valid staffing check/);
    // A JSON round trip keeps the figures.
    expect(toolResultProblem(JSON.parse(JSON.stringify(a)))).toBeUndefined();
    expect(toolResultProblem(count('seats', 3))).toBeUndefined();
  });
});
