import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../domain/model';
import { formatInstant, systemTimeZone } from '../../../domain/time';
import { Button } from '../../../ui/Button';
import { useVisitModel } from '../visit-context';

/** Confirm, and what is stored: a tool's check is a capture only once confirmed, and the bar says which state it is in. */
export function ConfirmBar({ stored, changed, busy, error, onConfirm, onDiscard }: {
  stored: Answer | undefined;
  changed: boolean;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation('tools');
  // On the screen the laptop's own clock is the evaluator's clock; the dossier carries the visit's time zone.
  const { lang } = useVisitModel();
  const when = (iso: string) => formatInstant(iso, lang, systemTimeZone(), { seconds: true });
  const state = busy ? t('common.saving')
    : !stored ? t('common.none')
      : changed ? t('common.changed')
        : stored.author.trim() ? t('common.stored', { author: stored.author, time: when(stored.updatedAt) }) : t('common.storedAnon', { time: when(stored.updatedAt) });
  return (
    <div className="vp-tool__confirm">
      <Button variant="primary" onClick={onConfirm} disabled={busy}>{t('common.confirm')}</Button>
      {stored && changed && !busy && <Button onClick={onDiscard}>{t('common.discard')}</Button>}
      <span role="status" aria-live="polite" className={stored && !changed && !busy ? 'vp-tool__stored' : 'vp-muted'}>{state}</span>
      {error && <p role="alert" className="vp-flag vp-flag--danger">{error}</p>}
    </div>
  );
}
