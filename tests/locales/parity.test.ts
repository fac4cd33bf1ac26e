import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../renderer/domain/template/schema';
import { NAMESPACES, RESOURCES, type Namespace } from '../../renderer/i18n/resources';
import { translator } from '../../renderer/i18n/instance';
import { formatQuantity } from '../../renderer/domain/verdict/reasons';
import { localizeUnit } from '../../renderer/domain/template/library';
import type { Lang, UnitText } from '../../renderer/domain/template/schema';

const ROOT = join(import.meta.dirname, '..', '..', 'locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]))].sort();
const files = (lang: string) => readdirSync(join(ROOT, lang)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
const read = (lang: string, ns: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, lang, `${ns}.json`), 'utf8'));

/** Keys grouped by their base (a plural key's forms together), with the forms each language gives. */
function groups(bundle: Record<string, unknown>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [key, value] of Object.entries(bundle)) {
    const form = PLURAL.exec(key)?.[1] ?? '';
    const base = form ? key.slice(0, -form.length - 1) : key;
    if (!out.has(base)) out.set(base, new Map());
    out.get(base)!.set(form, String(value));
  }
  return out;
}

describe('locales', () => {
  it('hold the same namespace files in every language, all of them loaded', () => {
    for (const lang of LANGS) expect(files(lang), lang).toEqual([...NAMESPACES].sort());
    for (const lang of LANGS) for (const ns of NAMESPACES) expect(RESOURCES[lang][ns], `${lang}/${ns}`).toEqual(read(lang, ns));
  });

  describe.each(NAMESPACES)('%s', (ns) => {
    const byLang = Object.fromEntries(LANGS.map((l) => [l, groups(read(l, ns))]));

    it('is flat text, nothing empty, no single-brace placeholder left from the old `fill()`', () => {
      for (const lang of LANGS) {
        for (const [key, value] of Object.entries(read(lang, ns))) {
          expect(typeof value, `${lang}/${ns}:${key}`).toBe('string');
          expect((value as string).trim(), `${lang}/${ns}:${key}`).not.toBe('');
          expect((value as string).replace(/\{\{[^}]*\}\}/g, ''), `${lang}/${ns}:${key}`).not.toMatch(/\{\w+\}/);
        }
      }
    });

    it('has the same keys in every language', () => {
      const keys = [...byLang.en.keys()].sort();
      expect(keys.length).toBeGreaterThan(0);
      for (const lang of LANGS) expect([...byLang[lang].keys()].sort(), lang).toEqual(keys);
    });

    it('uses the same placeholders in every language', () => {
      for (const [base, forms] of byLang.en) {
        const plural = !forms.has('');
        // A plural form may leave out {{count}} ("one seat"), so plural keys compare the other placeholders.
        const of = (f: Map<string, string> | undefined) =>
          [...new Set([...(f?.values() ?? [])].flatMap(placeholders))].filter((p) => !plural || p !== 'count').sort();
        for (const lang of LANGS) expect(of(byLang[lang].get(base)), `${lang}/${ns}:${base}`).toEqual(of(forms));
      }
    });

    it('gives every plural form each language needs, and none it does not have', () => {
      for (const lang of LANGS) {
        const needed = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
        for (const [base, forms] of byLang[lang]) {
          const plural = !forms.has('');
          if (plural) expect([...forms.keys()].sort(), `${lang}/${ns}:${base}`).toEqual(needed);
          // a key is either plural in every language or in none
          expect(!byLang.en.get(base)?.has(''), `${lang}/${ns}:${base} plural in en`).toBe(plural);
        }
      }
    });
  });
});

/*
 * Plurals (issue 9, defect 9: «102 мест», «24 раз в год»). Every text that prints a count next to a word that
 * agrees with it is a plural key, rendered here at the numbers where Slavic forms change.
 */
