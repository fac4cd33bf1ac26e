import { describe, expect, it } from 'vitest';
import { EMPTY_STAFFING, readStaffingForm, sameStaffingInputs, staffingFormOf, type StaffingForm } from '../../../../../renderer/features/visit/tools/staffing-form';

const form = (patch: Partial<StaffingForm> = {}): StaffingForm => ({
  ...EMPTY_STAFFING, calls: '600', interval: '60', aht: '240', target: '80/20', shrinkage: '30', offered: '48', ...patch,
});

describe('reading the staffing screen', () => {
  it('reads typed text, decimal commas included, into the inputs of the check', () => {
    const r = readStaffingForm(form({ calls: '612,5', target: '80 % / 20 s', basis: 'scheduled' }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.inputs).toEqual({ calls: 612.5, intervalMinutes: 60, ahtSeconds: 240, targetPercent: 80, targetSeconds: 20, shrinkagePercent: 30, offered: 48, offeredBasis: 'scheduled' });
    expect(r.result.required.agents).toBeGreaterThan(40);
  });

  it('leaves shrinkage and the offer out when they are empty', () => {
    const r = readStaffingForm(form({ shrinkage: '', offered: ' ' }));
    expect(r.ok && r.inputs).toEqual({ calls: 600, intervalMinutes: 60, ahtSeconds: 240, targetPercent: 80, targetSeconds: 20 });
    expect(r.ok && r.result.offered).toBeUndefined();
  });

  it('names every wrong field at once, before the check runs', () => {
    const r = readStaffingForm(form({ calls: 'many', aht: '', target: '80 percent' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual({
      calls: [{ code: 'not-a-number', params: {} }],
      aht: [{ code: 'required', params: {} }],
      target: [{ code: 'target-format', params: {} }],
    });
  });

  it('puts the check\'s own range problems on their fields', () => {
    const r = readStaffingForm(form({ target: '100/20', shrinkage: '100', offered: '12,5', aht: '0' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.fromEntries(Object.entries(r.errors).map(([f, list]) => [f, list?.map((p) => p.code)]))).toEqual({
      aht: ['aht-invalid'], target: ['target-percent'], shrinkage: ['shrinkage-invalid'], offered: ['offered-invalid'],
    });
  });

  it('refuses traffic beyond what the check computes, on the calls field', () => {
    const r = readStaffingForm(form({ calls: '9000000', interval: '1', aht: '3600' }));
    expect(!r.ok && r.errors.calls?.[0].code).toBe('traffic-too-large');
  });

  it('shows a stored check as it was entered, and tells a changed form from the stored one', () => {
    const r = readStaffingForm(form());
    if (!r.ok) throw new Error('valid form refused');
    const again = readStaffingForm(staffingFormOf(r.inputs));
    expect(again.ok && again.inputs).toEqual(r.inputs);
    expect(again.ok && sameStaffingInputs(again.inputs, r.inputs)).toBe(true);
    const other = readStaffingForm(form({ offered: '50' }));
    expect(other.ok && sameStaffingInputs(other.inputs, r.inputs)).toBe(false);
    const basis = readStaffingForm(form({ basis: 'scheduled' }));
    expect(basis.ok && sameStaffingInputs(basis.inputs, r.inputs)).toBe(false);
    // Without an offer the basis means nothing: switching it changes no check.
    const a = readStaffingForm(form({ offered: '' }));
    const b = readStaffingForm(form({ offered: '', basis: 'scheduled' }));
    expect(a.ok && b.ok && sameStaffingInputs(a.inputs, b.inputs)).toBe(true);
  });
});
