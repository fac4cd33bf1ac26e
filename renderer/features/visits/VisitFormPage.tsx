import { useTranslation } from 'react-i18next';
import { draftFromFields, emptyDraft, templateKey } from '../../domain/visit';
import { useIdentity, useVisit, useVisitRecordCounts } from '../../db/hooks';
import { createVisit, hasCaptures, updateVisit } from '../../db/visits';
import { href, navigate } from '../../routing/route';
import { ButtonLink } from '../../ui/Button';
import { Banner } from '../../ui/ErrorBanner';
import { Loading } from '../../ui/Loading';
import { useToast } from '../../ui/Toast';
import { useDocumentTitle } from '../../ui/use-document-title';
import { todayIso } from './format';
import { useAvailableTemplates } from './templates';
import { VisitForm } from './VisitForm';

export function NewVisitPage() {
  const { t } = useTranslation('visits');
  const toast = useToast();
  const identity = useIdentity();
  const available = useAvailableTemplates();
  useDocumentTitle(t('newVisit'));
  return (
    <section className="page page--narrow" aria-labelledby="visit-form-title">
      <div className="page__header">
        <h1 id="visit-form-title">{t('newVisit')}</h1>
      </div>
      {!identity || !available ? (
        <Loading label="…" />
      ) : (
        <VisitForm
          available={available}
          initial={emptyDraft({
            template: available.refs.length > 0 ? templateKey(available.refs[0]) : '',
            dateFrom: todayIso(),
            evaluators: identity.author,
          })}
          onSave={async (fields) => {
            const visit = await createVisit(fields);
            toast(t('created'));
            navigate({ name: 'visit', visitId: visit.id });
          }}
        />
      )}
    </section>
  );
}

export function EditVisitPage({ visitId }: { visitId: string }) {
  const { t } = useTranslation('visits');
  const toast = useToast();
  const visit = useVisit(visitId);
  const counts = useVisitRecordCounts(visitId);
  const available = useAvailableTemplates();
  useDocumentTitle(t('editVisit'));
  return (
    <section className="page page--narrow" aria-labelledby="visit-form-title">
      <div className="page__header">
        <h1 id="visit-form-title">{t('editVisit')}{visit ? `: ${visit.vendor}` : ''}</h1>
      </div>
      {visit === undefined || counts === undefined || available === undefined ? (
        <Loading label="…" />
      ) : visit === null ? (
        <Banner tone="warning" title={t('notFound')}>
          <ButtonLink href={href({ name: 'visits' })}>{t('back')}</ButtonLink>
        </Banner>
      ) : (
        <VisitForm
          key={visit.id}
          visit={visit}
          available={available}
          initial={draftFromFields(visit)}
          templateLocked={hasCaptures(counts)}
          onSave={async (fields) => {
            await updateVisit(visit.id, fields);
            toast(t('saved'));
            navigate({ name: 'visits' });
          }}
        />
      )}
    </section>
  );
}
