import { describe, expect, it } from 'vitest';
import { neutralizeBidi } from '../../../../renderer/domain/text/bidi';
import { splitEvaluators, validateVisitDraft, emptyDraft } from '../../../../renderer/domain/visit';

describe('neutralizeBidi', () => {
  it('drops overrides, embeddings and isolates, and nothing else', () => {
    expect(neutralizeBidi('Evil\u202eDNUOS')).toBe('EvilDNUOS');
    expect(neutralizeBidi('a\u202ab\u202bc\u202cd\u202de\u2066f\u2067g\u2068h\u2069')).toBe('abcdefgh');
    const text = 'ТОВ «Контакт» مركز الاتصال שלום \u200f 😀';
    expect(neutralizeBidi(text)).toBe(text);
  });

  it('is applied to what a visit form saves', () => {
    expect(splitEvaluators('Olena\u202e, \u2067Ivan')).toEqual(['Olena', 'Ivan']);
    const v = validateVisitDraft({ ...emptyDraft(), template: 'callcenter-inbound@1.0.0', vendor: 'Evil\u202eDNUOS', site: '\u202dKyiv', dateFrom: '2025-04-14', targetCategory: 'B', projectSeats: '40', evaluators: 'Olena' }, [{ id: 'callcenter-inbound', version: '1.0.0' }]);
    expect(v.ok && [v.value.vendor, v.value.site]).toEqual(['EvilDNUOS', 'Kyiv']);
  });
});
