import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../../renderer/i18n/resources';

const PACKAGE_STRINGS = { ru: RESOURCES.ru.packages, uk: RESOURCES.uk.packages, en: RESOURCES.en.packages };

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const PLURAL = /_(one|few|many|other)$/;
/** A plural key's forms count as one key (ru/uk have four, en two), its text the `other` form. */
const bases = (b: Record<string, string>) => Object.fromEntries(Object.keys(b).filter((k) => !PLURAL.test(k) || k.endsWith('_other')).map((k) => [k.replace(PLURAL, ''), b[k]]));

describe('packages strings', () => {
  it('every language has the same keys, each filled, with the same placeholders', () => {
    const en = bases(PACKAGE_STRINGS.en);
    const keys = Object.keys(en).sort();
    for (const lang of ['ru', 'uk'] as const) {
      const of = bases(PACKAGE_STRINGS[lang]);
      expect(Object.keys(of).sort(), lang).toEqual(keys);
      for (const key of keys) {
        expect(of[key].trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(of[key]), `${lang} ${key}`).toEqual(placeholders(en[key]));
      }
    }
  });
});
