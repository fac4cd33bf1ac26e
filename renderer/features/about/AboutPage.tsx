import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdentity } from '../../db/hooks';
import { readStorageStatus, type StorageStatus } from '../../db/storage';
import { getPlatform } from '../../platform';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/use-document-title';
import { AuthorForm } from './AuthorForm';
import { StorageInfo } from './StorageInfo';

function useVersion(): string | null | undefined {
  const [version, setVersion] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    getPlatform().getVersion().then((v) => alive && setVersion(v), () => alive && setVersion(null));
    return () => { alive = false; };
  }, []);
  return version;
}

function useStorageStatus(): { status: StorageStatus | undefined; refresh: () => void } {
  const [status, setStatus] = useState<StorageStatus | undefined>(undefined);
  const refresh = useCallback(() => {
    void readStorageStatus().then(setStatus);
  }, []);
  useEffect(refresh, [refresh]);
  return { status, refresh };
}

export function AboutPage() {
  const { t } = useTranslation('about');
  const version = useVersion();
  const identity = useIdentity();
  const { status, refresh } = useStorageStatus();
  useDocumentTitle(t('title'));

  return (
    <section className="page" aria-labelledby="about-title">
      <div className="page__header">
        <h1 id="about-title">{t('title')}</h1>
      </div>
      <div className="grid-2">
        <section className="card" aria-labelledby="about-app">
          <h2 id="about-app" className="card__title">{t('app')}</h2>
          <p>{t('about')}</p>
          <dl className="facts facts--rows">
            <div><dt>{t('version')}</dt><dd data-testid="app-version">{version === undefined ? '…' : version ?? t('versionUnknown')}</dd></div>
            <div><dt>{t('runtime')}</dt><dd>{getPlatform().kind === 'electron' ? t('runtimeElectron') : t('runtimeWeb')}</dd></div>
          </dl>
        </section>

        <section className="card" aria-labelledby="about-evaluator">
          <h2 id="about-evaluator" className="card__title">{t('evaluator')}</h2>
          <p>{t('evaluatorText')}</p>
          {identity ? <AuthorForm key={identity.author} initial={identity.author} /> : <Loading label="…" />}
          <dl className="facts facts--rows">
            <div>
              <dt>{t('device')}</dt>
              <dd><code className="mono">{identity?.device || '…'}</code></dd>
            </div>
          </dl>
          <p className="muted small">{t('deviceText')}</p>
        </section>
      </div>

      <StorageInfo status={status} onRefresh={refresh} />
    </section>
  );
}