const NUMBERS = [1, 2, 5, 11, 21, 22, 25] as const;
/** CLDR's categories for these numbers, written out rather than asked of Intl, so a wrong rule shows. */
const EXPECTED: Record<Lang, Record<(typeof NUMBERS)[number], string>> = {
  ru: { 1: 'one', 2: 'few', 5: 'many', 11: 'many', 21: 'one', 22: 'few', 25: 'many' },
  uk: { 1: 'one', 2: 'few', 5: 'many', 11: 'many', 21: 'one', 22: 'few', 25: 'many' },
  en: { 1: 'one', 2: 'other', 5: 'other', 11: 'other', 21: 'other', 22: 'other', 25: 'other' },
};
/** Placeholders that never hold a quantity (names, dates, labels, identifiers like "photo 4" or "question 12"). */
const NOT_A_QUANTITY = new Set([
  'name', 'file', 'id', 'title', 'role', 'vendor', 'vendors', 'step', 'author', 'device', 'where', 'path', 'zone', 'at', 'date',
  'time', 'period', 'version', 'message', 'reason', 'category', 'categories', 'kind', 'action', 'why', 'q', 'op', 'tally', 'text',
  'formula', 'sl', 'status', 'site', 'template', 'target', 'by', 'photoId', 'visitId', 'variant', 'kept', 'other', 'since', 'until',
  'picked', 'inputs', 'judged', 'from', 'unit', 'quantity', 'part', 'label', 'value', 'headcount', 'offset', 'appVersion', 'number',
  'seconds', 'minutes', 'hours', 'percent', 'column', 'line', 'expected', 'recorded', 'ago', 'sha', 'zoneName', 'free', 'who',
]);
/** Words a number may stand before without agreeing: prepositions, conjunctions, abbreviations (мин, с, МБ, Эрл). */
const NEUTRAL_WORD = /^(of|from|to|and|or|per|at|in|on|by|more|а|и|і|й|та|з|із|из|от|до|по|в|у|на|за|о|або|или|не|ещё|ще|мин|хв|с|ч|год|дн|МБ|ГБ|MB|GB|min|s|h|E|Эрл|Ерл)$/i;
/**
 * Keys where a number sits before a word that does not agree with it: an ordinal label ("Фото 4 сохранено",
 * "Замер 2 шёл"), an adverb ("Выбрать 3 случайно") or an English adjective ("3 done, 2 open", "4 archived").
 */
const NOT_COUNT_BEARING = new Set([
  'photos:bar.saved', 'photos:bar.savedDamaged', 'report:trialResumedNote', 'visit:pick.button', 'visit:progress.line', 'visits:archivedCount',
]);

function countBearingProblems(ns: Namespace): string[] {
  const out: string[] = [];
  for (const lang of LANGS) {
    for (const [key, value] of Object.entries(read(lang, ns))) {
      if (PLURAL.test(key) || NOT_COUNT_BEARING.has(`${ns}:${key}`)) continue;
      for (const m of String(value).matchAll(/\{\{\s*(\w+)\s*\}\}[ \u00a0]+(\p{L}+)/gu)) {
        if (!NOT_A_QUANTITY.has(m[1]) && !NEUTRAL_WORD.test(m[2])) out.push(`${lang}/${ns}:${key} — “{{${m[1]}}} ${m[2]}” needs plural forms`);
      }
    }
  }
  return out;
}

