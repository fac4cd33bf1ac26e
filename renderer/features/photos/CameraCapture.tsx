import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { grabFrame } from './camera';
import { photoErrorText } from './format';
import { savePhoto } from './pipeline';
import { useCamera } from './use-camera';
import type { StepRef } from './types';
import './photos.css';

type Feedback = { tone: 'ok' | 'error'; text: string } | null;

/**
 * Live camera preview with a shutter. Each shot is stored at the camera's full resolution; the message says
 * "saved" only after the photo is committed. The camera is released when the component goes away.
 */
export function CameraCapture({ visitId, questionId, stepId }: StepRef) {
  const { t } = useTranslation('photos');
  // The same camera as the capture bar's, on for as long as this preview is shown.
  const { state: camera, videoRef, retry } = useCamera(true);
  const [saving, setSaving] = useState(0);
  const [taken, setTaken] = useState(0);
  const takenRef = useRef(0);
  const [feedback, setFeedback] = useState<Feedback>(null);

  const shoot = async () => {
    const video = videoRef.current;
    if (!video) return;
    setSaving((n) => n + 1);
    setFeedback(null);
    try {
      const frame = await grabFrame(video);
      if (!frame) throw new Error(t('camera.captureFailed'));
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await savePhoto({ visitId, questionId, stepId, data: frame, source: 'camera', fileName: `camera-${stamp}.jpg` });
      takenRef.current += 1;
      setTaken(takenRef.current);
      setFeedback({ tone: 'ok', text: t('camera.saved', { count: takenRef.current }) });
    } catch (e) {
      setFeedback({ tone: 'error', text: photoErrorText(t, e) });
    } finally {
      setSaving((n) => n - 1);
    }
  };


  const live = camera.kind === 'live';
  return (
    <section className="camera" aria-label={t('camera.region')} data-taken={taken}>
      <video
        ref={videoRef}
        className="camera__video"
        hidden={!live}
        muted
        playsInline
        aria-label={t('camera.preview')}
      />
      {camera.kind === 'starting' && <p role="status">{t('camera.starting')}</p>}
      {camera.kind === 'problem' && (
        <div className="camera__problem" role="alert">
          <p>{t(`camera.${camera.problem}`, { message: camera.detail })}</p>
          {camera.problem !== 'unsupported' && <Button small onClick={retry}>{t('camera.retry')}</Button>}
        </div>
      )}
      {live && (
        <div className="camera__controls">
          <Button variant="primary" className="camera__shutter" onClick={() => void shoot()}>{t('camera.shutter')}</Button>
          <p className="camera__feedback" role="status" aria-live="polite">
            {saving > 0 ? t('camera.saving') : feedback?.tone === 'ok' ? feedback.text : ''}
          </p>
          {feedback?.tone === 'error' && <p className="camera__error" role="alert">{feedback.text}</p>}
        </div>
      )}
    </section>
  );
}
