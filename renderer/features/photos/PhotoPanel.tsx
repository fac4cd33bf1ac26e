import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../ui/ErrorBanner';
import { Button } from '../../ui/Button';
import { CameraCapture } from './CameraCapture';
import { formatBytes } from './format';
import { useStorageSpace } from './hooks';
import { PhotoImport } from './PhotoImport';
import { PhotoStrip } from './PhotoStrip';
import { startPhotoPipeline } from './pipeline';
import type { StepRef } from './types';
import './photos.css';

/**
 * Everything a checklist step needs for photo evidence: the step's photos, file import (always offered) and
 * the camera on demand (so the camera light is only on while the evaluator is shooting).
 */
export function PhotoPanel({ visitId, questionId, stepId, stepLabel }: StepRef & { stepLabel?: string }) {
  const { t, i18n } = useTranslation('photos');
  const [camera, setCamera] = useState(false);
  const [batches, setBatches] = useState(0);
  const space = useStorageSpace(batches);

  useEffect(() => { void startPhotoPipeline(); }, []);

  return (
    <section className="photos" aria-label={t('panel.title')}>
      {space?.low && space.free !== null && (
        <Banner tone="warning" title={t('space.low', { free: formatBytes(space.free, i18n.language) })} />
      )}
      <PhotoStrip visitId={visitId} questionId={questionId} stepId={stepId} stepLabel={stepLabel} />
      <div className="photos__actions">
        <Button onClick={() => setCamera((c) => !c)} aria-expanded={camera}>
          {camera ? t('panel.closeCamera') : t('panel.useCamera')}
        </Button>
        <PhotoImport visitId={visitId} questionId={questionId} stepId={stepId} onBatchDone={() => setBatches((b) => b + 1)} />
      </div>
      {camera && <CameraCapture visitId={visitId} questionId={questionId} stepId={stepId} />}
    </section>
  );
}
