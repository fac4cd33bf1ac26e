import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deletePhoto } from '../../db/photos';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField } from '../../ui/Field';
import { photoErrorText } from './format';
import { currentIdentity } from './pipeline';

/** Asks for a reason before a soft delete; the reason goes into the photo record and the audit log. */
export function DeletePhotoDialog({ photoId, n, onDone }: { photoId: string; n: number; onDone: () => void }) {
  const { t } = useTranslation('photos');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const confirm = async () => {
    if (!reason.trim()) {
      setError(t('error.reason-required'));
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await deletePhoto(await currentIdentity(), photoId, reason);
      onDone();
    } catch (e) {
      setError(photoErrorText(t, e));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('delete.title', { n })}
      role="alertdialog"
      onClose={() => { if (!busy) onDone(); }}
      initialFocus={reasonRef}
      actions={
        <>
          <Button onClick={onDone} disabled={busy}>{t('delete.cancel')}</Button>
          <Button variant="danger" onClick={() => void confirm()} disabled={busy} aria-busy={busy}>{t('delete.confirm')}</Button>
        </>
      }
    >
      <p>{t('delete.message')}</p>
      <TextAreaField
        ref={reasonRef}
        label={t('delete.reason')}
        required
        rows={2}
        value={reason}
        error={error}
        onChange={(e) => { setReason(e.target.value); setError(null); }}
      />
    </Dialog>
  );
}
