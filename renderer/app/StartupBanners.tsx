import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../ui/ErrorBanner';

export interface StartupProblems {
  /** Messages from template validation; each names the file and the place. */
  templateErrors: readonly string[];
  /** Set when IndexedDB could not be opened. */
  dbError: string | null;
}

/** Problems found while starting: shown above every page so nobody captures into a store that does not work. */
export function StartupBanners({ templateErrors, dbError }: StartupProblems) {
  const { t } = useTranslation('app');
  return (
    <>
      {dbError && (
        <ErrorBanner title={t('dbErrorTitle')} messages={[dbError]}>
          <p>{t('dbErrorHint')}</p>
        </ErrorBanner>
      )}
      {templateErrors.length > 0 && <ErrorBanner title={t('templateErrorsTitle')} messages={templateErrors} />}
    </>
  );
}
