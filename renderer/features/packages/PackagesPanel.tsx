import { useTranslation } from 'react-i18next';
import { exportVisit, streamVisit } from '../../db/packages';
import { ExportControls } from './ExportControls';
import { useOpenConflicts } from './hooks';
import { ImportControl } from './ImportControl';
import { SyncSection } from './SyncSection';
import './packages.css';

/** Sharing one visit: export it, take in the other evaluator's package, sync through a shared folder. */
export function PackagesPanel({ visitId }: { visitId: string }) {
  const { t } = useTranslation('packages');
  const view = useOpenConflicts(visitId);
  const open = view ? view.conflicts.length : undefined;
  return (
    <section className="card pk-panel" aria-labelledby="pk-panel-title">
      <div className="card__header">
        <h2 id="pk-panel-title" className="card__title">{t('panel.title')}</h2>
        {open !== undefined && (
          <a className={`pk-count${open ? ' pk-count--open' : ''}`} href="#pk-conflicts" onClick={(e) => {
            const target = document.getElementById('pk-conflicts');
            if (!target) return;
            e.preventDefault();
            target.scrollIntoView({ block: 'start' });
            target.focus({ preventScroll: true });
          }}>{t('panel.openConflicts', { count: open })}</a>
        )}
      </div>
      <p className="muted">{t('panel.intro')}</p>
      <div className="pk-grid">
        <ExportControls title={t('export.title')} hint={t('export.hint')} buttonLabel={t('export.button')}
          run={(passphrase, extra) => exportVisit(visitId, { passphrase, ...extra })} stream={(open, options) => streamVisit(visitId, open, options)} offerSharing />
        <ImportControl title={t('import.title')} label={t('import.label')} hint={t('import.hint')} />
      </div>
      <SyncSection visitId={visitId} />
    </section>
  );
}
