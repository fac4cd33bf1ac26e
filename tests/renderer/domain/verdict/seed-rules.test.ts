import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../../renderer/domain/model';
import { loadTemplateText } from '../../../../renderer/domain/template/validate';
import { evaluateVisit } from '../../../../renderer/domain/verdict/evaluate';
import { formatReason } from '../../../../renderer/domain/verdict/reasons';
import { answer, bundle, template, visit } from './fixtures';

/** The rules of seed 000 as the shipped template reads them, one question at a time. */
const shipped = loadTemplateText(readFileSync(new URL('../../../../templates/callcenter-inbound.json', import.meta.url), 'utf8'), 'callcenter-inbound.json');
if (!shipped.ok) throw new Error(shipped.errors.join('\n'));
const all = shipped.template.sections.flatMap((s) => s.questions);
const byNumber = (n: number) => all.find((q) => q.number === n)!;

function result(n: number, answers: Answer[]) {
  const q = byNumber(n);
  const e = evaluateVisit(template([q]), bundle({ visit: visit({ targetCategory: q.categories[q.categories.length - 1], dateFrom: '2025-03-10' }), answers }));
  return e.results[0];
}
const en = (r: ReturnType<typeof result>) => formatReason(r.reason, 'en').replace(/\u00a0/g, ' ');

describe('Q30: the seed asks for the average search time', () => {
  const trials = (...s: number[]) => answer('kb-search-time', 'timed-search', 'timer', { trials: s.map((x) => ({ ms: x * 1000, at: '2025-03-10T10:00:00Z' })) });
  it('uses the mean: 10, 12 and 30 s have a median of 12 but an average of about 17.3, over 15', () => {
    const r = result(30, [trials(10, 12, 30)]);
    expect(r.measurement).toMatchObject({ measure: 'mean', samples: 3 });
    expect(r.measurement?.value).toBeCloseTo(17.333, 2);
    expect(r.suggested).toBe('not-met');
    expect(en(r)).toMatch(/^average of 3 trials: 17[.,]3+ seconds; category B needs at most 15$/);
  });
  it('meets when the average is within 15 s even if one search was slow', () => {
    expect(result(30, [trials(8, 9, 20)]).suggested).toBe('meets');
  });
});

describe('Q23 and Q27: the seed asks for a copy', () => {
  const cert = (outcome: 'seen' | 'obtained', fields: Record<string, string>) => answer('infosec-standard', 'certificate', 'document', { outcome, fields });
  const contract = (outcome: 'seen' | 'obtained', validUntil = '2026-12-31') => answer('vendor-support-contract', 'support-contract', 'document', { outcome, fields: { validUntil } });

  it('"seen" is not "obtained": shown only is partly met, and says a copy is asked for', () => {
    expect(result(23, [contract('obtained')]).suggested).toBe('meets');
    const r = result(23, [contract('seen')]);
    expect(r.suggested).toBe('partly');
    expect(en(r)).toBe('the document was only shown; the methodology asks for a copy');
    expect(result(27, [cert('seen', { standard: 'ISO/IEC 27001:2022', validUntil: '2026-06-30' })]).suggested).toBe('partly');
  });

  it('a validity date must be a real date: "30/06/27" (year 0027 in a date field) is not verified, never "met" or "expired"', () => {
    for (const typed of ['30/06/27', '0027-06-30', '31.02.2026']) {
      const r = result(27, [cert('obtained', { standard: 'ISO 27001', validUntil: typed })]);
      expect(r.suggested, typed).toBe('not-verified');
      expect(r.reason).toMatchObject({ code: 'document-date-invalid', params: { field: 'validUntil', value: typed } });
    }
    expect(result(27, [cert('obtained', { standard: 'ISO 27001', validUntil: '30.06.2027' })]).suggested).toBe('meets');
  });

  it('the certificate must be for the standard asked (ISO 27001)', () => {
    expect(result(27, [cert('obtained', { standard: 'ISO/IEC 27001:2013', validUntil: '2027-06-30' })]).suggested).toBe('meets');
    const wrong = result(27, [cert('obtained', { standard: 'ISAE 3000', validUntil: '2027-06-30' })]);
    expect(wrong.suggested).toBe('not-met');
    expect(en(wrong)).toBe('the certificate is for ISAE 3000, not ISO 27001 as asked');
    expect(result(27, [cert('obtained', { standard: 'ISO 270010', validUntil: '2027-06-30' })]).suggested).toBe('not-met');
    const unrecorded = result(27, [cert('obtained', { validUntil: '2027-06-30' })]);
    expect(unrecorded).toMatchObject({ suggested: 'not-verified', reason: { code: 'document-standard-missing' } });
  });
});

describe('"2–3 random agents": at least the minimum of respondents', () => {
  const asked = (...perYear: number[]) => answer('one-to-one-frequency', 'ask-agents', 'interview', {
    responses: perYear.map((n, i) => ({ respondent: `Agent ${i + 1}`, answer: '…', match: null, frequency: { count: n, period: 'year' as const } })),
  });
  it('one agent asked: not verified, and the reason says how many were asked', () => {
    const r = result(10, [asked(26)]);
    expect(r.suggested).toBe('not-verified');
    expect(en(r)).toBe('only 1 of the at least 2 respondents were asked: not enough to verify');
    expect(formatReason(r.reason, 'uk')).toBe('опитано лише 1 з щонайменше 2: цього замало для перевірки');
  });
  it('two of the three asked are enough to judge', () => {
    expect(result(10, [asked(26, 26)]).suggested).toBe('meets');
    expect(result(10, [asked(26, 6)]).suggested).toBe('not-met');
  });
});

describe('Q26: the generator must power the agents’ room', () => {
  const seen = answer('diesel-generator', 'see-generator', 'observe', { outcome: 'seen' });
  const rooms = answer('diesel-generator', 'powered-rooms', 'value', { text: 'Server room, floor 3 hall B' });
  const powers = (yesNo: boolean) => answer('diesel-generator', 'powers-project-room', 'value', { yesNo });
  it('met only when the project’s room is one it powers', () => {
    expect(result(26, [seen, rooms, powers(true)]).suggested).toBe('meets');
    expect(result(26, [seen, rooms, powers(false)]).suggested).toBe('partly');
  });
  it('a generator seen without recording what it powers is not met yet', () => {
    const r = result(26, [seen]);
    expect(r.status).toBe('open');
    expect(r.suggested).not.toBe('meets');
  });
});
