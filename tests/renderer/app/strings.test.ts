import { describe, expect, it } from 'vitest';
import { i18next } from '../../../renderer/i18n';
import { LANGS } from '../../../renderer/domain/template/schema';

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe.each(['app', 'ui', 'visits', 'library', 'about'])('strings of %s', (ns) => {
  const bundles = Object.fromEntries(LANGS.map((l) => [l, i18next.getResourceBundle(l, ns) as Record<string, string>]));

  it('exist in every language with the same keys', () => {
    // Plural keys differ by language (ru/uk also have _few/_many): compared by their base; tests/locales checks the forms.
    const base = (l: string) => [...new Set(Object.keys(bundles[l]).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();
    const keys = base('en');
    expect(keys.length).toBeGreaterThan(0);
    for (const l of LANGS) expect(base(l), l).toEqual(keys);
  });

  it('have no empty text and the same placeholders in every language', () => {
    for (const key of Object.keys(bundles.en)) {
      for (const l of LANGS) {
        if (!(key in bundles[l])) continue;
        expect(bundles[l][key].trim(), `${ns}.${key} in ${l}`).not.toBe('');
        expect(placeholders(bundles[l][key]), `${ns}.${key} in ${l}`).toEqual(placeholders(bundles.en[key]));
      }
    }
  });

  it('are really translated: Russian and Ukrainian differ from English where the text is words', () => {
    const words = (s: string) => /[a-z]{4,}/i.test(s.replace(/\{\{[^}]*\}\}/g, ''));
    const same = Object.keys(bundles.en).filter((k) => words(bundles.en[k]) && (bundles.ru[k] === bundles.en[k] || bundles.uk[k] === bundles.en[k]));
    expect(same).toEqual(ns === 'app' ? ['appName'] : []);
  });
});
