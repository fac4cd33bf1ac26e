import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the control and announced with it; marks the control invalid. */
  error?: string | null;
  required?: boolean;
  className?: string;
  /** A fixed id for the control, e.g. so an error summary can move focus to it. */
  id?: string;
  children: (control: ControlProps) => ReactNode;
}

/**
 * Label, control, hint and error wired together: the label names the control, the hint and the error describe
 * it, so screen readers and tests find each control by its visible label.
 */
export function Field({ label, hint, error, required, className, id: fixedId, children }: FieldProps) {
  const { t } = useTranslation('ui');
  const generatedId = useId();
  const id = fixedId ?? generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
        {required && <span className="field__req" aria-hidden="true" title={t('required')}> *</span>}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, 'aria-required': required ? true : undefined })}
      {hint && <p id={hintId} className="field__hint">{hint}</p>}
      {error && <p id={errorId} className="field__error">{error}</p>}
    </div>
  );
}

type Common = Omit<FieldProps, 'children' | 'id'>;

export function TextField({ label, hint, error, required, className, id, ...input }: Common & ComponentPropsWithRef<'input'>) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className} id={id}>
      {(c) => <input className="input" {...input} {...c} />}
    </Field>
  );
}

export function TextAreaField({ label, hint, error, required, className, id, ...area }: Common & ComponentPropsWithRef<'textarea'>) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className} id={id}>
      {(c) => <textarea className="input" {...area} {...c} />}
    </Field>
  );
}

export function SelectField({ label, hint, error, required, className, id, children, ...select }: Common & ComponentPropsWithRef<'select'>) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className} id={id}>
      {(c) => <select className="input" {...select} {...c}>{children}</select>}
    </Field>
  );
}

export interface RadioGroupProps<V extends string> {
  legend: ReactNode;
  name: string;
  value: V | '';
  options: readonly { value: V; label: ReactNode; hint?: ReactNode }[];
  onChange: (value: V) => void;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  /** Receives the id of the first radio, so an error summary can link to the group. */
  firstId?: string;
}

/** A fieldset of radios: the legend names the group, each label names its radio. */
export function RadioGroup<V extends string>({ legend, name, value, options, onChange, hint, error, required, firstId }: RadioGroupProps<V>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={['field', 'radio-group', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      aria-required={required ? true : undefined}
    >
      <legend className="field__label">
        {legend}
        {required && <span className="field__req" aria-hidden="true"> *</span>}
      </legend>
      <div className="radio-group__options">
        {options.map((o, i) => (
          // The hint sits inside the label so the whole box is clickable, but it describes the radio rather
          // than naming it: the radio is called "A", not "A the highest…".
          <label key={o.value} className="radio">
            <input
              type="radio"
              id={i === 0 ? firstId : undefined}
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              aria-describedby={o.hint ? `${id}-opt-${i}` : undefined}
            />
            <span className="radio__text">
              <span className="radio__label">{o.label}</span>
              {o.hint && <span className="radio__hint" id={`${id}-opt-${i}`} aria-hidden="true">{o.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {hint && <p id={hintId} className="field__hint">{hint}</p>}
      {error && <p id={errorId} className="field__error">{error}</p>}
    </fieldset>
  );
}
