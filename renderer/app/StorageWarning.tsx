import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { judgeSpace, readStorageStatus, type SpaceVerdict } from '../db/storage';
import { photoWriteCount, storageFull, subscribeStorage } from '../db/storage-alarm';
import { getPlatform } from '../platform';
import { formatBytes } from '../features/photos/format';
import { Banner } from '../ui/ErrorBanner';

/** Free space is read at start, then at most this often after photos are stored, and at least every minute. */
const AFTER_PHOTOS_MS = 10_000;
const EVERY_MS = 60_000;

async function readSpace(): Promise<SpaceVerdict> {
  const [disk, status] = await Promise.all([
    getPlatform().freeDiskSpace().catch(() => null),
    readStorageStatus(),
  ]);
  return judgeSpace({ disk, usage: status.usage, quota: status.quota });
}

/**
 * Above every page: storage is full (a write failed for lack of space, whichever screen made it), or nearly so (the
 * disk's free space, which only Electron can read; a browser's quota can exceed the disk). Both say that what was
 * captured so far is safe, so an evaluator does not fear for the visit while freeing space.
 */
export function StorageWarning() {
  const { t, i18n } = useTranslation('app');
  const full = useSyncExternalStore(subscribeStorage, storageFull);
  const photos = useSyncExternalStore(subscribeStorage, photoWriteCount);
  const [space, setSpace] = useState<SpaceVerdict | null>(null);
  const lastRead = useRef(0);

  // Read at start, after a failure, and (throttled) after photos are stored.
  useEffect(() => {
    let cancelled = false;
    const wait = lastRead.current ? Math.max(0, lastRead.current + AFTER_PHOTOS_MS - Date.now()) : 0;
    const timer = setTimeout(() => {
      lastRead.current = Date.now();
      void readSpace().then((v) => { if (!cancelled) setSpace(v); }, () => undefined);
    }, full ? 0 : wait);
    return () => { cancelled = true; clearTimeout(timer); };
  }, [photos, full]);

  useEffect(() => {
    let cancelled = false;
    const read = () => {
      lastRead.current = Date.now();
      void readSpace().then((v) => { if (!cancelled) setSpace(v); }, () => undefined);
    };
    const onVisible = () => { if (document.visibilityState === 'visible') read(); };
    const timer = setInterval(read, EVERY_MS);
    document.addEventListener('visibilitychange', onVisible);
    return () => { cancelled = true; clearInterval(timer); document.removeEventListener('visibilitychange', onVisible); };
  }, []);

  const low = space?.low === true;
  if (!full && !low) return null;
  return (
    <div className="app-banners">
      {full ? (
        <Banner tone="error" title={t('storage.fullTitle')}>
          <p>{t('storage.fullText')}</p>
        </Banner>
      ) : (
        <Banner tone="warning" title={space?.free != null ? t('storage.lowTitle', { free: formatBytes(space.free, i18n.language) }) : t('storage.lowTitleUnknown')}>
          <p>{t('storage.lowText')}</p>
        </Banner>
      )}
    </div>
  );
}
