import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../ui/use-lang';
import type { Photo, PhotoVariant } from '../../domain/model';
import { getBlob, updateCaption } from '../../db/photos';
import { useCurrentRedaction } from '../../db/redactions';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { formatTime, photoErrorText } from './format';
import { currentIdentity } from './pipeline';
import { RedactEditor } from './RedactEditor';

type Loaded = { key: string; url: string; variant: PhotoVariant; width: number; height: number } | { key: string; url: null };

/**
 * The original at full size (a certificate's small print needs every pixel), else the report copy; with
 * `redactedKey` (the current redaction's id) the redacted copy first. Reloads when the redaction changes.
 */
function useFullImage(photoId: string, redactedKey: string | null): Loaded | null {
  const key = `${photoId}:${redactedKey ?? ''}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    void (async () => {
      const order: PhotoVariant[] = redactedKey ? ['redacted', 'original', 'report'] : ['original', 'report'];
      for (const variant of order) {
        const found = await getBlob(photoId, variant).catch(() => ({ status: 'missing' as const }));
        if (cancelled) return;
        if (found.status === 'ok') {
          url = URL.createObjectURL(found.blob);
          setLoaded({ key, url, variant, width: found.width, height: found.height });
          return;
        }
      }
      setLoaded({ key, url: null });
    })();
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [photoId, redactedKey, key]);
  return loaded?.key === key ? loaded : null;
}

export interface PhotoViewerProps {
  /** The photos to page through (the step's kept photos), oldest first. */
  photos: Photo[];
  startId: string;
  /** How the step is named, e.g. "1. Agent seats — Walk the floors…". */
  stepLabel?: string;
  onClose: () => void;
}

/**
 * A photo at full size with what makes it evidence: its number for life, the step, when and by whom it was
 * taken, the SHA-256 of the original, and its caption, editable here. ← and → page through the step's photos,
 * Esc closes, "100 %" shows the original pixel for pixel (scroll to read small print).
 */
export function PhotoViewer({ photos, startId, stepLabel, onClose }: PhotoViewerProps) {
  const { t } = useTranslation('photos');
  const [id, setId] = useState(startId);
  const [actual, setActual] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [redacting, setRedacting] = useState(false);
  const [showOriginal, setShowOriginal] = useState(false);
  const index = Math.max(0, photos.findIndex((p) => p.id === id));
  const photo = photos[index];
  const redaction = useCurrentRedaction(photo?.id ?? startId);
  // The redacted copy by default once there is one; the original while editing or on request.
  const wantRedacted = Boolean(redaction) && !showOriginal && !redacting;
  const image = useFullImage(photo?.id ?? startId, wantRedacted ? redaction!.id : null);
  const lang = useLang();

  const go = (delta: number) => {
    if (!photos.length || redacting) return;
    setId(photos[(index + delta + photos.length) % photos.length].id);
    setError(null);
    setShowOriginal(false);
  };
  const page = useEffectEvent((delta: number) => go(delta));

  useEffect(() => {
    // Arrows page through the photos wherever the focus is in the viewer, except while editing the caption.
    const onKey = (e: KeyboardEvent) => {
      if ((e.target as HTMLElement | null)?.tagName === 'INPUT' || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'ArrowRight') page(1);
      else if (e.key === 'ArrowLeft') page(-1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!photo) return null;
  const n = photo.number ?? index + 1;
  const saveCaption = (value: string) => {
    if (value.trim() === photo.caption) return;
    setError(null);
    void (async () => {
      try {
        await updateCaption(await currentIdentity(), photo.id, value);
      } catch (e) {
        setError(photoErrorText(t, e));
      }
    })();
  };

  return (
    <Dialog
      title={t('viewer.title', { n })}
      onClose={onClose}
      className="photo-viewer"
      actions={(
        <>
          <Button onClick={() => go(-1)} disabled={photos.length < 2} aria-keyshortcuts="ArrowLeft">{t('viewer.previous')}</Button>
          <Button onClick={() => go(1)} disabled={photos.length < 2} aria-keyshortcuts="ArrowRight">{t('viewer.next')}</Button>
          <Button variant="primary" onClick={onClose} aria-keyshortcuts="Escape">{t('viewer.close')}</Button>
        </>
      )}
    >
      {redacting && image?.url ? (
        <RedactEditor
          key={photo.id}
          photoId={photo.id}
          imageUrl={image.url}
          alt={photo.caption || t('card.label', { n })}
          start={redaction ?? null}
          onSaved={() => { setRedacting(false); setShowOriginal(false); }}
          onCancel={() => setRedacting(false)}
        />
      ) : (
      <div className="photo-viewer__body">
        <div className={`photo-viewer__stage${actual ? ' photo-viewer__stage--actual' : ''}`} tabIndex={0} aria-label={t(image?.url && image.variant === 'redacted' ? 'viewer.stageRedacted' : 'viewer.stage')}>
          {image?.url ? (
            <img src={image.url} alt={photo.caption || t('card.label', { n })} className="photo-viewer__img"
              onDoubleClick={() => setActual((a) => !a)} />
          ) : image ? <p className="photo-card__hint">{t('card.missingHint')}</p> : <span className="photo-spinner" role="status" aria-label={t('card.preparing')} />}
        </div>
        <div className="photo-viewer__side">
          <Button small aria-pressed={actual} onClick={() => setActual((a) => !a)}>{t('viewer.actualSize')}</Button>
          {redaction && (
            <Button small aria-pressed={showOriginal} onClick={() => setShowOriginal((v) => !v)}>{t('viewer.showOriginal')}</Button>
          )}
          <Button small onClick={() => { setShowOriginal(true); setRedacting(true); }} disabled={Boolean(photo.deleted) || redaction === undefined || !image?.url}>
            {t(redaction ? 'viewer.redactAgain' : 'viewer.redact')}
          </Button>
          {redaction && (
            <p className="photo-card__hint" role="status">{t(wantRedacted ? 'viewer.showingRedacted' : 'viewer.showingOriginal')}</p>
          )}
          <dl className="photo-viewer__facts">
            <div><dt>{t('viewer.number')}</dt><dd>{n}</dd></div>
            {stepLabel && <div><dt>{t('viewer.step')}</dt><dd>{stepLabel}</dd></div>}
            <div><dt>{t('viewer.time')}</dt><dd>{formatTime(photo.takenAt ?? photo.createdAt, lang)}</dd></div>
            <div><dt>{t('viewer.author')}</dt><dd>{photo.author || t('card.unnamed')}</dd></div>
            {photo.fileName && <div><dt>{t('viewer.file')}</dt><dd>{photo.fileName}</dd></div>}
            <div><dt>{redaction ? t('viewer.originalSha') : 'SHA-256'}</dt><dd className="photo-viewer__sha">{photo.sha256}</dd></div>
            {redaction && <div><dt>{t('viewer.redactedSha')}</dt><dd className="photo-viewer__sha">{redaction.redacted.sha256}</dd></div>}
          </dl>
          {photo.truncated && <p className="photo-card__hint photo-card__hint--warn">{t('card.truncated')}</p>}
          <label className="photo-card__caption">
            <span>{t('card.caption')}</span>
            <input
              key={`${photo.id}:${photo.caption}`}
              className="input"
              defaultValue={photo.caption}
              maxLength={500}
              disabled={Boolean(photo.deleted)}
              onBlur={(e) => saveCaption(e.currentTarget.value)}
              onKeyDown={(e) => { if (e.key === 'Enter') e.currentTarget.blur(); }}
            />
          </label>
          {error && <p className="field__error" role="alert">{error}</p>}
        </div>
      </div>
      )}
    </Dialog>
  );
}
