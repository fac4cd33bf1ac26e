import { describe, expect, it } from 'vitest';
import { buildComparison, buildDossier, type ComparisonEntry } from '../../../../renderer/domain/dossier';
import type { Visit } from '../../../../renderer/domain/model';
import { bundle, constructedTemplate, evaluation, type EvalSpec } from './fixtures';

const t = constructedTemplate();
function entry(id: string, vendor: string, over: Partial<Visit> = {}, spec: EvalSpec = {}, template = t): ComparisonEntry {
  const b = bundle(template, { visit: { id, vendor, ...over } });
  return { template, bundle: b, evaluation: evaluation(template, b, spec) };
}
const opts = { lang: 'ru' as const, generatedAt: '2025-04-01T10:00:00.000Z' };

describe('buildComparison', () => {
  it('puts vendors side by side per question and per section with their verified category', () => {
    const r = buildComparison([
      entry('v1', 'ТОВ «Альфа»', { targetCategory: 'B' }),
      entry('v2', 'ООО «Бета»', { targetCategory: 'B' }, { verdicts: { seats: 'partly', turnover: 'not-met' } }),
      entry('v3', 'Gamma Ltd', { targetCategory: 'B' }, { verdicts: { 'kb-speed': 'not-verified' } }),
    ], opts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const m = r.model;
    expect(m.vendors.map((v) => [v.vendor, v.verified])).toEqual([['ТОВ «Альфа»', 'A'], ['ООО «Бета»', 'нет (не достигнута даже C)'], ['Gamma Ltd', 'C']]);
    const applicableB = t.sections.flatMap((s) => s.questions).filter((q) => q.categories.includes('B')).length;
    expect(m.vendors[0].score).toBe(`${applicableB}/${applicableB}`);
    expect(m.vendors[1].score).toBe(`${applicableB - 2}/${applicableB}`);
    const seats = m.sections[0].rows[0];
    expect(seats).toMatchObject({ number: 1, title: 'Количество рабочих мест операторов', verdicts: ['meets', 'partly', 'meets'] });
    expect(seats.texts[1]).toBe('Частично соответствует');
    const governance = m.sections[1];
    expect(governance.rows[0].verdicts).toEqual(['n/a', 'n/a', 'n/a']);
    expect(governance.totals).toEqual(['1/1', '1/1', '1/1']);
    expect(m.intro).toContain('для целевой категории B');
  });

  it('carries what page 1 of each vendor\'s own dossier says: the answer for the target and the questions in its way', () => {
    const entries = [
      entry('v1', 'ТОВ «Альфа»', { targetCategory: 'B' }),
      entry('v2', 'ООО «Бета»', { targetCategory: 'B' }, { verdicts: { seats: 'partly', turnover: 'not-met' } }),
    ];
    const r = buildComparison(entries, opts);
    if (!r.ok) throw new Error(r.error);
    expect(r.model.standing.head).toEqual(['Поставщик', 'Категория B', 'Что мешает категории B', 'Открытые расхождения', 'Ожидаемые доработки']);
    entries.forEach((e, i) => {
      const own = buildDossier({ ...e, lang: 'ru', generatedAt: opts.generatedAt, options: { includePhotos: false, showNotApplicable: false }, photoInfo: new Map() }).summary;
      expect(r.model.vendors[i]!.answer).toBe(own.answer.statusText);
      if (own.answer.blockers.length === 0) expect(r.model.vendors[i]!.blockers).toBe('Нет.');
      for (const b of own.answer.blockers) expect(r.model.vendors[i]!.blockers).toContain(`№ ${b.number} — ${b.verdictText}`);
    });
    expect(r.model.vendors[1]!.blockers).not.toBe('Нет.');
    expect(r.model.vendors[1]!.answer).not.toBe(r.model.vendors[0]!.answer);
  });

  it('refuses visits made with different templates or versions, naming them', () => {
    const other = { ...t, version: '1.1.0' };
    const r = buildComparison([entry('v1', 'A'), entry('v2', 'B', {}, {}, other)], { ...opts, lang: 'en' });
    expect(r).toEqual({ ok: false, error: expect.stringContaining('different templates (callcenter-inbound 1.0.0, callcenter-inbound 1.1.0)') });
  });

  it('refuses visits with different target categories', () => {
    const r = buildComparison([entry('v1', 'A', { targetCategory: 'A' }), entry('v2', 'B', { targetCategory: 'C' })], { ...opts, lang: 'uk' });
    expect(r).toEqual({ ok: false, error: 'У візитів різні цільові категорії (A, C); порівнювати можна лише візити з однією цільовою категорією.' });
  });

  it('refuses fewer than two visits and the same visit twice', () => {
    expect(buildComparison([entry('v1', 'A')], opts)).toEqual({ ok: false, error: 'Выберите хотя бы два визита для сравнения.' });
    expect(buildComparison([entry('v1', 'A'), entry('v1', 'A')], opts)).toEqual({ ok: false, error: 'Один и тот же визит выбран дважды (A).' });
  });
});
