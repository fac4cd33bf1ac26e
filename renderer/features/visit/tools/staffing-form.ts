import type { StaffingData } from '../../../domain/model';
import { parseServiceTarget, type OfferBasis, type StaffingProblemCode, type StaffingResult } from '../../../domain/staffing';
import { staffingRecord } from '../../../domain/tools';
import { parseDecimal } from '../logic/claim-value';

/** The staffing screen's fields as typed: text until it reads as a number, so nothing typed is ever lost. */
export interface StaffingForm {
  calls: string;
  interval: string;
  aht: string;
  target: string;
  shrinkage: string;
  offered: string;
  basis: OfferBasis;
}
export type StaffingField = keyof StaffingForm;
export type StaffingInputs = Omit<StaffingData, 'result'>;

/** A field's problem: the screen words it by `code` (a domain problem code, or one of the form's own). */
export interface FieldProblem { code: 'required' | 'not-a-number' | StaffingProblemCode; params: Record<string, string | number> }

export type StaffingReading =
  | { ok: true; inputs: StaffingInputs; result: StaffingResult }
  | { ok: false; errors: Partial<Record<StaffingField, FieldProblem[]>> };

export const EMPTY_STAFFING: StaffingForm = { calls: '', interval: '60', aht: '', target: '80/20', shrinkage: '', offered: '', basis: 'on-phones' };

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

export function staffingFormOf(d: StaffingInputs): StaffingForm {
  return {
    calls: text(d.calls), interval: text(d.intervalMinutes), aht: text(d.ahtSeconds), target: `${d.targetPercent}/${d.targetSeconds}`,
    shrinkage: text(d.shrinkagePercent), offered: text(d.offered), basis: d.offeredBasis ?? 'on-phones',
  };
}

/** Reads the form; every wrong field is reported at once, with the domain's own checks of the ranges. */
export function readStaffingForm(f: StaffingForm): StaffingReading {
  const errors: Partial<Record<StaffingField, FieldProblem[]>> = {};
  const add = (field: StaffingField, p: FieldProblem) => { (errors[field] ??= []).push(p); };
  const num = (field: StaffingField, required: boolean): number | undefined => {
    const raw = f[field].trim();
    if (raw === '') {
      if (required) add(field, { code: 'required', params: {} });
      return undefined;
    }
    const n = parseDecimal(raw);
    if (n === null) add(field, { code: 'not-a-number', params: {} });
    return n ?? undefined;
  };
  const calls = num('calls', true);
  const interval = num('interval', true);
  const aht = num('aht', true);
  const shrinkage = num('shrinkage', false);
  const offered = num('offered', false);
  let target: { percent: number; seconds: number } | undefined;
  if (f.target.trim() === '') add('target', { code: 'required', params: {} });
  else {
    target = parseServiceTarget(f.target);
    if (!target) add('target', { code: 'target-format', params: {} });
  }
  if (Object.keys(errors).length || calls === undefined || interval === undefined || aht === undefined || !target) return { ok: false, errors };
  const inputs: StaffingInputs = {
    calls, intervalMinutes: interval, ahtSeconds: aht, targetPercent: target.percent, targetSeconds: target.seconds,
    ...(shrinkage !== undefined ? { shrinkagePercent: shrinkage } : {}),
    ...(offered !== undefined ? { offered, offeredBasis: f.basis } : {}),
  };
  const made = staffingRecord(inputs);
  if (!made.ok) {
    for (const p of made.problems) add(p.field as StaffingField, { code: p.code, params: p.params });
    return { ok: false, errors };
  }
  return { ok: true, inputs, result: made.result };
}

/** Whether the form holds the very inputs of a stored check (then there is nothing to confirm). */
export function sameStaffingInputs(a: StaffingInputs, b: StaffingInputs): boolean {
  const keys: (keyof StaffingInputs)[] = ['calls', 'intervalMinutes', 'ahtSeconds', 'targetPercent', 'targetSeconds', 'shrinkagePercent', 'offered'];
  if (keys.some((k) => a[k] !== b[k])) return false;
  // Without an offer the basis means nothing.
  return a.offered === undefined || (a.offeredBasis ?? 'on-phones') === (b.offeredBasis ?? 'on-phones');
}
