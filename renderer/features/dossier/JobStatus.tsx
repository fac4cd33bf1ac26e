import { useTranslation } from 'react-i18next';
import type { JobState } from './use-pdf-job';

/** Progress bar with an accessible name, the current step in words, and the outcome once it is over. */
export function JobStatus({ state }: { state: JobState }) {
  const { t } = useTranslation('dossier');
  if (state.phase === 'idle') return null;
  if (state.phase === 'working') {
    return (
      <div className="dossier-progress">
        {state.total > 0
          ? <progress aria-label={t('progressLabel')} max={state.total} value={state.done} />
          : <progress aria-label={t('progressLabel')} />}
        <p role="status" aria-live="polite">{state.label}</p>
      </div>
    );
  }
  if (state.phase === 'finished') {
    const text = state.outcome === 'saved' ? t('saved') : state.outcome === 'not-saved' ? t('notSaved') : t('cancelled');
    return <p role="status" aria-live="polite">{text}</p>;
  }
  return <p role="alert" className="dialog__warning">{state.message}</p>;
}
