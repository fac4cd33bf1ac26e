import { describeTemplateIssue } from '../../../../renderer/domain/template/validate';
import { describe, expect, it } from 'vitest';
import type { Template } from '../../../../renderer/domain/template/schema';
import { loadTemplate } from '../../../../renderer/domain/template/validate';
import { combineTemplates, findTemplate, resolveEntry, routeValue, type StoredTemplateLike } from '../../../../renderer/domain/template/registry';
import { templates as shipped } from '../../../../renderer/db/shipped-templates';
import { miniTemplate } from './mini-template';

function stored(raw: Record<string, unknown>, addedAt: string, fileName?: string): StoredTemplateLike {
  const key = `${String(raw.id)}@${String(raw.version)}`;
  return { key, id: String(raw.id), version: String(raw.version), raw, addedAt, ...(fileName ? { fileName } : {}) };
}

function valid(raw: Record<string, unknown>): Template {
  const r = loadTemplate(raw, 'test.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.template;
}

describe('combineTemplates', () => {
  it('lists shipped templates first, unchanged, then own ones in the order they were added', () => {
    const later = stored(miniTemplate({ version: '2.0.0' }), '2025-03-02T10:00:00.000Z', 'quick-2.json');
    const earlier = stored(miniTemplate(), '2025-03-01T10:00:00.000Z', 'quick.json');
    const r = combineTemplates(shipped, [later, earlier]);
    expect(r.errors).toEqual([]);
    expect(r.broken).toEqual([]);
    expect(r.templates.slice(0, shipped.length)).toEqual([...shipped]);
    expect(r.entries.map((e) => [e.key, e.origin])).toEqual([
      ...shipped.map((t) => [`${t.id}@${t.version}`, 'shipped']),
      ['quick-visit@1.0.0', 'own'],
      ['quick-visit@2.0.0', 'own'],
    ]);
    expect(r.entries.at(-1)).toMatchObject({ fileName: 'quick-2.json', addedAt: '2025-03-02T10:00:00.000Z' });
    expect(r.templates.at(-2)).toEqual(valid(miniTemplate()));
  });

  it('with nothing stored gives exactly the shipped templates', () => {
    const r = combineTemplates(shipped, []);
    expect(r.templates).toEqual([...shipped]);
    expect(r.entries.every((e) => e.origin === 'shipped')).toBe(true);
  });

  it('reports a stored template that no longer validates, by file and field, and keeps the others', () => {
    const bad = miniTemplate({ id: 'bad-one' });
    (bad.sections as { questions: { title: Record<string, string> }[] }[])[0].questions[0].title.uk = '';
    const r = combineTemplates(shipped, [stored(bad, '2025-03-01T10:00:00.000Z', 'bad.json'), stored(miniTemplate(), '2025-03-02T10:00:00.000Z')]);
    expect(r.templates.map((t) => t.id)).toContain('quick-visit');
    expect(r.templates.map((t) => t.id)).not.toContain('bad-one');
    expect(r.broken).toHaveLength(1);
    expect(r.broken[0]).toMatchObject({ key: 'bad-one@1.0.0', source: 'bad.json' });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^bad\.json: sections\[floor\]\.questions\[agent-seats\]\.title\.uk: /);
  });

  it('names a stored record without a file name by its key, and does not crash on junk', () => {
    const junk: StoredTemplateLike = { key: 'junk@1.0.0', id: 'junk', version: '1.0.0', raw: 'not an object', addedAt: '2025-03-01T10:00:00.000Z' };
    const r = combineTemplates(shipped, [junk]);
    expect(r.templates).toEqual([...shipped]);
    expect(r.broken.map((b) => b.key)).toEqual(['junk@1.0.0']);
    expect(r.errors[0]).toMatch(/^junk@1\.0\.0: /);
  });

  it('uses the shipped template when a stored one has the same id and version, and says so', () => {
    const s = shipped[0];
    const copy = { ...(JSON.parse(JSON.stringify(s)) as Record<string, unknown>) };
    const r = combineTemplates(shipped, [stored(copy, '2025-03-01T10:00:00.000Z', 'copy.json')]);
    expect(r.templates).toEqual([...shipped]);
    expect(r.broken.map((b) => b.key)).toEqual([`${s.id}@${s.version}`]);
    expect(r.errors).toEqual([`copy.json: id: template "${s.id}" version ${s.version} is also shipped with the app; the shipped one is used`]);
  });

  it('words a clash with a shipped template and a mismatched key in the UI language', () => {
    const s = shipped[0];
    const copy = { ...(JSON.parse(JSON.stringify(s)) as Record<string, unknown>) };
    const clash = combineTemplates(shipped, [stored(copy, '2025-03-01T10:00:00.000Z', 'copy.json')]).broken[0]!;
    expect(describeTemplateIssue(clash.issues[0]!, 'ru')).toBe(`copy.json: id: чек-лист «${s.id}» версии ${s.version} уже есть в приложении; используется встроенный`);
    const moved = combineTemplates([], [{ ...stored(miniTemplate(), '2025-03-01T10:00:00.000Z'), key: 'other@1.0.0' }]).broken[0]!;
    expect(describeTemplateIssue(moved.issues[0]!, 'uk')).toBe('other@1.0.0: id: у файлі зазначено «quick-visit@1.0.0», а збережено його як «other@1.0.0»');
    expect(describeTemplateIssue(moved.issues[0]!, 'en')).toBe(moved.errors[0]);
  });

  it('refuses a record whose content does not match its key', () => {
    const r = combineTemplates([], [{ ...stored(miniTemplate(), '2025-03-01T10:00:00.000Z'), key: 'other@1.0.0' }]);
    expect(r.templates).toEqual([]);
    expect(r.errors).toEqual(['other@1.0.0: id: the file says "quick-visit@1.0.0" but it was stored as "other@1.0.0"']);
  });
});

