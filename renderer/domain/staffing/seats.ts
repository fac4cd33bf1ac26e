import { selectAnswers, stepKey } from '../answers';
import type { VisitBundle } from '../model';
import type { Template } from '../template/schema';
import { stepSamples } from '../verdict/measure';
import type { StaffingResult } from './check';

/** The seats counted on site: the total of the count step behind the template's seat rule (question 1 of the 33). */
export interface SeatCount {
  questionId: string;
  questionNumber: number;
  stepId: string;
  seats: number;
  /** Evaluators counted differently and nobody has chosen yet: the newest count stands meanwhile. */
  disputed: boolean;
}

/**
 * The seat count of the visit, found the way the verdict engine finds it: the first question whose rule
 * counts `seats` with a count step, summed over its zones. Undefined when nothing is counted yet, or when
 * the template has no such question (an own checklist may not).
 */
export function countedSeats(template: Template, bundle: Pick<VisitBundle, 'answers' | 'resolutions'>): SeatCount | undefined {
  const { byStep, conflicts } = selectAnswers(bundle);
  for (const section of template.sections) {
    for (const q of section.questions) {
      const rule = q.rule;
      if (!rule || rule.unit !== 'seats') continue;
      const step = q.steps.find((s) => s.id === rule.step);
      if (!step || step.kind !== 'count') continue;
      const samples = stepSamples(step, byStep.get(stepKey(q.id, step.id)));
      if (!samples.length) return undefined;
      return {
        questionId: q.id,
        questionNumber: q.number,
        stepId: step.id,
        seats: samples.reduce((a, b) => a + b, 0),
        disputed: conflicts.some((c) => c.questionId === q.id && c.stepId === step.id),
      };
    }
  }
  return undefined;
}

/**
 * Agents on the phones at the same time each need a seat. The offer is what the vendor says it will put there;
 * without an offer, the fewest agents meeting the target are what the project needs at least. Agents away for
 * shrinkage (breaks, training) are not counted: they do not sit at a phone seat at that moment.
 */
export interface SeatFinding {
  seats: SeatCount;
  basis: 'offered' | 'required';
  needed: number;
  /** needed − counted seats; positive means the floor cannot seat them. */
  shortBy: number;
}

/** The finding when the counted seats cannot hold the agents the offer (or the target) puts on the phones; undefined when they can. */
export function seatFinding(result: StaffingResult, seats: SeatCount | undefined): SeatFinding | undefined {
  if (!seats) return undefined;
  const basis = result.offered ? 'offered' : 'required';
  const needed = result.offered ? result.offered.onPhones : result.required.agents;
  const shortBy = needed - seats.seats;
  return shortBy > 0 ? { seats, basis, needed, shortBy } : undefined;
}
