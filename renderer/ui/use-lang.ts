import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../domain/template/schema';

/** The current UI language, re-rendering the caller when it changes. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : 'ru';
}
