import { useTranslation } from 'react-i18next';
import { describeTemplateIssues, type TemplateIssue } from '../domain/template/validate';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useLang } from '../ui/use-lang';

export interface StartupProblems {
  /** Problems from template validation; each names the file and the place, worded in the UI language. */
  templateIssues: readonly TemplateIssue[];
  /** Set when IndexedDB could not be opened. */
  dbError: string | null;
}

/** Problems found while starting: shown above every page so nobody captures into a store that does not work. */
export function StartupBanners({ templateIssues, dbError }: StartupProblems) {
  const { t } = useTranslation('app');
  const lang = useLang();
  const templateErrors = describeTemplateIssues(templateIssues, lang);
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
