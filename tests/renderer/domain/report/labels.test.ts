import { describe, expect, it } from 'vitest';
import { INDICATORS, definitionFormula, indicatorName } from '../../../../renderer/domain/report';
import { LANGS } from '../../../../renderer/domain/template/schema';

describe('indicator and formula labels', () => {
  it('names every indicator in every language, each name once', () => {
    for (const lang of LANGS) {
      const names = INDICATORS.map((i) => indicatorName(i.id, lang));
      expect(names.every((n) => n.trim().length > 0)).toBe(true);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('words every definition in Russian and Ukrainian, not by falling back to English', () => {
    for (const ind of INDICATORS) {
      for (const d of ind.definitions) {
        expect(definitionFormula(ind.id, d.id, 'en')).toBe(d.formula);
        for (const lang of ['ru', 'uk'] as const) {
          const text = definitionFormula(ind.id, d.id, lang);
          expect(text, `${ind.id}.${d.id} in ${lang}`).not.toBe(d.formula);
          expect(text).toMatch(/[а-яіїєґ]/i);
        }
      }
    }
    expect(definitionFormula('serviceLevel', 'interval-mean', 'uk')).toBe('незважене середнє за інтервалами');
  });
});
