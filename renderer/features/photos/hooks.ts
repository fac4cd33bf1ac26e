import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Photo, PhotoVariant } from '../../domain/model';
import { getBlob, listStepPhotos } from '../../db/photos';
import { freeBytes, isLowSpace, readStorageStatus } from '../../db/storage';

/** Live list of a step's photos, deleted ones included; `undefined` while loading. */
export function useStepPhotos(visitId: string, questionId: string, stepId: string): Photo[] | undefined {
  return useLiveQuery(() => listStepPhotos(visitId, questionId, stepId), [visitId, questionId, stepId]);
}

export type PhotoImage =
  | { state: 'loading' }
  | { state: 'pending' }
  | { state: 'ok'; url: string; variant: PhotoVariant }
  | { state: 'missing' };

/**
 * An object URL for the best available picture of a photo: the thumbnail, else the original (derivatives
 * failed, or the thumbnail file vanished), else 'missing'. While derivatives are being made: 'pending'.
 * The URL is revoked when the photo changes or the component goes away.
 */
export function usePhotoImage(photo: Pick<Photo, 'id' | 'derivatives'>): PhotoImage {
  const { id, derivatives } = photo;
  const key = `${id}:${derivatives}`;
  const [loaded, setLoaded] = useState<{ key: string; image: PhotoImage } | null>(null);
  const pending = derivatives === 'pending';

  useEffect(() => {
    if (pending) return;
    let cancelled = false;
    let url: string | null = null;
    const order: PhotoVariant[] = derivatives === 'ready' ? ['thumb', 'original'] : ['original'];
    void (async () => {
      for (const variant of order) {
        const found = await getBlob(id, variant).catch(() => ({ status: 'missing' as const }));
        if (cancelled) return;
        if (found.status === 'ok') {
          url = URL.createObjectURL(found.blob);
          setLoaded({ key, image: { state: 'ok', url, variant } });
          return;
        }
      }
      setLoaded({ key, image: { state: 'missing' } });
    })();
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id, derivatives, key, pending]);

  if (pending) return { state: 'pending' };
  return loaded?.key === key ? loaded.image : { state: 'loading' };
}

export interface SpaceWarning { low: boolean; free: number | null }

/** Free storage for this app, re-read whenever `refresh` changes (e.g. after each batch of photos). */
export function useStorageSpace(refresh: unknown): SpaceWarning | null {
  const [space, setSpace] = useState<SpaceWarning | null>(null);
  useEffect(() => {
    let cancelled = false;
    void readStorageStatus().then((status) => {
      if (!cancelled) setSpace({ low: isLowSpace(status), free: freeBytes(status) });
    }, () => undefined);
    return () => { cancelled = true; };
  }, [refresh]);
  return space;
}
