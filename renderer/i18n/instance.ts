import i18next, { type i18n, type TFunction } from 'i18next';
import type { Lang } from '../domain/template/schema';
import { i18nOptions } from './options';
import type { Namespace } from './resources';

/**
 * A private i18next instance for code outside React: the PDF worker, the CLI, the dossier builder, verdict
 * reasons. No React plugin and no global state, so it runs in Node and in workers; one per language, kept.
 */
const instances = new Map<Lang, i18n>();

export function i18nFor(lang: Lang): i18n {
  let instance = instances.get(lang);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init(i18nOptions(lang));
    instances.set(lang, instance);
  }
  return instance;
}

/** `t` bound to a language and namespace: `translator('ru', 'report')('title')`. */
export function translator<N extends Namespace>(lang: Lang, ns: N): TFunction<N> {
  return i18nFor(lang).getFixedT(lang, ns);
}
