import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from '../domain/template/schema';

export type Strings = Record<string, string>;
export type FeatureStrings = Record<Lang, Strings>;

const LANG_KEY = 'siteproof.lang';

/** Russian is the default; the choice is remembered on this machine. */
export function initialLang(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Lang {
  const saved = storage?.getItem(LANG_KEY);
  return (LANGS as readonly string[]).includes(saved ?? '') ? (saved as Lang) : 'ru';
}

export function rememberLang(lang: Lang, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  storage?.setItem(LANG_KEY, lang);
}

void i18next.use(initReactI18next).init({
  lng: initialLang(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  resources: {},
  returnNull: false,
});

/**
 * Each feature owns its strings in a `strings.ts` beside it and registers them under its own namespace,
 * so features never edit each other's dictionaries.
 */
export function registerStrings(ns: string, strings: FeatureStrings): void {
  for (const lang of LANGS) i18next.addResourceBundle(lang, ns, strings[lang], true, true);
}

export async function setLang(lang: Lang): Promise<void> {
  rememberLang(lang);
  document.documentElement.lang = lang;
  await i18next.changeLanguage(lang);
}

export { i18next };
