import { describe, expect, it } from 'vitest';
import {
  adequateBand, checkStaffing, countedSeats, offerVerdict, onPhonesOf, parseServiceTarget, scheduledFor, seatFinding,
  validateStaffing, type StaffingInput, type StaffingResult,
} from '../../../../renderer/domain/staffing';
import { templates } from '../../../../renderer/db/shipped-templates';
import { answer, bundle, count, seatsQuestion, steps, template, question } from '../verdict/fixtures';

const base: StaffingInput = { calls: 600, intervalMinutes: 60, ahtSeconds: 240, target: { percent: 80, seconds: 20 } };

function ok(input: StaffingInput): StaffingResult {
  const r = checkStaffing(input);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.value;
}

describe('parseServiceTarget', () => {
  it.each([
    ['80/20', 80, 20], ['80 / 20', 80, 20], ['80%/20s', 80, 20], ['85,5/15', 85.5, 15], ['90/0', 90, 0], ['80/20 сек', 80, 20],
  ])('%s', (text, percent, seconds) => {
    expect(parseServiceTarget(text)).toEqual({ percent, seconds });
  });
  it.each(['80', '80/', '/20', '80-20', 'eighty/20', '80/20/5', ''])('refuses %j', (text) => {
    expect(parseServiceTarget(text)).toBeUndefined();
  });
});

describe('validateStaffing', () => {
  const codes = (input: Partial<StaffingInput>) => validateStaffing({ ...base, ...input } as StaffingInput).map((p) => p.code);
  it('accepts the CLI example', () => expect(codes({})).toEqual([]));
  it.each([
    [{ calls: 0 }, 'calls-invalid'], [{ calls: -5 }, 'calls-invalid'], [{ calls: Number.NaN }, 'calls-invalid'], [{ calls: Infinity }, 'calls-invalid'],
    [{ intervalMinutes: 0 }, 'interval-invalid'], [{ ahtSeconds: -1 }, 'aht-invalid'],
    [{ target: { percent: 100, seconds: 20 } }, 'target-percent'], [{ target: { percent: 0, seconds: 20 } }, 'target-percent'],
    [{ target: { percent: 80, seconds: -1 } }, 'target-seconds'], [{ shrinkagePercent: 100 }, 'shrinkage-invalid'],
    [{ shrinkagePercent: -1 }, 'shrinkage-invalid'], [{ offered: 0 }, 'offered-invalid'], [{ offered: 47.5 }, 'offered-invalid'],
    [{ calls: 9_000_000, intervalMinutes: 1, ahtSeconds: 3600 }, 'traffic-too-large'],
  ])('%j → %s', (input, code) => {
    expect(codes(input as Partial<StaffingInput>)).toEqual([code]);
  });
  it('lists every wrong field at once', () => {
    expect(codes({ calls: 0, ahtSeconds: 0, target: { percent: 100, seconds: 20 } })).toEqual(['calls-invalid', 'aht-invalid', 'target-percent']);
  });
});

describe('bands and rounding', () => {
  it('adequate runs from n to n + 10 % rounded up, at least n + 1', () => {
    expect(adequateBand(10)).toEqual({ from: 10, to: 11 }); // 11.000000000000002 in floating point must not become 12
    expect(adequateBand(3)).toEqual({ from: 3, to: 4 });
    expect(adequateBand(46)).toEqual({ from: 46, to: 51 });
    expect(adequateBand(100)).toEqual({ from: 100, to: 110 });
  });
  it('judges an offer at the band edges', () => {
    expect(offerVerdict(45, 46)).toBe('short');
    expect(offerVerdict(46, 46)).toBe('adequate');
    expect(offerVerdict(51, 46)).toBe('adequate');
    expect(offerVerdict(52, 46)).toBe('generous');
  });
  it('schedules n / (1 − s) rounded up without floating-point surprises', () => {
    expect(scheduledFor(28, 30)).toBe(40); // 28 / 0.7 = 40.00000000000001
    expect(scheduledFor(46, 30)).toBe(66);
    expect(scheduledFor(14, 30)).toBe(20);
    expect(scheduledFor(10, 0)).toBe(10);
    expect(onPhonesOf(50, 30)).toBe(35);
    expect(onPhonesOf(48, 30)).toBe(33);
  });
});

