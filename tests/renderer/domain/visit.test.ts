import { describe, expect, it } from 'vitest';
import {
  draftFromFields, emptyDraft, isIsoDate, parseTemplateKey, splitEvaluators, templateKey, validateVisitDraft, validateVisitFields, visitChanges,
  type VisitDraft,
} from '../../../renderer/domain/visit';

const templates = [{ id: 'cc-inbound', version: '1.0.0' }];
const good: VisitDraft = {
  template: 'cc-inbound@1.0.0', vendor: ' Acme ', site: 'Kyiv', dateFrom: '2025-03-10', dateTo: '', evaluators: 'Olena, Ivan\nPetro;',
  targetCategory: 'B', projectSeats: ' 40 ', claimedCategory: '',
};

describe('validateVisitDraft', () => {
  it('turns a valid draft into trimmed visit fields', () => {
    expect(validateVisitDraft(good, templates)).toEqual({
      ok: true,
      value: {
        templateId: 'cc-inbound', templateVersion: '1.0.0', vendor: 'Acme', site: 'Kyiv', dateFrom: '2025-03-10', dateTo: undefined,
        evaluators: ['Olena', 'Ivan', 'Petro'], targetCategory: 'B', projectSeats: 40, claimedCategory: undefined,
      },
    });
  });

  it('names every missing required field', () => {
    const r = validateVisitDraft(emptyDraft(), templates);
    expect(r).toEqual({
      ok: false,
      errors: { template: 'required', vendor: 'required', site: 'required', dateFrom: 'required', evaluators: 'required', targetCategory: 'required', projectSeats: 'required' },
    });
  });

  it.each([
    [{ template: 'other@1.0.0' }, { template: 'unknown-template' }],
    [{ template: 'garbage' }, { template: 'unknown-template' }],
    [{ vendor: 'x'.repeat(201) }, { vendor: 'too-long' }],
    [{ dateFrom: '2025-02-30' }, { dateFrom: 'invalid-date' }],
    [{ dateFrom: '10.03.2025' }, { dateFrom: 'invalid-date' }],
    [{ dateTo: '2025-03-09' }, { dateTo: 'date-order' }],
    [{ dateTo: '2025-13-01' }, { dateTo: 'invalid-date' }],
    [{ evaluators: 'Olena, olena' }, { evaluators: 'duplicate-evaluator' }],
    [{ evaluators: ' , ;\n' }, { evaluators: 'required' }],
    [{ targetCategory: 'D' }, { targetCategory: 'invalid-category' }],
    [{ projectSeats: '12.5' }, { projectSeats: 'not-integer' }],
    [{ projectSeats: 'forty' }, { projectSeats: 'not-integer' }],
    [{ projectSeats: '0' }, { projectSeats: 'not-positive' }],
    [{ projectSeats: '-3' }, { projectSeats: 'not-positive' }],
    [{ projectSeats: '1000000' }, { projectSeats: 'too-large' }],
    [{ claimedCategory: 'Z' }, { claimedCategory: 'invalid-category' }],
  ])('rejects %o with %o', (patch, errors) => {
    expect(validateVisitDraft({ ...good, ...patch }, templates)).toEqual({ ok: false, errors });
  });

  it('accepts the same day as start and end, and a claimed category', () => {
    const r = validateVisitDraft({ ...good, dateTo: '2025-03-10', claimedCategory: 'A' }, templates);
    expect(r.ok && r.value).toMatchObject({ dateTo: '2025-03-10', claimedCategory: 'A' });
  });
});

describe('helpers', () => {
  it('round-trips fields through a draft', () => {
    const r = validateVisitDraft(good, templates);
    if (!r.ok) throw new Error('expected valid');
    expect(validateVisitDraft(draftFromFields(r.value), templates)).toEqual(r);
    expect(validateVisitFields(r.value)).toEqual(r);
  });
  it('parses template keys and evaluator lists', () => {
    expect(parseTemplateKey(templateKey({ id: 'a-b', version: '1.2.3' }))).toEqual({ id: 'a-b', version: '1.2.3' });
    expect(parseTemplateKey('@1')).toBeNull();
    expect(parseTemplateKey('a@')).toBeNull();
    expect(splitEvaluators('  Olena   Koval ,\n\nIvan;')).toEqual(['Olena Koval', 'Ivan']);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });
  it('lists changed fields only', () => {
    const r = validateVisitDraft(good, templates);
    if (!r.ok) throw new Error('expected valid');
    expect(visitChanges(r.value, { ...r.value, site: 'Lviv', dateTo: '2025-03-12' })).toEqual({
      site: { from: 'Kyiv', to: 'Lviv' }, dateTo: { from: null, to: '2025-03-12' },
    });
    expect(visitChanges(r.value, { ...r.value })).toEqual({});
  });
});
