import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTHOR_MAX, checkAuthorName, saveAuthorName } from '../../db/settings';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { useToast } from '../../ui/Toast';

/** Sets the evaluator name used as the author of everything captured on this machine. */
export function AuthorForm({ initial }: { initial: string }) {
  const { t } = useTranslation('about');
  const toast = useToast();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = checkAuthorName(name);
    if (problem) {
      setError(problem === 'required' ? t('authorRequired') : t('authorTooLong', { max: AUTHOR_MAX, count: AUTHOR_MAX }));
      return;
    }
    setBusy(true);
    try {
      await saveAuthorName(name);
      setError(null);
      toast(t('authorSaved'));
    } catch (err) {
      setError(t('authorFailed', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        label={t('authorLabel')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={error}
        autoComplete="name"
        maxLength={AUTHOR_MAX + 20}
        required
      />
      <Button type="submit" variant="primary" disabled={busy}>{t('authorSave')}</Button>
    </form>
  );
}
