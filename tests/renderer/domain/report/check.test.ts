import { describe, expect, it } from 'vitest';
import { checkReport, type IndicatorCheck, type ReportCheck, type ReportCheckInput, type ReportRow } from '../../../../renderer/domain/report';

/**
 * Two half-hour intervals of a hotline (threshold 20 s). By hand:
 * offered 500, answered 430, within 20 s 360, abandoned 70 of which 28 within 15 s;
 * S/L 360/500 = 72 %, 360/472 = 76.27 % without short abandons, 360/430 = 83.72 % over answered calls only;
 * LSR 430/500 = 86 %; abandon rate 70/500 = 14 %, or 42/472 = 8.90 % without short abandons;
 * talk 86 000 s / 430 = 200 s, ACW 12 900 s / 430 = 30 s, AHT 230 s; ASA 8 950 s / 430 = 20.81 s;
 * logged in (30 + 40) agents × 1 800 s = 126 000 s = 35 h; occupancy 98 900 / 126 000 = 78.49 %;
 * calls per logged-in hour 430 / 35 = 12.29.
 */
const rows: ReportRow[] = [
  { line: 2, label: '09:00', offered: 200, answered: 180, answeredWithin: 160, abandoned: 20, abandonedShort: 8, talkSeconds: 36_000, acwSeconds: 5_400, loggedInSeconds: 30 * 1800, waitSeconds: 2_700 },
  { line: 3, label: '09:30', offered: 300, answered: 250, answeredWithin: 200, abandoned: 50, abandonedShort: 20, talkSeconds: 50_000, acwSeconds: 7_500, loggedInSeconds: 40 * 1800, waitSeconds: 6_250 },
];

function run(input: Partial<ReportCheckInput> & Pick<ReportCheckInput, 'stated'>): ReportCheck {
  const r = checkReport({ data: { thresholdSeconds: 20, rows }, ...input });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.value;
}
const get = (c: ReportCheck, id: IndicatorCheck['id']) => c.indicators.find((i) => i.id === id) as IndicatorCheck;

describe('recomputing the indicators', () => {
  const c = run({ stated: {} });
  it.each([
    ['serviceLevel', 72], ['lsr', 86], ['abandonRate', 14], ['shortAbandons', 28], ['avgTalk', 200], ['avgAcw', 30], ['aht', 230],
    ['asa', 8950 / 430], ['occupancy', (98_900 / 126_000) * 100], ['callsPerAgentHour', 430 / 35], ['agentHours', 35],
  ] as const)('%s = %f under the default (strictest) definition', (id, value) => {
    expect(get(c, id).recomputed).toBeCloseTo(value, 9);
  });

  it('gives every definition its value, and names its formula', () => {
    const sl = get(c, 'serviceLevel');
    expect(sl.alternatives.map((a) => [a.definition, Number(a.value?.toFixed(2))])).toEqual([['all-offered', 72], ['short-excluded', 76.27], ['answered-only', 83.72]]);
    expect(sl.formula).toMatch(/offered/);
    expect(get(c, 'abandonRate').alternatives[1].value).toBeCloseTo(42 / 472 * 100, 9);
  });

  it('cannot give calls per agent without the headcount, nor ASA without queue times', () => {
    expect(get(c, 'callsPerAgent').recomputed).toBeUndefined();
    expect(get(run({ data: { thresholdSeconds: 20, rows, headcount: 20 }, stated: {} }), 'callsPerAgent').recomputed).toBe(21.5);
    const noWait = rows.map(({ waitSeconds: _w, ...r }) => r);
    const c2 = run({ data: { thresholdSeconds: 20, rows: noWait }, stated: { asa: 20 } });
    expect(get(c2, 'asa')).toMatchObject({ status: 'unverifiable', stated: 20 });
    expect(get(c2, 'asa').recomputed).toBeUndefined();
  });
});

