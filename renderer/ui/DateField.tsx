import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/template/schema';
import { EXAMPLE_DAY, formatDay, parseDay } from '../domain/text/dates';
import { formatInstant, parseInstant } from '../domain/time';
import { TextField } from './Field';
import { useLang } from './use-lang';

interface CommonProps {
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  id?: string;
  /**
   * Called as the user types: the value (yyyy-mm-dd, or an ISO instant), '' when the field is cleared, or null
   * while the text is not one in the UI language's format (the caller keeps what it had and saves nothing).
   */
  onChange: (value: string | null, typed: string) => void;
  onBlur?: () => void;
  /** A message from the caller (a required day, an order of days); the field's own "not a date" comes first. */
  error?: string | null;
  /** The sentence for text that is not a date, when the caller has a more precise one. */
  invalidText?: (typed: string, example: string) => string;
}

interface Format {
  show: (value: string, lang: Lang) => string;
  /** undefined: not a value in this language's format. */
  read: (text: string, lang: Lang) => string | undefined;
  placeholder: string;
  invalid: (typed: string, example: string) => string;
  example: string;
}

/**
 * A field typed and shown in the UI language's one format, not the browser's: `<input type="date">` and
 * `datetime-local` follow the machine's locale (06/30/2026 on an en-US laptop) whatever language the app speaks.
 * Text that is not a real date is refused with a message when the user leaves the field.
 */
function FormattedField({ value, format, label, hint, required, className, id, onChange, onBlur, error, invalidText }: CommonProps & { value: string; format: Format }) {
  const lang = useLang();
  const [text, setText] = useState(() => format.show(value, lang));
  const [invalid, setInvalid] = useState<string | null>(null);
  // What the text last meant, so a value the field itself sent back is not taken for a new one.
  const seen = useRef({ value, lang });

  // A new value from outside (a reset, "now", another language) replaces the text.
  useEffect(() => {
    if (seen.current.value === value && seen.current.lang === lang) return;
    seen.current = { value, lang };
    setText(format.show(value, lang));
    setInvalid(null);
  }, [value, lang, format]);

  const read = (typed: string): string | null => (typed.trim() === '' ? '' : format.read(typed, lang) ?? null);

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
      placeholder={format.placeholder}
      value={text}
      error={invalid ?? error}
      onChange={(e) => {
        const typed = e.target.value;
        setText(typed);
        const next = read(typed);
        // The message goes as soon as the text is right again; it comes only when the user leaves the field.
        if (next !== null) {
          setInvalid(null);
          seen.current = { value: next, lang };
        }
        onChange(next, typed);
      }}
      onBlur={() => {
        const next = read(text);
        if (next === null) setInvalid((invalidText ?? format.invalid)(text.trim(), format.example));
        else setText(format.show(next, lang));
        onBlur?.();
      }}
    />
  );
}

/** A day: 30.06.2026 in ru/uk, 30 Jun 2026 in en; `value` and `onChange` speak yyyy-mm-dd. */
export function DateField(props: CommonProps & {
  /** The stored day, yyyy-mm-dd, or '' for none; any other text (typed before dates were checked) is shown as it is. */
  value: string;
}) {
  const { t } = useTranslation('ui');
  const lang = useLang();
  const format = useMemo((): Format => ({
    show: (v, l) => (v ? formatDay(v, l) : ''),
    read: parseDay,
    placeholder: t('datePlaceholder'),
    invalid: (value, example) => t('dateInvalid', { value, example }),
    example: formatDay(EXAMPLE_DAY, lang),
  }), [t, lang]);
  return <FormattedField {...props} format={format} />;
}

/** A day and time of day on `timeZone`'s clock: 30.06.2026 14:05 in ru/uk, 30 Jun 2026 14:05 in en; `value` is an ISO instant. */
export function DateTimeField({ value, timeZone, ...props }: CommonProps & { value: string | undefined; timeZone: string }) {
  const { t } = useTranslation('ui');
  const lang = useLang();
  const format = useMemo((): Format => ({
    show: (v, l) => (v ? formatInstant(v, l, timeZone) : ''),
    read: (text, l) => parseInstant(text, l, timeZone),
    placeholder: t('dateTimePlaceholder'),
    invalid: (typed, example) => t('dateTimeInvalid', { value: typed, example }),
    // A wall time without a zone is shown as written.
    example: formatInstant(`${EXAMPLE_DAY}T14:05`, lang, timeZone),
  }), [t, lang, timeZone]);
  return <FormattedField {...props} value={value ?? ''} format={format} />;
}
