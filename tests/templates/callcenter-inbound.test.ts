import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTemplateText } from '../../renderer/domain/template/validate';
import { allQuestions } from '../../renderer/domain/template/library';
import { LANGS, type Bound, type Category, type Localized, type Step, type Template } from '../../renderer/domain/template/schema';

const FILE = 'templates/callcenter-inbound.json';

function load(): Template {
  const r = loadTemplateText(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8'), FILE);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.template;
}

const t = load();
const questions = allQuestions(t);
const byId = new Map(questions.map((q) => [q.id, q]));
const q = (id: string) => {
  const found = byId.get(id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};
const stepsOf = (id: string, kind: Step['kind']) => q(id).steps.filter((s) => s.kind === kind);
const ruleStep = (id: string) => q(id).steps.find((s) => s.id === q(id).rule?.step);

// From the methodology table (seed 000): "Все категории" = A, B, C.
const ALL: Category[] = ['A', 'B', 'C'];
const AB: Category[] = ['A', 'B'];
const A: Category[] = ['A'];
const EXPECTED: [number, string, string, Category[]][] = [
  [1, 'company', 'agent-seats', ALL],
  [2, 'governance', 'corporate-values', A],
  [3, 'governance', 'top-management', AB],
  [4, 'recruitment', 'candidate-requirements', ALL],
  [5, 'recruitment', 'selection-process', ALL],
  [6, 'training', 'induction-training', ALL],
  [7, 'training', 'training-strategy', AB],
  [8, 'training', 'additional-development', A],
  [9, 'supervisors', 'agents-per-supervisor', ALL],
  [10, 'supervisors', 'one-to-one-frequency', ALL],
  [11, 'supervisors', 'calls-evaluated-before-one-to-one', ALL],
  [12, 'supervisors', 'supervisor-group-meetings', ALL],
  [13, 'supervisors', 'informal-team-meetings', A],
  [14, 'motivation', 'staff-turnover', ALL],
  [15, 'motivation', 'loyalty-programmes', AB],
  [16, 'motivation', 'staff-satisfaction-surveys', A],
  [17, 'quality', 'knowledge-testing-frequency', AB],
  [18, 'quality', 'client-knowledge-standard', A],
  [19, 'quality', 'knowledge-testing-tool', A],
  [20, 'quality', 'fcr-csat-methodology', AB],
  [21, 'quality', 'automated-csat', A],
  [22, 'it', 'call-center-platform', AB],
  [23, 'it', 'vendor-support-contract', A],
  [24, 'it', 'call-recording', ALL],
  [25, 'it', 'screen-recording', A],
  [26, 'it', 'diesel-generator', A],
  [27, 'security', 'infosec-standard', A],
  [28, 'security', 'infosec-policies-known', A],
  [29, 'knowledge-base', 'knowledge-base-tool', ALL],
  [30, 'knowledge-base', 'kb-search-time', AB],
  [31, 'analytics', 'workforce-management', A],
  [32, 'analytics', 'real-time-monitoring', A],
  [33, 'account', 'account-manager', ALL],
];

function localizedIn(value: unknown, path: string, out: { path: string; l: Localized }[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => localizedIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort().join(',');
    if (keys === 'en,ru,uk') out.push({ path, l: value as Localized });
    else for (const [k, v] of Object.entries(value)) localizedIn(v, `${path}.${k}`, out);
  }
}

describe('callcenter-inbound template', () => {
  it('identifies itself', () => {
    expect(t.format).toBe('siteproof-template');
    expect(t.formatVersion).toBe(1);
    expect(t.id).toBe('callcenter-inbound');
    expect(t.version).toBe('1.0.0');
  });

  it('asks for copies of the support contract and the ISO 27001 certificate, and checks the standard', () => {
    const doc = (id: string) => q(id).steps.find((st) => st.kind === 'document');
    expect(doc('vendor-support-contract')).toMatchObject({ copy: true });
    expect(doc('infosec-standard')).toMatchObject({ copy: true, standard: 'ISO 27001' });
  });

  it('"2–3 random agents" steps need at least two respondents', () => {
    for (const [id, step] of [['candidate-requirements', 'check-agents'], ['one-to-one-frequency', 'ask-agents'], ['calls-evaluated-before-one-to-one', 'ask-agents']]) {
      expect(q(id).steps.find((st) => st.id === step), id).toMatchObject({ kind: 'interview', respondents: 3, minRespondents: 2 });
    }
  });

  it('the generator question records which rooms it powers and whether the project’s room is one of them', () => {
    expect(q('diesel-generator').steps.map((st) => [st.id, st.kind, st.kind === 'value' ? st.valueType : ''])).toEqual([
      ['see-generator', 'observe', ''], ['powered-rooms', 'value', 'text'], ['powers-project-room', 'value', 'yes-no'],
    ]);
  });

  it('has the 12 sections of the methodology in order', () => {
    expect(t.sections.map((s) => s.id)).toEqual([
      'company', 'governance', 'recruitment', 'training', 'supervisors', 'motivation',
      'quality', 'it', 'security', 'knowledge-base', 'analytics', 'account',
    ]);
  });

  it('has exactly 33 questions numbered 1..33 in order', () => {
    expect(questions).toHaveLength(33);
    expect(questions.map((x) => x.number)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
  });

  it.each(EXPECTED)('question %i sits in %s as %s with the seed\'s categories', (number, sectionId, id, categories) => {
    const found = questions.find((x) => x.number === number);
    expect(found?.id).toBe(id);
    expect(found?.sectionId).toBe(sectionId);
    expect(found?.categories).toEqual(categories);
    expect(Object.keys(found?.recommended ?? {}).sort()).toEqual(categories);
  });

  it('fills every text in all three languages, with Russian and Ukrainian differing from English', () => {
    const texts: { path: string; l: Localized }[] = [];
    localizedIn(t, 't', texts);
    // title, description, 12 section titles, 33 × (title, ask, why) at least
    expect(texts.length).toBeGreaterThan(2 + 12 + 33 * 3);
    // A unit gives its plural forms ({ one, few, many, other }): every form is checked like a text.
    const text = (v: unknown): string => (typeof v === 'string' ? v : Object.values(v as Record<string, string>).join('|'));
    for (const { path, l } of texts) {
      for (const lang of LANGS) expect(text(l[lang]).trim(), `${path}.${lang}`).not.toBe('');
      expect(text(l.ru), `${path}: ru equals en`).not.toBe(text(l.en));
      expect(text(l.uk), `${path}: uk equals en`).not.toBe(text(l.en));
    }
  });

  it('uses kebab-case ids that are unique', () => {
    expect(new Set(questions.map((x) => x.id)).size).toBe(33);
    for (const x of questions) expect(x.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  describe('rules', () => {
    const bounds = (id: string) => q(id).rule?.bounds ?? {};
    const abs = (op: Bound['op'], value: number, partly?: number): Bound => (partly === undefined ? { op, value } : { op, value, partly });

    it('seats: counted by zone, total; A > 200, B > 90, C at least twice the project', () => {
      const r = q('agent-seats').rule;
      expect(r).toMatchObject({ type: 'threshold', measure: 'total', unit: 'seats' });
      expect(ruleStep('agent-seats')).toMatchObject({ kind: 'count', zones: true });
      expect(bounds('agent-seats')).toEqual({ A: abs('>', 200), B: abs('>', 90), C: { op: '>=', factor: 2, of: 'projectSeats' } });
    });

    it('agents per supervisor: one random supervisor, worst answer; 15 / 20 / 25', () => {
      expect(q('agents-per-supervisor').rule).toMatchObject({ measure: 'worst', unit: 'agents' });
      expect(ruleStep('agents-per-supervisor')).toMatchObject({ kind: 'interview', role: 'supervisor', respondents: 1, answerType: 'number' });
      expect(bounds('agents-per-supervisor')).toEqual({ A: abs('<=', 15), B: abs('<=', 20), C: abs('<=', 25) });
    });

    it('one-to-one: 2–3 agents, worst answer per year; every two weeks or twice a month (24/yr) for A/B, monthly for C', () => {
      expect(q('one-to-one-frequency').rule).toMatchObject({ measure: 'worst', unit: 'per-year' });
      const s = ruleStep('one-to-one-frequency');
      expect(s).toMatchObject({ kind: 'interview', role: 'agent', answerType: 'frequency' });
      expect(s?.kind === 'interview' && s.respondents).toBeGreaterThanOrEqual(2);
      expect(s?.kind === 'interview' && s.respondents).toBeLessThanOrEqual(3);
      expect(bounds('one-to-one-frequency')).toEqual({ A: abs('>=', 24), B: abs('>=', 24), C: abs('>=', 12) });
      expect(stepsOf('one-to-one-frequency', 'document')).toEqual([expect.objectContaining({ docType: 'form' })]);
    });

    it('calls scored before a one-to-one: at least 5 for every category, from agents\' numbers', () => {
      expect(q('calls-evaluated-before-one-to-one').rule).toMatchObject({ measure: 'worst', unit: 'calls' });
      expect(ruleStep('calls-evaluated-before-one-to-one')).toMatchObject({ kind: 'interview', answerType: 'number' });
      expect(bounds('calls-evaluated-before-one-to-one')).toEqual({ A: abs('>=', 5), B: abs('>=', 5), C: abs('>=', 5) });
    });

    it('team meetings monthly for all; informal outings quarterly for A', () => {
      expect(q('supervisor-group-meetings').rule).toMatchObject({ unit: 'per-year' });
      expect(bounds('supervisor-group-meetings')).toEqual({ A: abs('>=', 12), B: abs('>=', 12), C: abs('>=', 12) });
      expect(q('informal-team-meetings').rule).toMatchObject({ unit: 'per-year' });
      expect(bounds('informal-team-meetings')).toEqual({ A: abs('>=', 4) });
      expect(ruleStep('supervisor-group-meetings')).toMatchObject({ kind: 'interview', answerType: 'frequency' });
      expect(ruleStep('informal-team-meetings')).toMatchObject({ kind: 'interview', answerType: 'frequency' });
    });

    it('turnover: stated percent; at most 50% for A/B, 60% for C', () => {
      expect(q('staff-turnover').rule).toMatchObject({ measure: 'value', unit: 'percent' });
      expect(ruleStep('staff-turnover')).toMatchObject({ kind: 'value', valueType: 'percent' });
      expect(bounds('staff-turnover')).toEqual({ A: abs('<=', 50), B: abs('<=', 50), C: abs('<=', 60) });
    });

    it('staff surveys yearly (A) and knowledge tests quarterly (A, B)', () => {
      expect(q('staff-satisfaction-surveys').rule).toMatchObject({ unit: 'per-year' });
      expect(bounds('staff-satisfaction-surveys')).toEqual({ A: abs('>=', 1) });
      expect(q('knowledge-testing-frequency').rule).toMatchObject({ unit: 'per-year' });
      expect(bounds('knowledge-testing-frequency')).toEqual({ A: abs('>=', 4), B: abs('>=', 4) });
    });

    it('knowledge base search: the mean of timed trials (the seed asks for the average), at most 15 seconds for A/B', () => {
      expect(q('kb-search-time').rule).toMatchObject({ measure: 'mean', unit: 'seconds' });
      const s = ruleStep('kb-search-time');
      expect(s?.kind).toBe('timer');
      expect(s?.kind === 'timer' && s.trials).toBeGreaterThanOrEqual(3);
      expect(bounds('kb-search-time')).toEqual({ A: abs('<=', 15), B: abs('<=', 15) });
    });

    it('only the questions the seed quantifies carry a rule', () => {
      expect(questions.filter((x) => x.rule).map((x) => x.id).sort()).toEqual([
        'agent-seats', 'agents-per-supervisor', 'calls-evaluated-before-one-to-one', 'informal-team-meetings',
        'kb-search-time', 'knowledge-testing-frequency', 'one-to-one-frequency', 'staff-satisfaction-surveys',
        'staff-turnover', 'supervisor-group-meetings',
      ]);
    });

    it('frequency rules read frequency answers and claims', () => {
      for (const x of questions.filter((y) => y.rule?.unit === 'per-year')) expect(x.claim.type, x.id).toBe('frequency');
    });
  });

  describe('verification steps', () => {
    it('corporate values: two random agents against the document, values on the wall, one example', () => {
      const interviews = stepsOf('corporate-values', 'interview');
      expect(interviews).toHaveLength(2);
      expect(interviews[0]).toMatchObject({ role: 'agent', respondents: 2 });
      expect(interviews[0].kind === 'interview' && interviews[0].reference?.en).toMatch(/document/i);
      expect(interviews[1]).toMatchObject({ respondents: 1 });
      expect(stepsOf('corporate-values', 'observe')).toHaveLength(1);
    });

    it('call recording is checked with a test call', () => {
      expect(stepsOf('call-recording', 'call-test')).toHaveLength(1);
    });

    it('ISO 27001: the certificate with standard, issuer, number, scope and expiry', () => {
      const [d] = stepsOf('infosec-standard', 'document');
      expect(d).toMatchObject({ docType: 'certificate' });
      expect(d.kind === 'document' && d.fields).toEqual(['standard', 'issuer', 'number', 'scope', 'validUntil']);
      expect(q('infosec-standard').recommended.A?.en).toContain('ISO 27001');
    });

    it.each([
      ['diesel-generator', 'observe'],
      ['workforce-management', 'demo'],
      ['screen-recording', 'demo'],
      ['fcr-csat-methodology', 'demo'],
      ['automated-csat', 'demo'],
      ['knowledge-base-tool', 'demo'],
      ['knowledge-base-tool', 'observe'],
      ['vendor-support-contract', 'document'],
      ['top-management', 'document'],
      ['call-center-platform', 'observe'],
      ['staff-turnover', 'document'],
    ] as const)('%s has a required %s step', (id, kind) => {
      expect(stepsOf(id, kind).filter((s) => !s.optional).length).toBeGreaterThan(0);
    });

    it('support contract records who, which and until when', () => {
      const [d] = stepsOf('vendor-support-contract', 'document');
      expect(d).toMatchObject({ docType: 'contract' });
      expect(d.kind === 'document' && d.fields).toContain('validUntil');
    });

    it('account manager and monitoring staff are interviewed in their roles', () => {
      expect(stepsOf('account-manager', 'interview')[0]).toMatchObject({ role: 'account-manager' });
      expect(stepsOf('real-time-monitoring', 'interview')[0]).toMatchObject({ role: 'monitoring' });
    });

    it('every question has at least one required step, and call-tests are only used for recordings', () => {
      for (const x of questions) expect(x.steps.some((s) => !s.optional), x.id).toBe(true);
      expect(questions.filter((x) => x.steps.some((s) => s.kind === 'call-test')).map((x) => x.id)).toEqual(['call-recording']);
    });

    it('interviews that feed no rule carry a reference answer to judge against', () => {
      for (const x of questions) {
        for (const s of x.steps) {
          if (s.kind === 'interview' && !s.answerType) expect(s.reference, `${x.id}/${s.id}`).toBeDefined();
        }
      }
    });
  });

  it('claims use a type that fits the rule', () => {
    expect(q('agent-seats').claim.type).toBe('number');
    expect(q('staff-turnover').claim.type).toBe('percent');
    expect(q('kb-search-time').claim.type).toBe('number');
    expect(q('call-recording').claim.type).toBe('yes-no');
  });
});
