import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { CAMERA_CONSTRAINTS, cameraProblem, grabFrame, stopStream, type CameraProblem } from './camera';
import { photoErrorText } from './format';
import { savePhoto } from './pipeline';
import type { StepRef } from './types';
import './photos.css';

type CameraState = { kind: 'starting' } | { kind: 'live' } | { kind: 'problem'; problem: CameraProblem; detail: string };
type Feedback = { tone: 'ok' | 'error'; text: string } | null;

const hasCamera = () => typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';

/**
 * Live camera preview with a shutter. Each shot is stored at the camera's full resolution; the message says
 * "saved" only after the photo is committed. The camera is released when the component goes away.
 */
export function CameraCapture({ visitId, questionId, stepId }: StepRef) {
  const { t } = useTranslation('photos');
  const videoRef = useRef<HTMLVideoElement>(null);
  const [attempt, setAttempt] = useState(0);
  const [camera, setCamera] = useState<CameraState>(() =>
    hasCamera() ? { kind: 'starting' } : { kind: 'problem', problem: 'unsupported', detail: '' });
  const [saving, setSaving] = useState(0);
  const [taken, setTaken] = useState(0);
  const takenRef = useRef(0);
  const [feedback, setFeedback] = useState<Feedback>(null);

  useEffect(() => {
    if (!hasCamera()) return;
    const video = videoRef.current;
    let stream: MediaStream | null = null;
    let gone = false;
    navigator.mediaDevices.getUserMedia(CAMERA_CONSTRAINTS).then(
      async (s) => {
        // Unmounted while the permission prompt was open: give the camera straight back.
        if (gone) return stopStream(s);
        stream = s;
        if (video) {
          video.srcObject = s;
          await video.play().catch(() => undefined);
        }
        if (!gone) setCamera({ kind: 'live' });
      },
      (e: unknown) => {
        if (!gone) setCamera({ kind: 'problem', problem: cameraProblem(e), detail: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      gone = true;
      stopStream(stream);
      if (video) video.srcObject = null;
    };
  }, [attempt]);

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

  const retry = () => {
    setCamera({ kind: 'starting' });
    setAttempt((a) => a + 1);
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
