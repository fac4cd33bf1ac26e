import { useRef, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export interface FilePickerProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  /** The input's id, named by the field's own <label htmlFor>. */
  id: string;
}

/**
 * A file field whose button and "no file chosen" text are in the app's language: the browser's own file input
 * words follow the operating system, so a Russian UI on an English Windows would show "Choose File". The real
 * input stays in the page (its label names it, tests and assistive tools find it by that label) but out of
 * sight and out of the tab order; the visible button opens it.
 */
export function FilePicker({ id, className, onChange, disabled, multiple, ...input }: FilePickerProps) {
  const { t } = useTranslation('ui');
  const ref = useRef<HTMLInputElement>(null);
  const [names, setNames] = useState<string[]>([]);
  return (
    <div className={['file-picker', className ?? ''].filter(Boolean).join(' ')}>
      <input
        {...input}
        ref={ref}
        id={id}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        disabled={disabled}
        multiple={multiple}
        onChange={(e) => {
          setNames(Array.from(e.currentTarget.files ?? [], (f) => f.name));
          onChange?.(e);
        }}
      />
      <Button disabled={disabled} aria-describedby={input['aria-describedby']} onClick={() => ref.current?.click()}>
        {t(multiple ? 'chooseFiles' : 'chooseFile')}
      </Button>
      <span className="file-picker__names">{names.length > 0 ? names.join(', ') : t(multiple ? 'noFiles' : 'noFile')}</span>
    </div>
  );
}
