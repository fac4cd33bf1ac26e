import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from '../domain/template/schema';
import { readLang, saveLang } from '../db/ui-state';
import { i18nOptions } from './options';

const LANG_KEY = 'siteproof.lang';

const isLang = (x: unknown): x is Lang => typeof x === 'string' && (LANGS as readonly string[]).includes(x);

/**
 * A first guess at the language, readable before the database opens: the copy kept in localStorage, else Russian
 * (the default). The database holds the choice (see `loadLang`); localStorage is only a cache of it.
 */
export function initialLang(storage: Pick<Storage, 'getItem'> | undefined = pageStorage()): Lang {
  try {
    const saved = storage?.getItem(LANG_KEY);
    return isLang(saved) ? saved : 'ru';
  } catch {
    return 'ru';
  }
}

export function rememberLang(lang: Lang, storage: Pick<Storage, 'setItem'> | undefined = pageStorage()): void {
  try {
    storage?.setItem(LANG_KEY, lang);
  } catch {
    // Only the cache is lost: the database keeps the choice.
  }
}

function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

// The UI's instance: the same options and `locales/` files as every other instance, plus React.
void i18next.use(initReactI18next).init(i18nOptions(initialLang()));

/** Shows the UI in `lang` at once (resources are bundled, so nothing loads), without remembering it. */
export async function applyLang(lang: Lang): Promise<void> {
  document.documentElement.lang = lang;
  await i18next.changeLanguage(lang);
}

/**
 * Reads the remembered language from the database and applies it; called before the first render, so the page
 * never shows another language first. `timeoutMs` bounds the wait for a database that does not open (another
 * instance holding it, a blocked upgrade): the first guess stays then. `opened`: the database's opening.
 */
export async function loadLang(opened: Promise<unknown> = Promise.resolve(), timeoutMs = 2000): Promise<Lang> {
  let stop = () => {};
  const timeout = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    stop = () => clearTimeout(timer);
  });
  const stored = await Promise.race([opened.then(() => readLang()).catch(() => undefined), timeout]);
  stop();
  const lang = stored ?? initialLang();
  if (stored) rememberLang(stored);
  await applyLang(lang);
  return lang;
}

/** The user's choice: shown at once, then kept in the database; resolves once the choice is on disk. */
export async function setLang(lang: Lang): Promise<void> {
  rememberLang(lang);
  await applyLang(lang);
  await saveLang(lang);
}

export { i18next };
