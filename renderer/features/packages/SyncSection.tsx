import type { ParseKeys, TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getIdentity } from '../../db/identity';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { Banner } from '../../ui/ErrorBanner';
import { useLang } from '../../ui/use-lang';
import { useSyncFolder } from './hooks';
import { problemText } from './problems';
import { SyncFolderAccess } from './SyncFolderAccess';
import { saveSyncFolder } from './sync-folder';
import { syncVisit, type SyncReport, type SyncStepResult } from './sync';
import { syncDossierWriter } from './sync-dossier';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

type Key = ParseKeys<'packages'>;

function stepLine(t: TFunction<'packages'>, step: SyncStepResult, done: Key, failed: Key, unavailable?: Key): string | null {
  if (step.status === 'done') return t(done, { name: step.name });
  if (step.status === 'failed') return t(failed, { message: step.problems?.length ? step.problems.map((p) => problemText(t, p)).join(' ') : step.message });
  return unavailable ? t(unavailable) : null;
}

function SyncReportView({ report }: { report: SyncReport }) {
  const { t } = useTranslation('packages');
  const failed = report.files.some((f) => f.status === 'failed') || report.own.status === 'failed' || report.dossier.status === 'failed';
  const lines: string[] = [];
  if (!report.files.length) lines.push(t('sync.noOthers'));
  for (const f of report.files) {
    if (f.status === 'failed') lines.push(`${t('sync.fileFailed', { name: f.name })}: ${f.problems.map((p) => problemText(t, p)).join(' ')}`);
    else lines.push(t(f.status === 'imported' ? 'sync.fileImported' : 'sync.fileUnchanged', { name: f.name }));
  }
  const own = stepLine(t, report.own, 'sync.ownDone', 'sync.ownFailed');
  if (own) lines.push(own);
  const pdf = stepLine(t, report.dossier, 'sync.pdfDone', 'sync.pdfFailed');
  if (pdf) lines.push(pdf);
  if (report.openConflicts !== undefined) lines.push(t('panel.openConflicts', { count: report.openConflicts }));
  return <Banner tone={failed ? 'warning' : 'info'} title={t('sync.report')} messages={lines} />;
}

/** Folder sync: only where the desktop bridge exists; a browser cannot be given a folder to write into. */
export function SyncSection({ visitId }: { visitId: string }) {
  const { t } = useTranslation('packages');
  const api = getPlatform().sync;
  const lang = useLang();
  const folder = useSyncFolder();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<SyncReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState(0);

  if (!api) {
    return (
      <div className="pk-block">
        <h3 className="pk-block__title">{t('sync.title')}</h3>
        <p className="pk-note" role="note">{t('sync.webOnly')}</p>
      </div>
    );
  }

  const choose = async () => {
    setError(null);
    try {
      const path = await api.chooseFolder();
      if (path) await saveSyncFolder(path);
    } catch (e) {
      setError(t('sync.chooseFailed', { message: message(e) }));
    } finally {
      // Even a cancelled or failed pick may have changed what the main process grants: show its list afresh.
      setChosen((n) => n + 1);
    }
  };

  const syncNow = async () => {
    if (!folder) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      // The dossier goes into the folder in the language the evaluator is working in right now.
      setReport(await syncVisit(visitId, folder, { sync: api, who: await getIdentity(), writeDossier: syncDossierWriter(api, lang) }));
    } catch (e) {
      setError(t('sync.failed', { message: message(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="pk-block">
      <h3 className="pk-block__title">{t('sync.title')}</h3>
      <p className="muted small">{t('sync.intro')}</p>
      <p className="pk-folder">{folder ? t('sync.folder', { path: folder }) : t('sync.noFolder')}</p>
      <div className="form__actions">
        <Button onClick={() => void choose()} disabled={busy}>{folder ? t('sync.change') : t('sync.choose')}</Button>
        <Button variant="primary" onClick={() => void syncNow()} disabled={busy || !folder} aria-busy={busy}>{busy ? t('sync.busy') : t('sync.now')}</Button>
      </div>
      {error && <Banner tone="error" title={error} />}
      {report && <SyncReportView report={report} />}
      <SyncFolderAccess api={api} refresh={chosen} />
    </div>
  );
}