describe('findTemplate', () => {
  const list = combineTemplates(shipped, [
    stored(miniTemplate(), '2025-03-01T10:00:00.000Z'),
    stored(miniTemplate({ version: '1.1.0' }), '2025-03-02T10:00:00.000Z'),
  ]).templates;

  it('matches id and version exactly', () => {
    expect(findTemplate(list, 'quick-visit', '1.1.0')?.version).toBe('1.1.0');
    expect(findTemplate(list, 'quick-visit', '1.0.0')?.version).toBe('1.0.0');
    expect(findTemplate(list, shipped[0].id, shipped[0].version)).toBe(shipped[0]);
  });

  it('finds nothing for another version or an unknown id', () => {
    expect(findTemplate(list, 'quick-visit', '9.9.9')).toBeUndefined();
    expect(findTemplate(list, 'nope', '1.0.0')).toBeUndefined();
  });
});

describe('library address', () => {
  const { entries } = combineTemplates(shipped, [
    stored(miniTemplate(), '2025-03-01T10:00:00.000Z'),
    stored(miniTemplate({ version: '1.1.0' }), '2025-03-02T10:00:00.000Z'),
  ]);

  it('keeps the plain id for a template whose id is unique, id@version otherwise', () => {
    expect(routeValue(entries[0], entries)).toBe(shipped[0].id);
    const own = entries.filter((e) => e.origin === 'own');
    expect(own.map((e) => routeValue(e, entries))).toEqual(['quick-visit@1.0.0', 'quick-visit@1.1.0']);
  });

  it('resolves a key, then an id, else falls back to the first template', () => {
    expect(resolveEntry(entries, 'quick-visit@1.1.0')?.template.version).toBe('1.1.0');
    expect(resolveEntry(entries, 'quick-visit')?.template.version).toBe('1.0.0');
    expect(resolveEntry(entries, shipped[1].id)?.template).toBe(shipped[1]);
    expect(resolveEntry(entries, 'unknown')).toBe(entries[0]);
    expect(resolveEntry(entries, undefined)).toBe(entries[0]);
    expect(resolveEntry([], 'x')).toBeUndefined();
  });
});
