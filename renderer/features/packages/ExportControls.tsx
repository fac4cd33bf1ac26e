import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PackageError, packageSaveFilters, type ExportedPackage, type ImportProblem, type OpenSave, type StreamedExport, type StreamExportOptions } from '../../db/packages';
import type { StreamProgress } from '../../domain/package/stream-write';
import type { Lang } from '../../domain/template/schema';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { Banner } from '../../ui/ErrorBanner';
import { formatNumber } from './format';
import { checkPassphrase, NO_PASSPHRASE, PassphraseFields, type PassphraseChoice } from './PassphraseFields';
import { problemText } from './problems';

/** What the result banner needs from either kind of export. */
interface Made { fileName: string; missing: ExportedPackage['missing']; damaged: string[]; downloaded: boolean; sharing?: boolean }

type Outcome =
  | { kind: 'saved'; pkg: Made }
  | { kind: 'not-saved' | 'cancelled' }
  | { kind: 'failed'; problems: ImportProblem[]; message?: string };

const MB = 1024 * 1024;

/**
 * Packs and hands the file to the platform. Without a passphrase the package is streamed into the file the user
 * picks (a save dialog in the app, the browser's save picker, or a download where there is none), with progress
 * and a cancel. With one it is sealed whole in memory (see db/packages.ts) and then saved.
 */
export function ExportControls({ title, hint, buttonLabel, run, stream, offerSharing = false }: {
  title: string;
  hint: string;
  buttonLabel: string;
  run: (passphrase: string, extra: { forSharing: boolean }) => Promise<ExportedPackage>;
  stream: (open: OpenSave, options: StreamExportOptions) => Promise<StreamedExport>;
  /** Offer "for sharing": redacted photos as their redacted copies only (a visit's package, not a backup). */
  offerSharing?: boolean;
}) {
  const { t, i18n } = useTranslation('packages');
  const lang = i18n.language as Lang;
  const [choice, setChoice] = useState<PassphraseChoice>(NO_PASSPHRASE);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<StreamProgress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const cancel = useRef<AbortController | null>(null);
  const [forSharing, setForSharing] = useState(false);
  const sharingId = useId();

  const start = async () => {
    setTried(true);
    if (checkPassphrase(choice)) return;
    setBusy(true);
    setOutcome(null);
    try {
      if (choice.enabled) {
        const pkg = await run(choice.pass, { forSharing });
        const saved = await getPlatform().saveFile(pkg.fileName, pkg.bytes, packageSaveFilters());
        setOutcome(saved ? { kind: 'saved', pkg: { ...pkg, downloaded: false, sharing: forSharing } } : { kind: 'not-saved' });
      } else {
        const controller = new AbortController();
        cancel.current = controller;
        const done = await stream((fileName) => getPlatform().openSaveStream(fileName, packageSaveFilters()), { signal: controller.signal, onProgress: setProgress, forSharing });
        setOutcome(done.status === 'saved' ? { kind: 'saved', pkg: { ...done.pkg, downloaded: done.pkg.target === 'download', sharing: forSharing } } : { kind: done.status });
      }
      // The passphrase is not kept around once the file is made.
      setChoice(NO_PASSPHRASE);
      setTried(false);
    } catch (e) {
      setOutcome(e instanceof PackageError ? { kind: 'failed', problems: e.problems } : { kind: 'failed', problems: [], message: e instanceof Error ? e.message : String(e) });
    } finally {
      cancel.current = null;
      setProgress(null);
      setBusy(false);
    }
  };

  const mb = (bytes: number) => formatNumber(bytes / MB, lang, 1);
  return (
    <div className="pk-block">
      <h3 className="pk-block__title">{title}</h3>
      <p className="muted small">{hint}</p>
      {offerSharing && (
        <label className="checkbox" htmlFor={sharingId}>
          <input id={sharingId} type="checkbox" checked={forSharing} onChange={(e) => setForSharing(e.target.checked)} />
          <span>{t('export.forSharing')}</span>
        </label>
      )}
      <PassphraseFields value={choice} onChange={setChoice} showErrors={tried} />
      <div className="form__actions">
        <Button variant="primary" onClick={() => void start()} disabled={busy} aria-busy={busy}>{busy ? t('export.busy') : buttonLabel}</Button>
        {busy && progress && <Button onClick={() => cancel.current?.abort(new DOMException('cancelled', 'AbortError'))}>{t('export.cancel')}</Button>}
      </div>
      {busy && progress && (
        <p className="small" role="status">
          <progress aria-label={t('export.progressLabel')} value={progress.done} max={Math.max(progress.total, 1)} />{' '}
          {t('export.progress', { done: mb(progress.done), total: mb(progress.total) })}
        </p>
      )}
      {outcome?.kind === 'saved' && (
        <Banner tone="info" title={t('export.saved', { name: outcome.pkg.fileName })}
          messages={[
            ...(outcome.pkg.sharing ? [t('export.sharingMade')] : []),
            ...(outcome.pkg.missing.length && !outcome.pkg.sharing ? [t('export.missing', { count: outcome.pkg.missing.length })] : []),
            ...(outcome.pkg.damaged.length ? [t('export.damaged', { ids: outcome.pkg.damaged.join(', ') })] : []),
            ...(outcome.pkg.downloaded ? [t('export.downloaded')] : []),
          ]} />
      )}
      {outcome?.kind === 'not-saved' && <Banner tone="warning" title={t('export.notSaved')} />}
      {outcome?.kind === 'cancelled' && <Banner tone="warning" title={t('export.cancelled')} />}
      {outcome?.kind === 'failed' && (
        <Banner tone="error" title={t('export.failed')} messages={outcome.message ? [outcome.message] : outcome.problems.map((p) => problemText(t, p))} />
      )}
    </div>
  );
}
