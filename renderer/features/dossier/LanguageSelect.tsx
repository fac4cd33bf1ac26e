import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../domain/template/schema';
import { SelectField } from '../../ui/Field';

const KEY = { ru: 'langRu', uk: 'langUk', en: 'langEn' } as const;

export function LanguageSelect({ value, onChange, disabled }: { value: Lang; onChange: (l: Lang) => void; disabled?: boolean }) {
  const { t } = useTranslation('dossier');
  return (
    <SelectField label={t('language')} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as Lang)}>
      {LANGS.map((l) => <option key={l} value={l} lang={l}>{t(KEY[l])}</option>)}
    </SelectField>
  );
}
