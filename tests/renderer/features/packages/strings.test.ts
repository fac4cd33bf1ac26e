import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../../renderer/i18n/resources';

const PACKAGE_STRINGS = { ru: RESOURCES.ru.packages, uk: RESOURCES.uk.packages, en: RESOURCES.en.packages };

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('packages strings', () => {
  it('every language has the same keys, each filled, with the same placeholders', () => {
    const keys = Object.keys(PACKAGE_STRINGS.en).sort();
    for (const lang of ['ru', 'uk'] as const) {
      expect(Object.keys(PACKAGE_STRINGS[lang]).sort(), lang).toEqual(keys);
      for (const key of keys) {
        expect(PACKAGE_STRINGS[lang][key].trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(PACKAGE_STRINGS[lang][key]), `${lang} ${key}`).toEqual(placeholders(PACKAGE_STRINGS.en[key]));
      }
    }
  });
});
