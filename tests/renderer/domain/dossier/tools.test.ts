import { describe, expect, it } from 'vitest';
import { buildDossierTools, comparisonTools } from '../../../../renderer/domain/dossier/tools';
import { TOOL_STRINGS } from '../../../../renderer/domain/dossier/tool-strings';
import { TOOL_STEP, type Answer, type ReportCheckData, type StaffingData, type VisitBundle } from '../../../../renderer/domain/model';
import { LANGS, type Template } from '../../../../renderer/domain/template/schema';
import { reportRecord, staffingRecord, summarizeTools } from '../../../../renderer/domain/tools';
import { at, bundle, constructedTemplate, IGOR, VISIT_ID } from './fixtures';

const template: Template = constructedTemplate();

function withSeats(b: VisitBundle, seats: number): VisitBundle {
  return { ...b, answers: b.answers.map((a) => (a.questionId === 'seats' && a.stepId === 's0' ? { ...a, data: { zones: [{ id: 'z1', name: 'Зал 1', count: seats }] } } : a)) };
}

function toolAnswer<K extends 'staffing' | 'report-check'>(kind: K, data: K extends 'staffing' ? StaffingData : ReportCheckData, note = ''): Answer {
  return { author: IGOR.author, device: IGOR.device, createdAt: at(400), updatedAt: at(400), id: `tool-${kind}`, visitId: VISIT_ID, ...TOOL_STEP[kind], kind, data, note, rev: 1, history: [] } as Answer;
}

function staffing(inputs: Omit<StaffingData, 'result'>, note = ''): Answer {
  const made = staffingRecord(inputs);
  if (!made.ok) throw new Error('invalid staffing inputs');
  return toolAnswer('staffing', made.data, note);
}

const REPORT: Omit<ReportCheckData, 'result'> = {
  title: 'Альфа, март', thresholdSeconds: 20, intervalMinutes: 30, source: 'csv', fileName: 'alfa-march.csv', fileSha256: 'ab12'.repeat(16),
  rows: [
    { line: 2, offered: 500, answered: 450, answeredWithin: 390, abandoned: 50, abandonedShort: 20, talkSeconds: 85_500, acwSeconds: 15_750, loggedInSeconds: 60 * 1800, waitSeconds: 8100 },
    { line: 3, offered: 500, answered: 450, answeredWithin: 390, abandoned: 50, abandonedShort: 20, talkSeconds: 85_500, acwSeconds: 15_750, loggedInSeconds: 60 * 1800, waitSeconds: 8100 },
  ],
  // 780 of 1000 within 20 s is 78 %; 90 follows from no definition. 6 % abandons leave the 40 short ones out.
  stated: { serviceLevel: 90, lsr: 90, abandonRate: 6.25, avgTalk: 190, avgAcw: 35, asa: 18 },
  definitions: { serviceLevel: 'all-offered' },
};

function report(inputs = REPORT): Answer {
  const made = reportRecord(inputs);
  if (!made.ok) throw new Error('invalid report');
  return toolAnswer('report-check', made.data);
}

const OFFER = { calls: 600, intervalMinutes: 60, ahtSeconds: 300, targetPercent: 80, targetSeconds: 20, shrinkagePercent: 30, offered: 60 } as const;

function parts(b: VisitBundle, lang: 'ru' | 'uk' | 'en' = 'en') {
  return buildDossierTools(summarizeTools(template, b), b, lang, 'Europe/Kyiv');
}