describe('stated against recomputed', () => {
  it('flags an S/L that follows only from leaving abandoned calls out, and says so', () => {
    const c = run({ stated: { serviceLevel: 84 } });
    const sl = get(c, 'serviceLevel');
    expect(sl).toMatchObject({ status: 'inconsistent', definition: 'all-offered', stated: 84 });
    expect(sl.difference).toBeCloseTo(12, 9);
    expect(sl.explainedBy.map((e) => e.definition)).toEqual(['answered-only']);
  });

  it('flags a stated 90 % that no definition gives', () => {
    const sl = get(run({ stated: { serviceLevel: 90 } }), 'serviceLevel');
    expect(sl.status).toBe('inconsistent');
    expect(sl.explainedBy).toEqual([]);
  });

  it('finds short abandons silently dropped from the abandon rate', () => {
    const ab = get(run({ stated: { abandonRate: 8.9 } }), 'abandonRate');
    expect(ab.status).toBe('inconsistent');
    expect(ab.explainedBy.map((e) => e.definition)).toEqual(['short-excluded']);
    // The client's contract may leave them out: then the same figure is fine.
    expect(get(run({ stated: { abandonRate: 8.9 }, definitions: { abandonRate: 'short-excluded' } }), 'abandonRate').status).toBe('consistent');
  });

  it('spots an S/L averaged over intervals instead of weighted by calls', () => {
    // (160/200 + 200/300) / 2 = 73.33 % against the weighted 72 %: within 1.5 points, outside the 1-point tolerance.
    const sl = get(run({ stated: { serviceLevel: 73.4 }, definitions: { serviceLevel: 'all-offered' } }), 'serviceLevel');
    expect(sl.status).toBe('inconsistent');
    expect(sl.explainedBy.map((e) => e.definition)).toEqual(['interval-mean']);
  });

  it('holds each unit to its tolerance, at the edges', () => {
    expect(get(run({ stated: { serviceLevel: 73 } }), 'serviceLevel').status).toBe('consistent'); // 1.0 point
    expect(get(run({ stated: { serviceLevel: 73.01 } }), 'serviceLevel').status).toBe('inconsistent');
    expect(get(run({ stated: { avgTalk: 210 } }), 'avgTalk').status).toBe('consistent'); // 5 % of 200 s
    expect(get(run({ stated: { avgTalk: 210.5 } }), 'avgTalk').status).toBe('inconsistent');
    expect(get(run({ stated: { avgAcw: 31 } }), 'avgAcw').status).toBe('consistent'); // 5 % of 30 s is 1.5 s
    expect(get(run({ stated: { shortAbandons: 29 } }), 'shortAbandons').status).toBe('consistent'); // at least 1 call
    expect(get(run({ stated: { shortAbandons: 30 } }), 'shortAbandons').status).toBe('inconsistent');
    expect(get(run({ stated: { aht: 200 } }), 'aht').explainedBy.map((e) => e.definition)).toEqual(['talk-only']);
  });

  it('lists the key indicators of seed 002 the report leaves out', () => {
    const c = run({ stated: { serviceLevel: 72, abandonRate: 14 } });
    expect(c.missingKey).toEqual([['lsr'], ['avgTalk'], ['avgAcw'], ['callsPerAgent', 'callsPerAgentHour'], ['agentHours'], ['asa'], ['shortAbandons']]);
    expect(get(c, 'lsr').status).toBe('missing');
    expect(get(c, 'occupancy').status).toBe('not-stated');
    expect(c.flags).toBe(7);
  });

  it('takes calls per agent-hour as the "calls handled per agent" indicator', () => {
    const c = run({ stated: { callsPerAgentHour: 12.3 } });
    expect(c.missingKey.some((g) => g.includes('callsPerAgent'))).toBe(false);
    expect(get(c, 'callsPerAgent').status).toBe('not-stated');
    expect(get(c, 'callsPerAgentHour').status).toBe('consistent');
  });

  it('is clean for a report that states every key indicator truthfully', () => {
    const c = run({
      data: { thresholdSeconds: 20, rows, headcount: 20 },
      stated: { serviceLevel: 72, serviceLevelSeconds: 20, lsr: 86, avgTalk: 200, avgAcw: 30, callsPerAgent: 21.5, agentHours: 35, asa: 21, shortAbandons: 28 },
    });
    expect(c.flags).toBe(0);
    expect(c.indicators.filter((i) => i.stated !== undefined).every((i) => i.status === 'consistent')).toBe(true);
  });

  it('flags an S/L stated for another threshold than the data', () => {
    const c = run({ stated: { serviceLevel: 72, serviceLevelSeconds: 30 } });
    expect(c.thresholdMismatch).toEqual({ stated: 30, data: 20 });
  });
});

describe("the vendor's own figures", () => {
  it('names the rows that contradict themselves', () => {
    const bad: ReportRow[] = [
      { ...rows[0], answeredWithin: 190 },
      { ...rows[1], abandonedShort: 60, answered: 280 },
    ];
    const c = run({ data: { thresholdSeconds: 20, rows: bad }, stated: {} });
    expect(c.consistency.map((i) => [i.code, i.line])).toEqual([
      ['answered-within-exceeds-answered', 2], ['short-exceeds-abandoned', 3], ['answered-abandoned-exceed-offered', 3],
    ]);
    expect(c.consistency[0].message).toMatch(/^line 2: 190 calls answered within the threshold, but only 180 answered/);
  });

  it('flags more handle time than logged-in time (occupancy over 100 %)', () => {
    const c = run({ data: { thresholdSeconds: 20, rows: [{ ...rows[0], loggedInSeconds: 10_000 }] }, stated: {} });
    expect(c.consistency.map((i) => i.code)).toEqual(['handle-exceeds-logged-in']);
  });

  it('refuses impossible input with messages instead of figures', () => {
    const r = checkReport({ data: { thresholdSeconds: 0, rows: [{ ...rows[0], offered: -1 }] }, stated: { serviceLevel: 120 }, definitions: { lsr: 'nonsense' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.code)).toEqual(['threshold-invalid', 'figure-invalid', 'stated-invalid', 'definition-unknown']);
    expect(r.problems[1].message).toBe('Line 2: offered must be a number of at least 0.');
    expect(checkReport({ data: { thresholdSeconds: 20, rows: [] }, stated: {} }).ok).toBe(false);
  });

  it('never divides by zero into NaN', () => {
    const empty: ReportRow = { offered: 0, answered: 0, answeredWithin: 0, abandoned: 0, abandonedShort: 0, talkSeconds: 0, acwSeconds: 0, loggedInSeconds: 0, waitSeconds: 0 };
    const c = run({ data: { thresholdSeconds: 20, rows: [empty] }, stated: { serviceLevel: 80 } });
    expect(JSON.stringify(c)).not.toMatch(/NaN|Infinity/);
    expect(get(c, 'serviceLevel').status).toBe('unverifiable');
  });
});