describe('plural forms', () => {
  it('no count printed next to a word that agrees with it lacks plural forms, in any namespace', () => {
    expect(NAMESPACES.flatMap((ns) => countBearingProblems(ns))).toEqual([]);
  });

  describe.each(LANGS)('%s', (lang) => {
    it('renders every plural key at 1, 2, 5, 11, 21, 22 and 25 with the form CLDR gives that number', () => {
      let keys = 0;
      for (const ns of NAMESPACES) {
        const bundle = read(lang, ns);
        const t = translator(lang, ns) as unknown as (key: string, o: Record<string, unknown>) => string;
        for (const [base, forms] of groups(bundle)) {
          if (forms.has('')) continue;
          keys += 1;
          const names = [...new Set([...forms.values()].flatMap(placeholders))];
          for (const n of NUMBERS) {
            const params = Object.fromEntries(names.map((p) => [p, String(n)]));
            const expected = forms.get(EXPECTED[lang][n])!.replace(/\{\{\s*(\w+)\s*\}\}/g, String(n));
            expect(t(base, { ...params, count: n }), `${lang}/${ns}:${base} at ${n}`).toBe(expected);
          }
        }
      }
      expect(keys).toBeGreaterThan(40);
    });
  });

  it('says «место, места, мест» and «раз, раза, раз» the way a Russian reader does', () => {
    const seats = NUMBERS.map((n) => formatQuantity(n, 'seats', 'ru').replace('\u00a0', ' '));
    expect(seats).toEqual(['1 место', '2 места', '5 мест', '11 мест', '21 место', '22 места', '25 мест']);
    expect([1, 2, 5, 24].map((n) => formatQuantity(n, 'per-year', 'ru').replace('\u00a0', ' ')))
      .toEqual(['1 раз в год', '2 раза в год', '5 раз в год', '24 раза в год']);
    expect([1, 2, 5, 21].map((n) => formatQuantity(n, 'seats', 'uk').replace('\u00a0', ' '))).toEqual(['1 місце', '2 місця', '5 місць', '21 місце']);
    expect([1, 2, 21].map((n) => formatQuantity(n, 'seats', 'en').replace('\u00a0', ' '))).toEqual(['1 seat', '2 seats', '21 seats']);
    const perYear = translator('ru', 'visit');
    expect(perYear('claim.readAsPerYear', { count: 24, value: '24' })).toBe('Будет сравниваться как 24 раза в год');
    expect(perYear('claim.readAsPerYear', { count: 26, value: '26' })).toBe('Будет сравниваться как 26 раз в год');
    expect(translator('ru', 'packages')('content.frequency', { count: 2, period: 'месяц' })).toBe('2 раза в месяц');
  });
});

describe('template units', () => {
  const TEMPLATES = join(import.meta.dirname, '..', '..', 'templates');
  const units: { where: string; unit: UnitText }[] = [];
  const walk = (v: unknown, where: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'unit' && x && typeof x === 'object') units.push({ where: `${where}.unit`, unit: x as UnitText });
        else walk(x, `${where}.${k}`);
      }
    }
  };
  for (const f of readdirSync(TEMPLATES).filter((x) => x.endsWith('.json'))) walk(JSON.parse(readFileSync(join(TEMPLATES, f), 'utf8')), f);

  it('give a word unit the plural forms each language needs (a unit like "% a year" does not change)', () => {
    expect(units.length).toBeGreaterThan(5);
    for (const { where, unit } of units) {
      for (const lang of LANGS) {
        const v = unit[lang];
        if (typeof v === 'string') expect(v, `${where}.${lang} is a word and needs plural forms`).toMatch(/^[^\p{L}]/u);
        else expect(Object.keys(v).sort(), `${where}.${lang}`).toEqual([...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort());
      }
    }
  });

  it('print the form that agrees with the number', () => {
    const seats = units.find((u) => typeof u.unit.ru !== 'string' && u.unit.ru.one === 'место')!.unit;
    expect(NUMBERS.map((n) => `${n} ${localizeUnit(seats, 'ru', n)}`)).toEqual(['1 место', '2 места', '5 мест', '11 мест', '21 место', '22 места', '25 мест']);
    expect(NUMBERS.map((n) => `${n} ${localizeUnit(seats, 'uk', n)}`)).toEqual(['1 місце', '2 місця', '5 місць', '11 місць', '21 місце', '22 місця', '25 місць']);
    expect([1, 2].map((n) => `${n} ${localizeUnit(seats, 'en', n)}`)).toEqual(['1 seat', '2 seats']);
    expect(localizeUnit(seats, 'ru')).toBe('мест');
  });
});

describe('user terms', () => {
  it('no string sends the user to a file of the source repository (issue 9: the Library page named templates/README.md)', () => {
    const repoPath = /[\w-]+\/[\w./-]+\.(md|ts|tsx|json|js|mjs)\b|README/;
    for (const lang of LANGS) for (const ns of NAMESPACES) {
      for (const [key, value] of Object.entries(read(lang, ns))) expect(String(value), `${lang}/${ns}:${key}`).not.toMatch(repoPath);
    }
  });

  it('the Library tells how to add an own checklist by the button the user sees', () => {
    for (const lang of LANGS) {
      const lib = read(lang, 'library') as Record<string, string>;
      expect(lib.ownIntro, lang).toContain(lang === 'en' ? `“${lib.addFromFile}”` : `«${lib.addFromFile}»`);
    }
  });
});
