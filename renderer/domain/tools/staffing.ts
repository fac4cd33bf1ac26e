import type { StaffingData, StaffingSnapshot } from '../model';
import { checkStaffing, type StaffingInput, type StaffingOutcome, type StaffingResult } from '../staffing';

/** The captured inputs as the domain's StaffingInput. */
export function staffingInputOf(d: Omit<StaffingData, 'result'>): StaffingInput {
  return {
    calls: d.calls,
    intervalMinutes: d.intervalMinutes,
    ahtSeconds: d.ahtSeconds,
    target: { percent: d.targetPercent, seconds: d.targetSeconds },
    ...(d.shrinkagePercent !== undefined ? { shrinkagePercent: d.shrinkagePercent } : {}),
    ...(d.offered !== undefined ? { offered: d.offered } : {}),
    ...(d.offeredBasis !== undefined ? { offeredBasis: d.offeredBasis } : {}),
  };
}

export function staffingSnapshot(r: StaffingResult): StaffingSnapshot {
  const { required: q, offered: o } = r;
  return {
    agents: q.agents, serviceLevel: q.serviceLevel, pWait: q.pWait, asa: q.asa, occupancy: q.occupancy, scheduled: r.scheduled,
    ...(o ? { offered: { onPhones: o.onPhones, serviceLevel: o.serviceLevel, pWait: o.pWait, asa: o.asa, occupancy: o.occupancy, verdict: o.verdict } } : {}),
  };
}

/** The record to store on confirm: the inputs and what they gave, or the problems that keep it from being stored. */
export function staffingRecord(inputs: Omit<StaffingData, 'result'>): { ok: true; data: StaffingData; result: StaffingResult } | Extract<StaffingOutcome, { ok: false }> {
  const outcome = checkStaffing(staffingInputOf(inputs));
  if (!outcome.ok) return outcome;
  return { ok: true, data: { ...inputs, result: staffingSnapshot(outcome.value) }, result: outcome.value };
}

/** Recomputes a stored check; undefined when its inputs are no longer valid (a crafted or damaged record). */
export function recomputeStaffing(d: StaffingData): StaffingResult | undefined {
  const outcome = checkStaffing(staffingInputOf(d));
  return outcome.ok ? outcome.value : undefined;
}