describe('the tools in the dossier', () => {
  it('gives the staffing check its inputs, results, the formula named and the verdict', () => {
    const base = withSeats(bundle(template), 184);
    const b = { ...base, answers: [...base.answers, staffing(OFFER, 'Peak hour from the brief')] };
    const t = parts(b);
    const st = t.parts.find((p) => p.tool === 'staffing')!;
    expect(st.done).toBe(true);
    expect(st.byline).toMatch(/^confirmed by Игорь Соколов, /);
    expect(st.verdict).toBe('Adequate: 60 agents on the phones meet the target (57 needed).');
    expect(st.warn).toBe(false);
    expect(st.sections.map((x) => x.heading)).toEqual(['Inputs', 'Results', 'Seats', 'Formula']);
    const fields = st.sections[0].blocks[0];
    expect(fields.kind === 'fields' && Object.fromEntries(fields.rows)).toEqual({
      'Calls per interval': '600', 'Interval length': '60 min', 'Average handle time (talk + after-call work)': '300 s',
      'Target service level': '80 % of calls answered within 20 s', Shrinkage: '30 %', 'Offered headcount': '60 agents on the phones', 'Offered traffic': '50 Erlangs',
    });
    const table = st.sections[1].blocks[0];
    expect(table.kind === 'table' && table.head).toEqual(['Figure', 'Fewest meeting the target', 'The offer']);
    expect(table.kind === 'table' && table.rows).toEqual([
      ['Agents on the phones', '57', '60'],
      ['Probability of waiting', '24.6 %', '11.7 %'],
      ['Service level within 20 s', '84.5 %', '94 %'],
      ['Average speed of answer', '10.6 s', '3.5 s'],
      ['Occupancy', '87.7 %', '83.3 %'],
      ['To schedule after shrinkage', '82', '—'],
    ]);
    expect(st.sections[2].blocks).toEqual([{ kind: 'text', text: 'Seats counted at question 1: 184; the 60 agents on the phones fit.' }]);
    const formula = st.sections[3].blocks[0];
    expect(formula.kind === 'text' && formula.text).toMatch(/^Erlang C \(M\/M\/c queue.*Erlang B recursion/);
    expect(st.notes).toEqual(['Игорь Соколов: Peak hour from the brief']);
    expect(t.findings).toEqual([]);
  });

  it('makes an offer of 60 agents on 45 counted seats a finding, in the part and in the summary', () => {
    const base = withSeats(bundle(template), 45);
    const b = { ...base, answers: [...base.answers, staffing(OFFER)] };
    for (const lang of LANGS) {
      const t = parts(b, lang);
      const st = t.parts[0];
      expect(st.warn).toBe(true);
      const s = TOOL_STRINGS[lang];
      const seats = st.sections.find((x) => x.heading === s.seats)!.blocks[0];
      expect(seats).toMatchObject({ kind: 'text', tone: 'warn' });
      expect(seats.kind === 'text' && seats.text).toContain('45');
      expect(t.findings).toHaveLength(1);
      expect(t.findings[0]).toMatch(/60.*45/);
    }
    expect(parts(b, 'en').findings).toEqual(['Staffing: 60 agents on the phones, but the seats counted at question 1 are 45.']);
    expect(parts(b, 'ru').parts[0].sections[2].blocks[0]).toMatchObject({ text: 'Расхождение: по предложению на линии 60 операторов, а свободных мест в вопросе 1 посчитано только 45 (не хватает 15).' });
  });

  it('calls a short offer short, with the service level it would really give', () => {
    const base = withSeats(bundle(template), 184);
    const b = { ...base, answers: [...base.answers, staffing({ ...OFFER, offered: 52 })] };
    const t = parts(b);
    expect(t.parts[0].verdict).toBe('Short: 52 agents on the phones give a service level of 38.8 % instead of 80 %; at least 57 are needed.');
    expect(t.parts[0].warn).toBe(true);
    expect(t.findings).toEqual(['Staffing: the offer of 52 gives a service level of 38.8 % instead of 80 %; agents needed on the phones: 57.']);
  });

  it('says when a check was not done, and names a stored check that no longer computes', () => {
    const b = bundle(template);
    const t = parts(b, 'uk');
    expect(t.parts.map((p) => [p.done, p.verdict, p.sections.length])).toEqual([[false, 'У цьому візиті не проводилася.', 0], [false, 'У цьому візиті не проводилася.', 0]]);
    const damaged = staffing(OFFER);
    (damaged.data as StaffingData).targetPercent = 100;
    const d = parts({ ...b, answers: [...b.answers, damaged] }, 'en');
    expect(d.parts[0]).toMatchObject({ done: false, warn: true, verdict: TOOL_STRINGS.en.invalid });
  });

  it('gives the report check the file checked, the S/L definition used and every indicator recomputed against the stated one', () => {
    const base = bundle(template);
    const b = { ...base, answers: [...base.answers, report()] };
    const t = parts(b);
    const rc = t.parts[1];
    expect(rc.done).toBe(true);
    const fields = rc.sections[0].blocks[0];
    expect(fields.kind === 'fields' && Object.fromEntries(fields.rows)).toEqual({
      Report: 'Альфа, март',
      Figures: 'CSV, intervals: 2, file "alfa-march.csv", SHA-256 ab12ab12ab12ab12',
      'Threshold T of the "answered within" figure': '20 s',
      "S/L definition used (the client’s)": 'answered within T ÷ offered × 100 (every abandoned call counts as missed)',
    });
    const table = rc.sections[1].blocks[0];
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.head).toEqual(['Indicator', 'Recomputed', 'Stated', 'Formula (definition used)', 'Check']);
    const row = (name: string) => table.rows.find((r) => r[0] === name);
    expect(row('Service level (S/L)')).toEqual(['Service level (S/L)', '78 %', '90 %', 'answered within T ÷ offered × 100 (every abandoned call counts as missed)', 'does not follow']);
    expect(row('Abandon rate')?.slice(1, 3)).toEqual(['10 %', '6.3 %']);
    expect(row('Abandon rate')?.[4]).toBe('does not follow');
    expect(row('Calls handled per agent')?.[4]).toBe('key indicator missing');
    expect(table.tones?.[0]).toBe('not-met');
    const texts = rc.sections[1].blocks.slice(1).map((x) => (x.kind === 'text' ? x.text : ''));
    expect(texts).toContain('Key indicators the report leaves out: Calls handled per agent / Calls per logged-in hour, Agent working time, Callers who gave up within 15 s.');
    expect(texts).toContain(`Abandon rate: The stated figure would follow from: ${'(abandoned − abandoned within 15 s) ÷ (offered − abandoned within 15 s) × 100'} (6.3 %).`);
    expect(rc.verdict).toBe('5 findings to look at.');
    expect(t.findings).toEqual(['Hotline report "Альфа, март": 5 findings to look at.']);
  });

  it('names the definition the client chose, in the dossier language', () => {
    const base = bundle(template);
    const b = { ...base, answers: [...base.answers, report({ ...REPORT, definitions: { serviceLevel: 'answered-only' } })] };
    const fields = parts(b, 'ru').parts[1].sections[0].blocks[0];
    expect(fields.kind === 'fields' && fields.rows.find(([k]) => k === 'Определение S/L (клиента)')?.[1]).toBe('принятые за T ÷ принятые × 100 (потерянные вызовы не учитываются)');
  });

  it('leaves no placeholder unfilled in any language', () => {
    const base = withSeats(bundle(template), 45);
    const b = { ...base, answers: [...base.answers, staffing({ ...OFFER, offered: 70, offeredBasis: 'scheduled' }), report()] };
    for (const lang of LANGS) {
      const json = JSON.stringify(parts(b, lang));
      expect(json, lang).not.toMatch(/\{[a-zA-Z]+\}/);
    }
  });

  it('puts the tools of several vendors side by side, marking findings', () => {
    const a = withSeats(bundle(template), 45);
    const first = { ...a, answers: [...a.answers, staffing(OFFER), report()] };
    const second = withSeats(bundle(template), 184);
    const other = { ...second, answers: [...second.answers, staffing({ ...OFFER, offered: 52 })] };
    const cmp = comparisonTools([{ tools: summarizeTools(template, first) }, { tools: summarizeTools(template, other) }], 'en');
    const rows = Object.fromEntries(cmp.groups.flatMap((g) => g.rows.map((r) => [r.label, r])));
    expect(rows['Fewest agents on the phones meeting the target'].values).toEqual(['57 (80/20)', '57 (80/20)']);
    expect(rows['Verdict on the offer']).toEqual({ label: 'Verdict on the offer', values: ['adequate', 'short'], warn: [false, true] });
    expect(rows['Seats counted / needed']).toEqual({ label: 'Seats counted / needed', values: ['45 / 60', '184 / 52'], warn: [true, false] });
    expect(rows['S/L stated / recomputed']).toEqual({ label: 'S/L stated / recomputed', values: ['90 % / 78 %', 'not done'], warn: [true, false] });
    expect(rows['Findings to look at'].values).toEqual(['5', 'not done']);
  });
});
