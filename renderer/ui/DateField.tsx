import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EXAMPLE_DAY, formatDay, parseDay } from '../domain/text/dates';
import { TextField } from './Field';
import { useLang } from './use-lang';

export interface DateFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  id?: string;
  /** The stored day, yyyy-mm-dd, or '' for none; any other text (typed before dates were checked) is shown as it is. */
  value: string;
  /**
   * Called as the user types: a real day (yyyy-mm-dd), '' when the field is cleared, or null while the text is
   * not a day in the UI language's format (the caller keeps what it had and saves nothing).
   */
  onChange: (iso: string | null, typed: string) => void;
  onBlur?: () => void;
  /** A message from the caller (a required day, an order of days); the field's own "not a date" comes first. */
  error?: string | null;
  /** The sentence for text that is not a day, when the caller has a more precise one. */
  invalidText?: (typed: string, example: string) => string;
}

const shown = (value: string, lang: Parameters<typeof formatDay>[1]) => (value ? formatDay(value, lang) : '');

/**
 * A day typed and shown in the UI language's one format (30.06.2026 in ru/uk, 30 Jun 2026 in en), not the
 * browser's: `<input type="date">` follows the machine's locale (06/30/2026 on an en-US laptop) whatever
 * language the app speaks. Text that is not a real day is refused with a message when the user leaves the field.
 */
export function DateField({ label, hint, required, className, id, value, onChange, onBlur, error, invalidText }: DateFieldProps) {
  const { t } = useTranslation('ui');
  const lang = useLang();
  const [text, setText] = useState(() => shown(value, lang));
  const [invalid, setInvalid] = useState<string | null>(null);
  // What the text last meant, so a value the field itself sent back is not taken for a new one.
  const seen = useRef({ value, lang });

  // A new value from outside (a reset, another language) replaces the text.
  useEffect(() => {
    if (seen.current.value === value && seen.current.lang === lang) return;
    seen.current = { value, lang };
    setText(shown(value, lang));
    setInvalid(null);
  }, [value, lang]);

  const example = formatDay(EXAMPLE_DAY, lang);
  const message = (typed: string) => (invalidText ? invalidText(typed, example) : t('dateInvalid', { value: typed, example }));

  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      required={required}
      className={className}
      type="text"
      autoComplete="off"
      spellCheck={false}
      placeholder={t('datePlaceholder')}
      value={text}
      error={invalid ?? error}
      onChange={(e) => {
        const typed = e.target.value;
        setText(typed);
        const iso = typed.trim() === '' ? '' : parseDay(typed, lang) ?? null;
        // The message goes as soon as the text is right again; it comes only when the user leaves the field.
        if (iso !== null) setInvalid(null);
        if (iso !== null) seen.current = { value: iso, lang };
        onChange(iso, typed);
      }}
      onBlur={() => {
        const iso = text.trim() === '' ? '' : parseDay(text, lang);
        if (iso === undefined) setInvalid(message(text.trim()));
        else setText(shown(iso, lang));
        onBlur?.();
      }}
    />
  );
}
