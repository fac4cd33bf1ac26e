import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  title: ReactNode;
  message: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Danger makes the confirm button red; Cancel gets the focus so Enter does not destroy anything. */
  tone?: 'default' | 'danger';
  /** May be async; the dialog stays open and shows the error if it throws. */
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
}

export function ConfirmDialog({ title, message, confirmLabel, cancelLabel, tone = 'default', onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation('ui');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (e) {
      setError(t('failed', { message: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={title}
      role="alertdialog"
      onClose={() => { if (!busy) onCancel(); }}
      initialFocus={tone === 'danger' ? cancelRef : undefined}
      actions={
        <>
          <Button ref={cancelRef} onClick={onCancel} disabled={busy}>{cancelLabel ?? t('cancel')}</Button>
          <Button variant={tone === 'danger' ? 'danger' : 'primary'} onClick={() => void confirm()} disabled={busy} aria-busy={busy}>
            {busy ? t('working') : confirmLabel}
          </Button>
        </>
      }
    >
      <div>{message}</div>
      {error && <p role="alert" className="field__error">{error}</p>}
    </Dialog>
  );
}
