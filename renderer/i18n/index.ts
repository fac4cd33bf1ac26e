import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from '../domain/template/schema';
import { i18nOptions } from './options';

const LANG_KEY = 'siteproof.lang';

/** Russian is the default; the choice is remembered on this machine. */
export function initialLang(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Lang {
  const saved = storage?.getItem(LANG_KEY);
  return (LANGS as readonly string[]).includes(saved ?? '') ? (saved as Lang) : 'ru';
}

export function rememberLang(lang: Lang, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  storage?.setItem(LANG_KEY, lang);
}

// The UI's instance: the same options and `locales/` files as every other instance, plus React.
void i18next.use(initReactI18next).init(i18nOptions(initialLang()));

export async function setLang(lang: Lang): Promise<void> {
  rememberLang(lang);
  document.documentElement.lang = lang;
  await i18next.changeLanguage(lang);
}

export { i18next };
