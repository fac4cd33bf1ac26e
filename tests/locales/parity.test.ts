import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../renderer/domain/template/schema';
import { NAMESPACES, RESOURCES } from '../../renderer/i18n/resources';

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
