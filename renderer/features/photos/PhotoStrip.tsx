import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Photo } from '../../domain/model';
import { Loading } from '../../ui/Loading';
import { useStepPhotos } from './hooks';
import { PhotoCard } from './PhotoCard';
import { PhotoViewer } from './PhotoViewer';
import { startPhotoPipeline } from './pipeline';
import type { StepRef } from './types';
import './photos.css';

/**
 * The photos of one step as thumbnails, newest last, with deleted ones tucked away below. Each shows the number it
 * got at capture (numbers run through the visit and are never reused), so "photo 4" in a note stays photo 4.
 */
export function PhotoStrip({ visitId, questionId, stepId, stepLabel }: StepRef & { stepLabel?: string }) {
  const { t } = useTranslation('photos');
  const photos = useStepPhotos(visitId, questionId, stepId);
  const [showDeleted, setShowDeleted] = useState(false);
  const [viewing, setViewing] = useState<string | null>(null);

  useEffect(() => { void startPhotoPipeline(); }, []);

  if (!photos) return <Loading label={t('strip.loading')} />;
  const kept: Photo[] = photos.filter((p) => !p.deleted);
  const deleted = photos.filter((p) => p.deleted);
  return (
    <div className="photo-strip">
      {kept.length === 0 ? (
        <p className="photo-strip__empty">{t('strip.empty')}</p>
      ) : (
        <ul className="photo-strip__list" aria-label={t('strip.label')}>
          {kept.map((photo, i) => <PhotoCard key={photo.id} photo={photo} n={photo.number ?? i + 1} onOpen={() => setViewing(photo.id)} />)}
        </ul>
      )}
      {viewing && kept.some((p) => p.id === viewing) && (
        <PhotoViewer photos={kept} startId={viewing} stepLabel={stepLabel} onClose={() => setViewing(null)} />
      )}
      {deleted.length > 0 && (
        <details className="photo-strip__deleted" open={showDeleted} onToggle={(e) => setShowDeleted(e.currentTarget.open)}>
          <summary>{t('strip.deleted', { count: deleted.length })}</summary>
          {showDeleted && (
            <ul className="photo-strip__list" aria-label={t('strip.deleted', { count: deleted.length })}>
              {deleted.map((photo, i) => <PhotoCard key={photo.id} photo={photo} n={photo.number ?? kept.length + i + 1} />)}
            </ul>
          )}
        </details>
      )}
    </div>
  );
}