describe('checkStaffing', () => {
  it('computes the CLI example', () => {
    const r = ok({ ...base, shrinkagePercent: 30, offered: 48 });
    expect(r.traffic).toBe(40);
    expect(r.required.agents).toBe(46);
    expect(r.required.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(r.scheduled).toBe(66);
    expect(r.offered).toMatchObject({ headcount: 48, onPhones: 48, basis: 'on-phones', verdict: 'adequate', margin: 2 });
    expect(r.offered?.serviceLevel).toBeGreaterThan(r.required.serviceLevel);
  });

  it('calls a short offer short and gives the service level it would really reach', () => {
    const r = ok({ ...base, offered: 43 });
    expect(r.offered?.verdict).toBe('short');
    expect(r.offered?.serviceLevel).toBeLessThan(0.8);
    expect(r.offered?.serviceLevel).toBeGreaterThan(0);
    expect(r.offered?.margin).toBe(-3);
  });

  it('marks an offer that cannot carry the traffic as unstable and short, with no NaN anywhere', () => {
    const r = ok({ ...base, offered: 40 });
    expect(r.offered).toMatchObject({ stable: false, verdict: 'short', asa: null, serviceLevel: 0 });
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  });

  it('reads a roster offer through shrinkage', () => {
    const r = ok({ ...base, shrinkagePercent: 30, offered: 66, offeredBasis: 'scheduled' });
    expect(r.offered).toMatchObject({ onPhones: 46, verdict: 'adequate' });
    const generous = ok({ ...base, shrinkagePercent: 30, offered: 100, offeredBasis: 'scheduled' });
    expect(generous.offered).toMatchObject({ onPhones: 70, verdict: 'generous' });
  });

  it('handles 2 000 calls per 15 minutes', () => {
    const r = ok({ calls: 2000, intervalMinutes: 15, ahtSeconds: 240, target: { percent: 80, seconds: 20 }, shrinkagePercent: 35 });
    expect(r.traffic).toBeCloseTo(533.333, 3);
    expect(r.required.agents).toBeGreaterThan(534);
    expect(r.required.agents).toBeLessThan(560);
    expect(r.scheduled).toBe(Math.ceil(r.required.agents / 0.65 - 1e-9));
  });

  it('returns the problems instead of figures for bad input', () => {
    const r = checkStaffing({ ...base, target: { percent: 100, seconds: 20 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toMatch(/less than 100/);
  });
});

describe('the seats counted on site', () => {
  const t = template([seatsQuestion([steps.observe('other-sites', { optional: true })]), question({ id: 'other', number: 2, steps: [steps.observe()] })]);

  it('sums the zones of the seat count and finds an offer the floor cannot seat', () => {
    const seats = countedSeats(t, bundle({ answers: [count('seats', 30, 15)] }));
    expect(seats).toMatchObject({ questionId: 'seats', questionNumber: 1, stepId: 'count', seats: 45, disputed: false });
    const offer60 = ok({ ...base, offered: 60 });
    expect(seatFinding(offer60, seats)).toMatchObject({ basis: 'offered', needed: 60, shortBy: 15 });
    expect(seatFinding(ok({ ...base, offered: 45 }), seats)).toBeUndefined();
  });

  it('holds the required agents against the seats when there is no offer', () => {
    const seats = countedSeats(t, bundle({ answers: [count('seats', 40)] }));
    expect(seatFinding(ok(base), seats)).toMatchObject({ basis: 'required', needed: 46, shortBy: 6 });
  });

  it('says when evaluators counted differently, and is silent before anything is counted', () => {
    const a = count('seats', 45);
    const b = { ...answer('seats', 'count', 'count', { zones: [{ id: 'z', name: 'Hall', count: 50 }] }, { author: 'ivan', at: '2025-03-10T11:00:00.000Z' }) };
    expect(countedSeats(t, bundle({ answers: [a, b] }))).toMatchObject({ seats: 50, disputed: true });
    expect(countedSeats(t, bundle())).toBeUndefined();
    expect(seatFinding(ok(base), undefined)).toBeUndefined();
  });

  it('finds question 1 of the shipped 33-question template', () => {
    const shipped = templates.find((x) => x.id === 'callcenter-inbound');
    if (!shipped) throw new Error('the shipped template is missing');
    const seats = countedSeats(shipped, bundle({ answers: [answer('agent-seats', 'count-seats', 'count', { zones: [{ id: 'a', name: 'A', count: 45 }] })] }));
    expect(seats).toMatchObject({ questionId: 'agent-seats', questionNumber: 1, seats: 45 });
  });
});
