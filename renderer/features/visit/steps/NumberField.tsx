import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/Field';
import { parseDecimal } from '../logic/claim-value';

/** A number typed with a comma or a point; the text stays as typed while it is not a number yet. */
export function NumberField({ label, value, onChange, onBlur, suffix }: { label: string; value: number | undefined; onChange: (n: number | undefined) => void; onBlur: () => void; suffix?: string }) {
  const { t } = useTranslation('visit');
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (parseDecimal(text) !== (value ?? null)) setText(value === undefined ? '' : String(value));
  }
  const invalid = text.trim() !== '' && parseDecimal(text) === null;
  return (
    <TextField
      label={suffix ? `${label} (${suffix})` : label}
      inputMode="decimal"
      value={text}
      error={invalid ? t('value.invalidNumber') : null}
      onChange={(e) => {
        setText(e.target.value);
        const n = parseDecimal(e.target.value);
        if (e.target.value.trim() === '') onChange(undefined);
        else if (n !== null) onChange(n);
      }}
      onBlur={onBlur}
    />
  );
}
