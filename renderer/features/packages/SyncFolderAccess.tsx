import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Banner } from '../../ui/ErrorBanner';
import type { SyncFolderApi } from './sync';
import { forgetSyncFolder } from './sync-folder';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The folders the desktop app may read and write, as the main process keeps them, each with a way to take the
 * access back. A folder picked once (Documents, a colleague's stick) otherwise stays open to the app for good.
 * `refresh` changes whenever a folder was just chosen, so the list shows it.
 */
export function SyncFolderAccess({ api, refresh }: { api: Pick<SyncFolderApi, 'listFolders' | 'revokeFolder'>; refresh: number }) {
  const { t } = useTranslation('packages');
  const headingId = useId();
  const [folders, setFolders] = useState<string[] | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    let live = true;
    api.listFolders().then(
      (list) => { if (live) setFolders(list); },
      (e: unknown) => { if (live) setError(t('access.listFailed', { message: message(e) })); },
    );
    return () => { live = false; };
  }, [api, refresh, loads, t]);

  const revoke = async (folder: string) => {
    setRevoking(folder);
    setError(null);
    setDone(null);
    try {
      await api.revokeFolder(folder);
      await forgetSyncFolder(folder);
      setDone(t('access.revoked', { path: folder }));
    } catch (e) {
      setError(t('access.revokeFailed', { path: folder, message: message(e) }));
    } finally {
      setRevoking(null);
      setLoads((n) => n + 1);
    }
  };

  return (
    <section className="pk-access" aria-labelledby={headingId}>
      <h4 id={headingId} className="pk-access__title">{t('access.title')}</h4>
      <p className="muted small">{t('access.intro')}</p>
      {folders && folders.length === 0 && <p className="muted">{t('access.none')}</p>}
      {folders && folders.length > 0 && (
        <ul className="pk-access__list" aria-labelledby={headingId}>
          {folders.map((folder) => (
            <li key={folder} className="pk-access__item">
              <span className="pk-folder">{folder}</span>
              <Button small variant="ghost-danger" onClick={() => void revoke(folder)} disabled={revoking !== null} aria-label={t('access.revokeNamed', { path: folder })}>
                {t('access.revoke')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {done && <p role="status" className="small">{done}</p>}
      {error && <Banner tone="error" title={error} />}
    </section>
  );
}
