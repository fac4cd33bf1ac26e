import { useTranslation } from 'react-i18next';
import type { SaveState } from '../logic/save-queue';
import { Button } from '../../../ui/Button';
import { useContext } from 'react';
import { formatClock, visitTimeZone } from '../../../domain/time';
import { VisitContext } from '../visit-context';

/** Says "saved" only once the write has committed; a failure keeps the input and offers to try again. */
export function SaveStatus({ state, onRetry }: { state: SaveState<unknown>; onRetry: () => void }) {
  const { t } = useTranslation('visit');
  // Shown in the visit's zone like every other time of the visit.
  const timeZone = visitTimeZone(useContext(VisitContext)?.visit);
  let text = '';
  if (state.status === 'waiting' || state.status === 'saving') text = t('save.saving');
  else if (state.status === 'saved' && state.savedAt) text = t('save.saved', { time: formatClock(new Date(state.savedAt).toISOString(), timeZone, true) });
  return (
    <div className={`vp-save vp-save--${state.status}`}>
      <span role="status" aria-live="polite">{state.status === 'error' ? '' : text}</span>
      {state.status === 'error' && (
        <span role="alert" className="vp-save__error">
          {t('save.failed', { message: state.error ?? '' })}{' '}
          <Button small variant="danger" onClick={onRetry}>{t('save.retry')}</Button>
        </span>
      )}
    </div>
  );
}
