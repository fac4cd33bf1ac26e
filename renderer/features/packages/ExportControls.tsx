import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PackageError, packageSaveFilters, type ExportedPackage, type ImportProblem } from '../../db/packages';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { Banner } from '../../ui/ErrorBanner';
import { checkPassphrase, NO_PASSPHRASE, PassphraseFields, type PassphraseChoice } from './PassphraseFields';
import { problemText } from './problems';
import './strings';

type Outcome =
  | { kind: 'saved' | 'not-saved'; pkg: ExportedPackage }
  | { kind: 'failed'; problems: ImportProblem[]; message?: string };

/** Packs (optionally encrypts) and hands the file to the platform: a save dialog in the app, a download in a browser. */
export function ExportControls({ title, hint, buttonLabel, run }: {
  title: string;
  hint: string;
  buttonLabel: string;
  run: (passphrase: string | undefined) => Promise<ExportedPackage>;
}) {
  const { t } = useTranslation('packages');
  const [choice, setChoice] = useState<PassphraseChoice>(NO_PASSPHRASE);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const start = async () => {
    setTried(true);
    if (checkPassphrase(choice)) return;
    setBusy(true);
    setOutcome(null);
    try {
      const pkg = await run(choice.enabled ? choice.pass : undefined);
      const saved = await getPlatform().saveFile(pkg.fileName, pkg.bytes, packageSaveFilters());
      setOutcome({ kind: saved ? 'saved' : 'not-saved', pkg });
      // The passphrase is not kept around once the file is made.
      setChoice(NO_PASSPHRASE);
      setTried(false);
    } catch (e) {
      setOutcome(e instanceof PackageError ? { kind: 'failed', problems: e.problems } : { kind: 'failed', problems: [], message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="pk-block">
      <h3 className="pk-block__title">{title}</h3>
      <p className="muted small">{hint}</p>
      <PassphraseFields value={choice} onChange={setChoice} showErrors={tried} />
      <div className="form__actions">
        <Button variant="primary" onClick={() => void start()} disabled={busy} aria-busy={busy}>{busy ? t('export.busy') : buttonLabel}</Button>
      </div>
      {outcome?.kind === 'saved' && (
        <Banner tone="info" title={t('export.saved', { name: outcome.pkg.fileName })}
          messages={[
            ...(outcome.pkg.missing.length ? [t('export.missing', { count: outcome.pkg.missing.length })] : []),
            ...(outcome.pkg.damaged.length ? [t('export.damaged', { ids: outcome.pkg.damaged.join(', ') })] : []),
          ]} />
      )}
      {outcome?.kind === 'not-saved' && <Banner tone="warning" title={t('export.notSaved')} />}
      {outcome?.kind === 'failed' && (
        <Banner tone="error" title={t('export.failed')} messages={outcome.message ? [outcome.message] : outcome.problems.map((p) => problemText(t, p))} />
      )}
    </div>
  );
}
