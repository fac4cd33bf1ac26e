import type { ParseKeys, TFunction } from 'i18next';
import { i18nFor, translator } from '../../i18n/instance';
import type { EN } from '../../i18n/resources';
import type { Lang } from '../template/schema';

/**
 * Every fixed word of the dossier and the comparison: `locales/<lang>/report.json`, on i18next like the UI (a
 * private instance, so it works in the PDF worker and in Node). `dossierT` for texts with parameters or counts;
 * `dossierStrings` is the language's table as i18next holds it, for fixed words and the PDF's labels.
 */
export type DossierStrings = typeof EN.report;
export type DossierKey = ParseKeys<'report'>;

export function dossierT(lang: Lang): TFunction<'report'> {
  return translator(lang, 'report');
}

export function dossierStrings(lang: Lang): DossierStrings {
  return i18nFor(lang).getResourceBundle(lang, 'report') as DossierStrings;
}
