import { describe, expect, it } from 'vitest';
import { readReportForm, reportFormOf, sameReportInputs, emptyReportForm, type ReportForm } from '../../../../../renderer/features/visit/tools/report-form';
import { reportRecord } from '../../../../../renderer/domain/tools';

const totals = (patch: Partial<ReportForm['totals']> = {}): ReportForm => {
  const f = emptyReportForm();
  return {
    ...f, title: 'Alfa, March', threshold: '20',
    totals: { ...f.totals, offered: '1000', answered: '900', answeredWithin: '780', abandoned: '100', abandonedShort: '40', talkSeconds: '171000', acwSeconds: '8:45:00', loggedInSeconds: '300:00:00', ...patch },
    stated: { serviceLevel: '90', abandonRate: '6,0' },
  };
};

describe('reading the report screen', () => {
  it('reads totals with durations in seconds or h:mm:ss, the queue time being optional', () => {
    const r = readReportForm(totals());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.inputs.rows).toEqual([{ offered: 1000, answered: 900, answeredWithin: 780, abandoned: 100, abandonedShort: 40, talkSeconds: 171_000, acwSeconds: 31_500, loggedInSeconds: 1_080_000 }]);
    expect(r.inputs.stated).toEqual({ serviceLevel: 90, abandonRate: 6 });
    expect(r.inputs.source).toBe('totals');
    expect(r.check.indicators.find((i) => i.id === 'serviceLevel')?.status).toBe('inconsistent');
    expect(r.check.indicators.find((i) => i.id === 'asa')?.recomputed).toBeUndefined();
  });

  it('names each missing or unreadable field', () => {
    const r = readReportForm({ ...totals({ answered: '', talkSeconds: '3 hours' }), title: ' ', stated: { lsr: 'high' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.fromEntries(Object.entries(r.errors).map(([f, list]) => [f, list.map((p) => p.code)]))).toEqual({
      title: ['required'], answered: ['required'], talkSeconds: ['not-a-number'], lsr: ['not-a-number'],
    });
  });

  it("puts the check's own problems on their fields", () => {
    const r = readReportForm({ ...totals({ answered: '-4' }), threshold: '0', stated: { serviceLevel: '120' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.threshold?.map((p) => p.code)).toEqual(['threshold-invalid']);
    expect(r.errors.answered?.map((p) => p.code)).toEqual(['figure-invalid']);
    expect(r.errors.serviceLevel?.map((p) => p.code)).toEqual(['stated-invalid']);
  });

  it('wants a file in CSV mode, and follows a corrected interval length without reading the file again', () => {
    const noFile = readReportForm({ ...totals(), source: 'csv' });
    expect(!noFile.ok && noFile.errors.csv?.[0].code).toBe('no-csv');
    const row = { line: 2, offered: 10, answered: 9, answeredWithin: 8, abandoned: 1, abandonedShort: 0, talkSeconds: 1000, acwSeconds: 100, loggedInSeconds: 4 * 30 * 60 };
    const withFile: ReportForm = { ...totals(), source: 'csv', interval: '15', csv: { rows: [row], fileName: 'x.csv', fileSha256: 'ab'.repeat(32), intervalMinutes: 30 } };
    const r = readReportForm(withFile);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.inputs.rows[0].loggedInSeconds).toBe(4 * 15 * 60);
    expect(r.inputs).toMatchObject({ source: 'csv', intervalMinutes: 15, fileName: 'x.csv', fileSha256: 'ab'.repeat(32) });
  });

  it('shows a stored check as entered and knows when the form still holds it', () => {
    const r = readReportForm({ ...totals({ waitSeconds: '16200' }), headcount: '12', definitions: { abandonRate: 'short-excluded' } });
    if (!r.ok) throw new Error('valid form refused');
    const stored = reportRecord(r.inputs);
    if (!stored.ok) throw new Error('valid report refused');
    const again = readReportForm(reportFormOf(stored.data));
    expect(again.ok && again.inputs).toEqual(r.inputs);
    expect(again.ok && sameReportInputs(again.inputs, stored.data)).toBe(true);
    const changed = readReportForm({ ...reportFormOf(stored.data), stated: { serviceLevel: '78' } });
    expect(changed.ok && sameReportInputs(changed.inputs, stored.data)).toBe(false);
  });
});
