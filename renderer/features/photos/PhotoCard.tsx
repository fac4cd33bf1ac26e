import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../ui/use-lang';
import type { Photo } from '../../domain/model';
import { restorePhoto, retryDerivatives, updateCaption } from '../../db/photos';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DeletePhotoDialog } from './DeletePhotoDialog';
import { formatTime, photoErrorText } from './format';
import { usePhotoImage } from './hooks';
import { currentIdentity, queueDerivatives } from './pipeline';
import { neutralizeBidi } from '../../domain/text/bidi';

export function PhotoCard({ photo, n, onOpen }: { photo: Photo; n: number; onOpen?: () => void }) {
  const { t } = useTranslation('photos');
  const image = usePhotoImage(photo);
  const [brokenUrl, setBrokenUrl] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = t('card.label', { n });
  const lang = useLang();

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(photoErrorText(t, e));
    }
  };

  const saveCaption = (value: string) => {
    if (value.trim() === photo.caption) return;
    void run(async () => updateCaption(await currentIdentity(), photo.id, value));
  };

  const retryPreview = () => run(async () => {
    await retryDerivatives(photo.id);
    void queueDerivatives(photo.id);
  });

  // An <img> that fails to load means the file vanished after it was looked up, or cannot be decoded.
  const missing = image.state === 'missing' || (image.state === 'ok' && brokenUrl === image.url);
  const source = photo.source === 'camera' ? t('card.fromCamera') : photo.fileName ?? '';
  return (
    <li className={`photo-card${photo.deleted ? ' photo-card--deleted' : ''}`} aria-label={label} data-photo-id={photo.id}>
      <figure className="photo-card__figure">
        <div className="photo-card__image" aria-busy={image.state === 'pending' || image.state === 'loading'}>
          {image.state === 'pending' && (
            <span className="photo-spinner" role="status" aria-label={t('card.preparing')} title={t('card.preparing')} />
          )}
          {image.state === 'ok' && !missing && (onOpen ? (
            <button type="button" className="photo-card__open" aria-label={t('card.open', { n })} onClick={onOpen}>
              <img src={image.url} alt={neutralizeBidi(photo.caption) || label} onError={() => setBrokenUrl(image.url)} />
            </button>
          ) : (
            <img src={image.url} alt={neutralizeBidi(photo.caption) || label} onError={() => setBrokenUrl(image.url)} />
          ))}
          {missing && (
            <span className="photo-card__missing" title={t('card.missingHint')}>
              <Badge tone="danger">{t('card.missing')}</Badge>
            </span>
          )}
        </div>
        <figcaption className="photo-card__meta">
          {missing && <p className="photo-card__hint">{t('card.missingHint')}</p>}
          {photo.truncated && <p className="photo-card__hint photo-card__hint--warn">{t('card.truncated')}</p>}
          {photo.derivatives === 'failed' && !missing && (
            <p className="photo-card__hint">
              {t('card.noPreview')}{' '}
              <Button small variant="ghost" onClick={() => void retryPreview()}>{t('card.retryPreview')}</Button>
            </p>
          )}
          <label className="photo-card__caption">
            <span>{t('card.caption')}</span>
            <input
              key={photo.caption}
              className="input"
              defaultValue={neutralizeBidi(photo.caption)}
              maxLength={500}
              disabled={Boolean(photo.deleted)}
              onBlur={(e) => saveCaption(e.currentTarget.value)}
              onKeyDown={(e) => { if (e.key === 'Enter') e.currentTarget.blur(); }}
            />
          </label>
          <p className="photo-card__facts">
            {photo.takenAt ? t('card.taken', { time: formatTime(photo.takenAt, lang) }) : t('card.added', { time: formatTime(photo.createdAt, lang) })}
            {' · '}{t('card.by', { author: photo.author || t('card.unnamed') })}
            {source && <>{' · '}<span className="photo-card__source">{source}</span></>}
          </p>
          {photo.deleted ? (
            <>
              <p className="photo-card__hint">
                {t('card.deletedInfo', { time: formatTime(photo.deleted.at, lang), by: photo.deleted.by || t('card.unnamed'), reason: photo.deleted.reason })}
              </p>
              <Button small onClick={() => void run(async () => restorePhoto(await currentIdentity(), photo.id))}>{t('card.restore')}</Button>
            </>
          ) : (
            <Button small variant="ghost-danger" onClick={() => setDeleting(true)}>{t('card.delete')}</Button>
          )}
          {error && <p className="field__error" role="alert">{error}</p>}
        </figcaption>
      </figure>
      {deleting && <DeletePhotoDialog photoId={photo.id} n={n} onDone={() => setDeleting(false)} />}
    </li>
  );
}
