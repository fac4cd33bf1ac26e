import 'i18next';
import type { EN } from './resources';

/** Keys are typed from the English files: a `t('typo')` or a key missing from `locales/en` fails to compile. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: false;
    resources: typeof EN;
  }
}
