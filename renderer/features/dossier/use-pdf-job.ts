import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getPlatform } from '../../platform';
import { renderInWorker, type PdfJob } from '../../pdf/client';
import { DossierPrepError } from './prepare';

export type JobState =
  | { phase: 'idle' }
  | { phase: 'working'; label: string; done: number; total: number }
  | { phase: 'finished'; outcome: 'saved' | 'not-saved' | 'cancelled' }
  | { phase: 'failed'; message: string }
  | { phase: 'refused'; message: string };

type Prepare = (signal: AbortSignal, report: (label: string, done: number, total: number) => void) => Promise<{ ok: true; job: PdfJob } | { ok: false; error: string }>;

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/**
 * Runs one PDF job: prepare (read, check photos, build the model), render in the worker, save through the
 * platform. One AbortController covers all three steps, so Cancel works whichever one is running.
 */
export function usePdfJob() {
  const { t } = useTranslation('dossier');
  const [state, setState] = useState<JobState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (prepare: Prepare) => {
    controller.current?.abort();
    const ctl = new AbortController();
    controller.current = ctl;
    const report = (label: string, done: number, total: number) => {
      if (!ctl.signal.aborted) setState({ phase: 'working', label, done, total });
    };
    try {
      report(t('phaseLoading'), 0, 0);
      const prepared = await prepare(ctl.signal, report);
      if (!prepared.ok) {
        setState({ phase: 'refused', message: prepared.error });
        return;
      }
      const bytes = await renderInWorker(prepared.job, {
        signal: ctl.signal,
        onProgress: (done, total) => report(t('phaseRender', { done, total }), done, total),
      });
      if (ctl.signal.aborted) throw new DOMException('cancelled', 'AbortError');
      report(t('phaseSaving'), 1, 1);
      const saved = await getPlatform().saveFile(prepared.job.model.fileName, bytes, [{ name: 'PDF', extensions: ['pdf'] }]);
      setState({ phase: 'finished', outcome: saved ? 'saved' : 'not-saved' });
    } catch (e) {
      if (isAbort(e)) setState({ phase: 'finished', outcome: 'cancelled' });
      else if (e instanceof DossierPrepError) setState({ phase: 'failed', message: t(e.code, e.params) });
      else setState({ phase: 'failed', message: t('failed', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      if (controller.current === ctl) controller.current = null;
    }
  }, [t]);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, reset };
}
