import type { InitOptions } from 'i18next';
import type { Lang } from '../domain/template/schema';
import { NAMESPACES, RESOURCES } from './resources';

/**
 * The one configuration every i18next instance uses (the UI's, the PDF worker's, the CLI's): all namespaces loaded
 * up front and initialised synchronously, so a `t` is usable the line after `init`.
 */
export function i18nOptions(lang: Lang): InitOptions {
  return {
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: ['ru', 'uk', 'en'],
    ns: NAMESPACES,
    defaultNS: false,
    resources: RESOURCES,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  };
}
