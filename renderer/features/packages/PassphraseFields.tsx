import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../domain/package';
import { TextField } from '../../ui/Field';

export interface PassphraseChoice { enabled: boolean; pass: string; confirm: string }
export const NO_PASSPHRASE: PassphraseChoice = { enabled: false, pass: '', confirm: '' };

export type PassphraseProblem = 'tooShort' | 'mismatch';

/** Counted in characters as typed (the crypto layer counts the same way), not UTF-16 units. */
export function checkPassphrase(c: PassphraseChoice): PassphraseProblem | null {
  if (!c.enabled) return null;
  if ([...c.pass.trim()].length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  if (c.pass !== c.confirm) return 'mismatch';
  return null;
}

/** An opt-in passphrase with a confirmation field; errors show only once the user tried to export. */
export function PassphraseFields({ value, onChange, showErrors }: { value: PassphraseChoice; onChange: (c: PassphraseChoice) => void; showErrors: boolean }) {
  const { t } = useTranslation('packages');
  const toggleId = useId();
  const problem = showErrors ? checkPassphrase(value) : null;
  return (
    <div className="pk-passphrase">
      <label className="checkbox" htmlFor={toggleId}>
        <input id={toggleId} type="checkbox" checked={value.enabled} onChange={(e) => onChange({ ...NO_PASSPHRASE, enabled: e.target.checked })} />
        <span>{t('protect.toggle')}</span>
      </label>
      {value.enabled && (
        <div className="pk-passphrase__fields">
          <TextField
            label={t('protect.pass')}
            type="password"
            autoComplete="new-password"
            value={value.pass}
            onChange={(e) => onChange({ ...value, pass: e.target.value })}
            hint={t('protect.hint', { min: MIN_PASSPHRASE_LENGTH, count: MIN_PASSPHRASE_LENGTH })}
            error={problem === 'tooShort' ? t('protect.tooShort', { min: MIN_PASSPHRASE_LENGTH, count: MIN_PASSPHRASE_LENGTH }) : null}
            required
          />
          <TextField
            label={t('protect.confirm')}
            type="password"
            autoComplete="new-password"
            value={value.confirm}
            onChange={(e) => onChange({ ...value, confirm: e.target.value })}
            error={problem === 'mismatch' ? t('protect.mismatch') : null}
            required
          />
        </div>
      )}
    </div>
  );
}
