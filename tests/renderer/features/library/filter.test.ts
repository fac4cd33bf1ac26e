import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../../../renderer/domain/template/validate';
import { filterLibrary } from '../../../../renderer/features/library/filter';

const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../templates/callcenter-inbound.json'), 'utf8')) as unknown;
const loaded = loadTemplate(raw, 'callcenter-inbound.json');
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const template = loaded.template;
const all = template.sections.flatMap((s) => s.questions);

describe('filterLibrary', () => {
  it('shows everything, grouped by section in template order, with no filter', () => {
    const r = filterLibrary(template, 'all', '', 'ru');
    expect(r.total).toBe(all.length);
    expect(r.shown).toBe(all.length);
    expect(r.sections.map((s) => s.section.id)).toEqual(template.sections.map((s) => s.id));
    expect(r.sections.flatMap((s) => s.questions.map((q) => q.id))).toEqual(all.map((q) => q.id));
  });

  it('keeps only the questions of the chosen category, and drops sections left empty', () => {
    for (const c of ['A', 'B', 'C'] as const) {
      const r = filterLibrary(template, c, '', 'en');
      const expected = all.filter((q) => q.categories.includes(c));
      expect(r.shown).toBe(expected.length);
      expect(r.sections.every((s) => s.questions.length > 0)).toBe(true);
      expect(r.sections.flatMap((s) => s.questions).every((q) => q.categories.includes(c))).toBe(true);
    }
    expect(filterLibrary(template, 'C', '', 'en').shown).toBeLessThan(filterLibrary(template, 'A', '', 'en').shown);
  });

  it('combines the category with the search', () => {
    const onlyA = all.find((q) => !q.categories.includes('C'))!;
    expect(filterLibrary(template, 'all', String(onlyA.number), 'uk').sections.flatMap((s) => s.questions.map((q) => q.id))).toContain(onlyA.id);
    expect(filterLibrary(template, 'C', String(onlyA.number), 'uk').sections.flatMap((s) => s.questions.map((q) => q.id))).not.toContain(onlyA.id);
    expect(filterLibrary(template, 'all', 'no-such-words-anywhere', 'en')).toMatchObject({ shown: 0, sections: [] });
  });
});
