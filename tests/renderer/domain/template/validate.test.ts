import { describe, expect, it } from 'vitest';
import { loadTemplate, loadTemplateText, loadTemplates } from '../../../../renderer/domain/template/validate';
import { tx, validTemplate, type RawQuestion, type RawRule, type RawTemplate } from './fixture';

const SRC = 'my-checklist.json';
type Mini = RawTemplate;
type AnyRecord = Record<string, unknown>;

/** Applies `edit` to a fresh valid template and returns the messages (empty when it still loads). */
function errorsAfter(edit: (t: Mini) => void): string[] {
  const t = validTemplate();
  edit(t);
  const r = loadTemplate(t, SRC);
  return r.ok ? [] : r.errors;
}
const seats = (t: Mini): RawQuestion & AnyRecord => t.sections[0].questions[0];
const kbTime = (t: Mini): RawQuestion & AnyRecord => t.sections[1].questions[0];
function ruleOf(q: RawQuestion): RawRule {
  if (!q.rule) throw new Error(`fixture question ${q.id} has no rule`);
  return q.rule;
}

describe('loadTemplate', () => {
  it('accepts the valid fixture', () => {
    const r = loadTemplate(validTemplate(), SRC);
    expect(r.ok ? r.template.id : r.errors).toBe('mini');
  });

  it('names file and field for a missing translation', () => {
    expect(errorsAfter((t) => { (seats(t).title as AnyRecord).uk = ''; })).toEqual([
      `${SRC}: sections[floor].questions[seats].title.uk: Ukrainian text is empty`,
    ]);
    const gone = errorsAfter((t) => { delete (t.sections[1].title as AnyRecord).en; });
    expect(gone).toHaveLength(1);
    expect(gone[0]).toMatch(/^my-checklist\.json: sections\[kb\]\.title\.en: /);
  });

  it('names file and field for an unknown step kind', () => {
    const errors = errorsAfter((t) => { (t.sections[0].questions[1].steps[0] as AnyRecord).kind = 'photo'; });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^my-checklist\.json: sections\[floor\]\.questions\[generator\]\.steps\[see\]\.kind: /);
    expect(errors[0]).toContain('call-test');
  });

  it('reports duplicate question, section and step ids, and reused numbers', () => {
    expect(errorsAfter((t) => { kbTime(t).id = 'seats'; })).toEqual([`${SRC}: sections[kb].questions[seats]: duplicate question id`]);
    expect(errorsAfter((t) => { t.sections[1].id = 'floor'; })).toEqual([`${SRC}: sections[floor]: duplicate section id`]);
    expect(errorsAfter((t) => { kbTime(t).steps[1].id = 'timed'; })).toEqual([`${SRC}: sections[kb].questions[kb-time].steps[timed]: duplicate step id`]);
    expect(errorsAfter((t) => { kbTime(t).number = 1; })).toEqual([`${SRC}: sections[kb].questions[kb-time].number: number 1 is used twice`]);
  });

  it('reports a rule pointing at a missing step', () => {
    expect(errorsAfter((t) => { ruleOf(seats(t)).step = 'tally'; })).toEqual([
      `${SRC}: sections[floor].questions[seats].rule.step: no step "tally" in this question`,
    ]);
  });

  it('reports a recommendation or bound for a category the question does not apply to', () => {
    expect(errorsAfter((t) => { (t.sections[0].questions[1].recommended as AnyRecord).B = tx('b'); })).toEqual([
      `${SRC}: sections[floor].questions[generator].recommended.B: the question does not apply to category B`,
    ]);
    expect(errorsAfter((t) => { (ruleOf(kbTime(t)).bounds as AnyRecord).C = { op: '<=', value: 20 }; })).toEqual([
      `${SRC}: sections[kb].questions[kb-time].rule.bounds.C: the question does not apply to category C`,
    ]);
    expect(errorsAfter((t) => { delete (kbTime(t).recommended as AnyRecord).B; })).toEqual([
      `${SRC}: sections[kb].questions[kb-time].recommended.B: missing recommendation for category B`,
    ]);
  });

  it('reports a bad JSON shape at the right path', () => {
    expect(errorsAfter((t) => { (t as AnyRecord).sections = 'none'; })).toEqual([`${SRC}: sections: Invalid input: expected array, received string`]);
    expect(errorsAfter((t) => { (t as AnyRecord).format = 'checklist'; })[0]).toMatch(/^my-checklist\.json: format: /);
    expect(errorsAfter((t) => { seats(t).extra = 1; })[0]).toMatch(/^my-checklist\.json: sections\[floor\]\.questions\[seats\]: .*extra/);
    const r = loadTemplate([1, 2], SRC);
    expect(r.ok ? [] : r.errors).toEqual([`${SRC}: (root): Invalid input: expected object, received array`]);
  });

  it('reports a bound with both value and factor, or a factor without what it is relative to', () => {
    expect(errorsAfter((t) => { ruleOf(seats(t)).bounds.C = { op: '>=', factor: 2, of: 'projectSeats', value: 3 } as never; })[0])
      .toBe(`${SRC}: sections[floor].questions[seats].rule.bounds.C: a bound has either value or factor, not both`);
    expect(errorsAfter((t) => { ruleOf(seats(t)).bounds.C = { op: '>=', factor: 2 } as never; })[0])
      .toBe(`${SRC}: sections[floor].questions[seats].rule.bounds.C: a relative bound names what it is relative to (of: "projectSeats")`);
  });

  describe('rule and step fit', () => {
    const at = `${SRC}: sections[kb].questions[kb-time].rule`;

    it('refuses a measure or unit the step cannot produce', () => {
      expect(errorsAfter((t) => { ruleOf(kbTime(t)).measure = 'total'; })).toEqual([`${at}: measure "total" does not fit a timer step (use median or mean or worst)`]);
      expect(errorsAfter((t) => { ruleOf(kbTime(t)).unit = 'percent'; })).toEqual([`${at}: unit "percent" does not fit step "timed" (use seconds)`]);
    });

    it('refuses a rule on a step that records no number or is optional', () => {
      expect(errorsAfter((t) => { ruleOf(kbTime(t)).step = 'agent'; })).toEqual([
        `${at}: step "agent" is optional; a rule needs a required step`,
        `${at}: interview step "agent" needs answerType "number" or "frequency" to feed a rule`,
      ]);
      expect(errorsAfter((t) => {
        (t.sections[0].questions[1] as AnyRecord).rule = { type: 'threshold', step: 'see', measure: 'value', unit: 'seats', bounds: { A: { op: '>', value: 0 } } };
      })).toEqual([`${SRC}: sections[floor].questions[generator].rule: step "see" is an observe step and records no number; rules work on count, timer, interview (number or frequency) and value steps`]);
    });

    it('ties per-year to frequency answers', () => {
      const errors = errorsAfter((t) => {
        const step = kbTime(t).steps[1] as AnyRecord;
        step.optional = false;
        step.answerType = 'number';
        Object.assign(ruleOf(kbTime(t)), { step: 'agent', measure: 'worst', unit: 'per-year' });
      });
      expect(errors).toEqual([`${at}: unit "per-year" needs answerType "frequency" on step "agent"`]);
    });

    it('refuses an empty rule and a partly band on the wrong side of its bound', () => {
      expect(errorsAfter((t) => { ruleOf(kbTime(t)).bounds = {} as never; })).toEqual([`${at}.bounds: a rule needs a bound for at least one category`]);
      expect(errorsAfter((t) => { (ruleOf(kbTime(t)).bounds.B as AnyRecord).partly = 10; })).toEqual([`${at}.bounds.B: partly (10) must be above value (15) for "<="`]);
      expect(errorsAfter((t) => { (ruleOf(seats(t)).bounds.A as AnyRecord).partly = 250; })).toEqual([
        `${SRC}: sections[floor].questions[seats].rule.bounds.A: partly (250) must be below value (200) for ">"`,
      ]);
      // On a relative bound, partly is a factor too: at least 2× meets, 1.5× to 2× partly meets.
      expect(errorsAfter((t) => { (ruleOf(seats(t)).bounds.C as AnyRecord).partly = 1.5; })).toEqual([]);
      expect(errorsAfter((t) => { (ruleOf(seats(t)).bounds.C as AnyRecord).partly = 3; })).toEqual([
        `${SRC}: sections[floor].questions[seats].rule.bounds.C: partly (3) must be below factor (2) for ">="`,
      ]);
    });
  });
});

