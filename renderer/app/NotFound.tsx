import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../ui/Button';
import { useDocumentTitle } from '../ui/use-document-title';
import { href } from '../routing/route';

export function NotFound({ path }: { path: string }) {
  const { t } = useTranslation('app');
  useDocumentTitle(t('notFoundTitle'));
  return (
    <section className="page" aria-labelledby="nf-title">
      <h1 id="nf-title">{t('notFoundTitle')}</h1>
      <p>{t('notFoundText', { path })}</p>
      <ButtonLink variant="primary" href={href({ name: 'visits' })}>{t('backToVisits')}</ButtonLink>
    </section>
  );
}
