import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setLang } from '../i18n';
import { LANGS, type Lang } from '../domain/template/schema';
import { useLang } from '../ui/use-lang';

/** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
const NAMES: Record<Lang, string> = { ru: 'Русский', uk: 'Українська', en: 'English' };

export function LanguageSwitcher() {
  const { t } = useTranslation('app');
  const lang = useLang();
  const id = useId();
  return (
    <div className="lang-switch">
      <label htmlFor={id} className="lang-switch__label">{t('language')}</label>
      <select id={id} className="input input--compact" value={lang} onChange={(e) => void setLang(e.target.value as Lang)}>
        {LANGS.map((l) => <option key={l} value={l} lang={l}>{NAMES[l]}</option>)}
      </select>
    </div>
  );
}
