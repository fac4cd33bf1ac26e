import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importPackage, type ImportProblem, type ImportResult } from '../../db/packages';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Banner } from '../../ui/ErrorBanner';
import { TextField } from '../../ui/Field';
import { FilePicker } from '../../ui/FilePicker';
import type { Lang } from '../../domain/template/schema';
import { formatNumber } from './format';
import { ImportProblemsView, ImportSummaryView } from './ImportReport';

type Shown = { kind: 'done'; result: ImportResult } | { kind: 'read-failed'; message: string };

const MB = 1024 * 1024;

interface Pending { bytes: Uint8Array | Blob; wrong: boolean }

/** Asks for the passphrase of an encrypted package; a wrong one keeps the dialog open with a clear message. */
function PassphraseDialog({ wrong, busy, onOpen, onCancel }: { wrong: boolean; busy: boolean; onOpen: (pass: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('packages');
  const [pass, setPass] = useState('');
  const field = useRef<HTMLInputElement>(null);
  return (
    <Dialog title={t('pass.title')} onClose={() => { if (!busy) onCancel(); }} initialFocus={field}
      actions={
        <>
          <Button onClick={onCancel} disabled={busy}>{t('pass.cancel')}</Button>
          <Button type="submit" form="pk-pass-form" variant="primary" disabled={busy || !pass} aria-busy={busy}>{busy ? t('pass.opening') : t('pass.open')}</Button>
        </>
      }>
      <form id="pk-pass-form" onSubmit={(e) => { e.preventDefault(); if (pass) onOpen(pass); }}>
        <p>{t('pass.text')}</p>
        <TextField ref={field} label={t('pass.field')} type="password" autoComplete="off" value={pass}
          onChange={(e) => setPass(e.target.value)} error={wrong ? t('pass.wrong') : null} required />
      </form>
    </Dialog>
  );
}

/**
 * A labelled file input that takes a package in. Everything is checked before anything is written (see
 * importPackage), so the report is either "what changed" or "why nothing changed".
 */
export function ImportControl({ title, label, hint, onImported }: { title: string; label: string; hint: string; onImported?: (r: ImportResult) => void }) {
  const { t, i18n } = useTranslation('packages');
  const lang = i18n.language as Lang;
  const inputId = useId();
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const cancel = useRef<AbortController | null>(null);

  const run = async (bytes: Uint8Array | Blob, passphrase?: string) => {
    setBusy(true);
    const controller = new AbortController();
    cancel.current = controller;
    try {
      const result = await importPackage(bytes, { ...(passphrase === undefined ? {} : { passphrase }), signal: controller.signal, onProgress: setProgress });
      if (!result.ok && result.needsPassphrase) {
        setPending({ bytes, wrong: passphrase !== undefined });
        return;
      }
      setPending(null);
      setShown({ kind: 'done', result });
      onImported?.(result);
    } finally {
      cancel.current = null;
      setProgress(null);
      setBusy(false);
    }
  };

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared at once, so choosing the same file again (after fixing something) still fires a change.
    input.value = '';
    if (!file) return;
    setShown(null);
    // Read whole and checked in the reader worker until the streamed reader runs there too: on the page's own
    // thread a crafted package (a zip bomb's 4 000 entries) would freeze the window while it is refused.
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (e) {
      setShown({ kind: 'read-failed', message: e instanceof Error ? e.message : String(e) });
      return;
    }
    await run(bytes);
  };

  const problems: ImportProblem[] | null = shown?.kind === 'done' && !shown.result.ok ? shown.result.problems : null;

  return (
    <div className="pk-block">
      <h3 className="pk-block__title">{title}</h3>
      <div className="field">
        <label className="field__label" htmlFor={inputId}>{label}</label>
        <FilePicker id={inputId} accept=".siteproof,application/octet-stream" aria-describedby={hintId}
          disabled={busy} onChange={(e) => void pick(e.currentTarget)} />
        <p id={hintId} className="field__hint">{hint}</p>
      </div>
      {busy && !pending && <p role="status" className="muted">{t('import.busy')}</p>}
      {busy && progress && (
        <div className="form__actions">
          <p className="small" role="status">
            <progress aria-label={t('import.progressLabel')} value={progress.done} max={Math.max(progress.total, 1)} />{' '}
            {t('import.progress', { done: formatNumber(progress.done / MB, lang, 1), total: formatNumber(progress.total / MB, lang, 1) })}
          </p>
          <Button onClick={() => cancel.current?.abort(new DOMException('cancelled', 'AbortError'))}>{t('import.cancel')}</Button>
        </div>
      )}
      {shown?.kind === 'done' && shown.result.ok && <ImportSummaryView summary={shown.result.summary} onDismiss={() => setShown(null)} />}
      {problems && <ImportProblemsView problems={problems} onDismiss={() => setShown(null)} />}
      {shown?.kind === 'read-failed' && (
        <Banner tone="error" title={t('result.failed')} messages={[t('import.readFailed', { message: shown.message })]} onDismiss={() => setShown(null)} />
      )}
      {pending && (
        <PassphraseDialog wrong={pending.wrong} busy={busy} onOpen={(pass) => void run(pending.bytes, pass)} onCancel={() => setPending(null)} />
      )}
    </div>
  );
}
