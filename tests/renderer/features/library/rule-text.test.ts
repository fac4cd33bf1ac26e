import { describe, expect, it } from 'vitest';
import { i18next } from '../../../../renderer/i18n';
import type { Question } from '../../../../renderer/domain/template/schema';
import { ruleText } from '../../../../renderer/features/library/rule-text';

const l = (text: string) => ({ ru: text, uk: text, en: text });
const question: Question = {
  id: 'seats', number: 1, categories: ['A', 'B', 'C'], title: l('Seats'), ask: l('How many?'), why: l('Size'),
  recommended: { A: l('>200'), B: l('>90'), C: l('2× project') }, claim: { type: 'number' },
  steps: [
    { id: 'walk', kind: 'observe', prompt: l('Walk around') },
    { id: 'count', kind: 'count', prompt: l('Count the seats'), unit: l('seats') },
  ],
  rule: {
    type: 'threshold', step: 'count', measure: 'total', unit: 'seats',
    bounds: { A: { op: '>', value: 200 }, B: { op: '>=', value: 90, partly: 80 }, C: { op: '>=', factor: 2, of: 'projectSeats' } },
  },
};

describe('ruleText', () => {
  it('names the step by its number and kind and states each bound in words', () => {
    const r = ruleText(i18next.getFixedT('en', 'library'), question, question.rule!, 'en');
    expect(r.intro).toBe('Total from step 2 (Count), in seats:');
    expect(r.bounds).toEqual([
      { category: 'A', text: 'more than 200' },
      { category: 'B', text: 'at least 90 (partly met: at least 80)' },
      { category: 'C', text: 'at least 2 × the client’s project seats' },
    ]);
  });

  it('speaks Russian and uses the Russian decimal comma', () => {
    const rule = { ...question.rule!, bounds: { A: { op: '<=' as const, value: 2.5 } } };
    const r = ruleText(i18next.getFixedT('ru', 'library'), question, rule, 'ru');
    expect(r.intro).toBe('Сумма по шагу 2 (Подсчёт), единицы: рабочие места:');
    expect(r.bounds).toEqual([{ category: 'A', text: 'не больше 2,5' }]);
  });
});
