import { selectAnswers, stepKey } from '../answers';
import { TOOL_STEP, type Answer, type ReportCheckData, type StaffingData, type VisitBundle } from '../model';
import type { ReportCheck } from '../report';
import { countedSeats, seatFinding, type SeatCount, type SeatFinding, type StaffingResult } from '../staffing';
import type { Template } from '../template/schema';
import { recomputeReport } from './report';
import { recomputeStaffing } from './staffing';

export interface StaffingSummary {
  answer: Answer<'staffing'>;
  result: StaffingResult;
  /** The seats counted at the seat question, when counted. */
  seats?: SeatCount;
  seatFinding?: SeatFinding;
  /** Evaluators entered different checks and nobody has chosen one yet: the newest stands meanwhile. */
  disputed: boolean;
}

export interface ReportSummary {
  answer: Answer<'report-check'>;
  check: ReportCheck;
  disputed: boolean;
}

/** Findings of the tools that stand beside the claim discrepancies of the questions. */
export type ToolDiscrepancy =
  /** The vendor's headcount does not reach the client's service level. */
  | { kind: 'offer-short'; answerId: string; headcount: number; onPhones: number; required: number; serviceLevel: number; targetPercent: number; targetSeconds: number; stable: boolean }
  /** The agents the offer (or the target) puts on the phones do not fit on the seats counted on site. */
  | { kind: 'seats-short'; answerId: string; basis: SeatFinding['basis']; needed: number; counted: number; shortBy: number; questionId: string; questionNumber: number };

export interface ToolsSummary {
  staffing?: StaffingSummary;
  report?: ReportSummary;
  discrepancies: ToolDiscrepancy[];
}

/**
 * The standing staffing and report checks of a visit (chosen the way every step's answer is: a resolution,
 * else the newest, with differing answers flagged), recomputed from their inputs, and what they find.
 */
export function summarizeTools(template: Template, bundle: Pick<VisitBundle, 'answers' | 'resolutions'>): ToolsSummary {
  const { byStep, conflicts } = selectAnswers(bundle);
  const disputed = (k: keyof typeof TOOL_STEP) => conflicts.some((c) => c.questionId === TOOL_STEP[k].questionId && c.stepId === TOOL_STEP[k].stepId);
  const out: ToolsSummary = { discrepancies: [] };

  const s = byStep.get(stepKey(TOOL_STEP.staffing.questionId, TOOL_STEP.staffing.stepId));
  const result = s?.kind === 'staffing' ? recomputeStaffing(s.data as StaffingData) : undefined;
  if (s && result) {
    const seats = countedSeats(template, bundle);
    const found = seatFinding(result, seats);
    out.staffing = { answer: s as Answer<'staffing'>, result, ...(seats ? { seats } : {}), ...(found ? { seatFinding: found } : {}), disputed: disputed('staffing') };
    const o = result.offered;
    if (o && o.verdict === 'short') {
      out.discrepancies.push({
        kind: 'offer-short', answerId: s.id, headcount: o.headcount, onPhones: o.onPhones, required: result.required.agents,
        serviceLevel: o.serviceLevel, targetPercent: result.input.target.percent, targetSeconds: result.input.target.seconds, stable: o.stable,
      });
    }
    if (found) {
      out.discrepancies.push({
        kind: 'seats-short', answerId: s.id, basis: found.basis, needed: found.needed, counted: found.seats.seats, shortBy: found.shortBy,
        questionId: found.seats.questionId, questionNumber: found.seats.questionNumber,
      });
    }
  }

  const r = byStep.get(stepKey(TOOL_STEP['report-check'].questionId, TOOL_STEP['report-check'].stepId));
  const check = r?.kind === 'report-check' ? recomputeReport(r.data as ReportCheckData) : undefined;
  if (r && check) out.report = { answer: r as Answer<'report-check'>, check, disputed: disputed('report-check') };
  return out;
}