describe('loadTemplateText', () => {
  it('parses text, tolerating a byte-order mark', () => {
    const r = loadTemplateText(`\uFEFF${JSON.stringify(validTemplate())}`, SRC);
    expect(r.ok).toBe(true);
  });

  it('names the file when the text is not JSON', () => {
    const r = loadTemplateText('{ "format": ', SRC);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors).toEqual([expect.stringMatching(/^my-checklist\.json: \(root\): not valid JSON \(/)]);
  });
});

describe('loadTemplates', () => {
  it('keeps the good templates and reports each broken one by file', () => {
    const other = validTemplate();
    other.id = 'other';
    const broken = validTemplate();
    (broken.sections[0].questions[0].title as AnyRecord).ru = ' ';
    const r = loadTemplates([
      { source: 'good.json', raw: validTemplate() },
      { source: 'broken.json', raw: broken },
      { source: 'garbage.json', raw: 'hello' },
      { source: 'other.json', raw: other },
    ]);
    expect(r.templates.map((t) => t.id)).toEqual(['mini', 'other']);
    expect(r.errors).toEqual([
      'broken.json: sections[floor].questions[seats].title.ru: Russian text is empty',
      'garbage.json: (root): Invalid input: expected object, received string',
    ]);
  });

  it('refuses a second template with the same id and version', () => {
    const newer = validTemplate();
    newer.version = '1.3.0';
    const r = loadTemplates([
      { source: 'a.json', raw: validTemplate() },
      { source: 'b.json', raw: validTemplate() },
      { source: 'c.json', raw: newer },
    ]);
    expect(r.templates.map((t) => t.version)).toEqual(['1.2.3', '1.3.0']);
    expect(r.errors).toEqual(['b.json: id: template "mini" version 1.2.3 is already loaded from a.json']);
  });
});
