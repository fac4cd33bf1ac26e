import { useTranslation } from 'react-i18next';
import type { Visit } from '../../domain/model';
import { useVisitRecordCounts } from '../../db/hooks';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

export interface DeleteVisitDialogProps {
  visit: Visit;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}

/** Says exactly what goes with the visit before anything is deleted. */
export function DeleteVisitDialog({ visit, onConfirm, onCancel }: DeleteVisitDialogProps) {
  const { t } = useTranslation('visits');
  const counts = useVisitRecordCounts(visit.id);
  return (
    <ConfirmDialog
      tone="danger"
      title={t('deleteTitle')}
      confirmLabel={t('deleteConfirm')}
      cancelLabel={t('cancel')}
      onConfirm={onConfirm}
      onCancel={onCancel}
      message={
        <>
          <p>{t('deleteText', { vendor: visit.vendor, site: visit.site })}</p>
          {counts && <p>{t('deleteCounts', { ...counts })}</p>}
          <p className="dialog__warning">{t('deleteWarning')}</p>
        </>
      }
    />
  );
}
