import { useTranslation } from 'react-i18next';
import { freeBytes, isLowSpace, type StorageStatus } from '../../db/storage';
import { Button } from '../../ui/Button';
import { Banner } from '../../ui/ErrorBanner';
import { Loading } from '../../ui/Loading';
import { useLang } from '../../ui/use-lang';
import { formatBytes } from './format-bytes';

export function StorageInfo({ status, onRefresh }: { status: StorageStatus | undefined; onRefresh: () => void }) {
  const { t } = useTranslation('about');
  const lang = useLang();
  const bytes = (n: number | null) => (n === null ? t('unknown') : formatBytes(t, lang, n));

  return (
    <section className="card" aria-labelledby="about-storage">
      <div className="card__header">
        <h2 id="about-storage" className="card__title">{t('storage')}</h2>
        <Button small onClick={onRefresh}>{t('refresh')}</Button>
      </div>
      {!status ? (
        <Loading label={t('loading')} />
      ) : (
        <>
          {isLowSpace(status) && (
            <Banner tone="warning" title={t('lowSpace')}>
              <p>{t('lowSpaceText', { free: bytes(freeBytes(status)) })}</p>
            </Banner>
          )}
          <dl className="facts facts--rows">
            <div>
              <dt>{t('persisted')}</dt>
              <dd data-testid="storage-persisted">
                {status.persisted === null ? t('persistedUnknown') : status.persisted ? t('persistedYes') : t('persistedNo')}
              </dd>
            </div>
            <div><dt>{t('used')}</dt><dd data-testid="storage-used">{bytes(status.usage)}</dd></div>
            <div><dt>{t('available')}</dt><dd>{bytes(status.quota)}</dd></div>
            <div><dt>{t('free')}</dt><dd data-testid="storage-free">{bytes(freeBytes(status))}</dd></div>
          </dl>
          {status.usage !== null && status.quota ? (
            <meter
              className="meter"
              aria-label={t('usageBar')}
              min={0}
              max={status.quota}
              value={status.usage}
              high={status.quota * 0.9}
              optimum={0}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
