import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../domain/model';
import { useArchivedCount, useIdentity, useVisits } from '../../db/hooks';
import { deleteVisit, setVisitArchived } from '../../db/visits';
import { href } from '../../routing/route';
import { ButtonLink } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { useToast } from '../../ui/Toast';
import { useDocumentTitle } from '../../ui/use-document-title';
import { AuthorForm } from '../about/AuthorForm';
import { ComparisonButton } from '../dossier';
import { BackupPanel } from '../packages';
import { DeleteVisitDialog } from './DeleteVisitDialog';
import { VISITS_READY_MARK } from './marks';
import { VisitCard } from './VisitCard';


export function VisitsPage() {
  const { t } = useTranslation('visits');
  const toast = useToast();
  const [showArchived, setShowArchived] = useState(false);
  const visits = useVisits(showArchived);
  const archivedCount = useArchivedCount();
  const identity = useIdentity();
  const [deleting, setDeleting] = useState<Visit | null>(null);
  useDocumentTitle(t('title'));

  const ready = visits !== undefined;
  useEffect(() => {
    if (ready && performance.getEntriesByName(VISITS_READY_MARK).length === 0) performance.mark(VISITS_READY_MARK);
  }, [ready]);

  const archive = async (visit: Visit, archived: boolean) => {
    try {
      await setVisitArchived(visit.id, archived);
      toast(archived ? t('archivedToast') : t('restoredToast'));
    } catch (e) {
      toast(t('actionFailed', { message: e instanceof Error ? e.message : String(e) }), 'error');
    }
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    await deleteVisit(deleting.id);
    setDeleting(null);
    toast(t('deletedToast'));
  };

  return (
    <section className="page" aria-labelledby="visits-title">
      <div className="page__header">
        <div>
          <h1 id="visits-title">{t('title')}</h1>
          <p className="page__intro">{t('intro')}</p>
        </div>
        <div className="toolbar">
          <ComparisonButton />
          <ButtonLink variant="primary" href={href({ name: 'visit-new' })}>{t('newVisit')}</ButtonLink>
        </div>
      </div>

      {identity && !identity.author && (
        <section className="card card--notice" aria-labelledby="who-title">
          <h2 id="who-title" className="card__title">{t('whoTitle')}</h2>
          <p>{t('whoText')}</p>
          <AuthorForm initial="" />
        </section>
      )}

      <div className="toolbar">
        <label className="checkbox">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          <span>{t('showArchived')}</span>
        </label>
        {archivedCount !== undefined && archivedCount > 0 && <span className="muted">{t('archivedCount', { count: archivedCount })}</span>}
      </div>

      {!ready ? (
        <Loading label={t('loading')} />
      ) : visits.length === 0 ? (
        <div className="empty">
          <p className="empty__title">{archivedCount ? t('allArchived') : t('empty')}</p>
          {!archivedCount && <p>{t('emptyHint')}</p>}
        </div>
      ) : (
        <ul className="visit-list" aria-label={t('listLabel')} data-ready="true">
          {visits.map((v) => (
            <VisitCard key={v.id} visit={v} onArchive={(visit, a) => void archive(visit, a)} onDelete={setDeleting} />
          ))}
        </ul>
      )}

      <BackupPanel />

      {deleting && <DeleteVisitDialog visit={deleting} onConfirm={confirmDelete} onCancel={() => setDeleting(null)} />}
    </section>
  );
}
