import { useTranslation } from 'react-i18next';
import { exportAll, streamAll } from '../../db/packages';
import { ExportControls } from './ExportControls';
import { ImportControl } from './ImportControl';
import './packages.css';

/** Full backup of this machine and restore from one, for the visits home. */
export function BackupPanel() {
  const { t } = useTranslation('packages');
  return (
    <section className="card pk-panel" aria-labelledby="pk-backup-title">
      <h2 id="pk-backup-title" className="card__title">{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <div className="pk-grid">
        <ExportControls title={t('backup.exportTitle')} hint={t('backup.exportHint')} buttonLabel={t('backup.export')}
          run={(passphrase) => exportAll({ passphrase })} stream={(open, options) => streamAll(open, options)} />
        <ImportControl title={t('backup.importTitle')} label={t('backup.importLabel')} hint={t('backup.importHint')} />
      </div>
    </section>
  );
}
