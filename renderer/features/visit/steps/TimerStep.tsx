import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimerData } from '../../../domain/model';
import type { Question, Step } from '../../../domain/template/schema';
import type { StepFinding } from '../../../domain/verdict/types';
import { clock } from '../../../domain/clock';
import { resolveBound, satisfies } from '../../../domain/verdict/rules';
import { Button } from '../../../ui/Button';
import { elapsed, formatDuration, median, parseDuration, worst } from '../logic/stopwatch';
import { useVisitModel } from '../VisitContext';
import { StepFrame } from './StepFrame';
import { useStepDraft } from './useStepDraft';

type TimerStepDef = Extract<Step, { kind: 'timer' }>;

/**
 * Running stopwatches outlive the component, so opening another question mid-trial does not lose the trial.
 * Keyed by visit/question/step; readings are monotonic (performance.now()).
 */
const running = new Map<string, { startMono: number; startIso: string }>();

const OP_TEXT = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' } as const;

export function TimerStep({ question, step, finding }: { question: Question; step: TimerStepDef; finding?: StepFinding }) {
  const { t } = useTranslation('visit');
  const { visit } = useVisitModel();
  const draft = useStepDraft(question.id, step.id, 'timer', (): TimerData => ({ trials: [] }));
  const key = `${visit.id}/${question.id}/${step.id}`;
  const [start, setStart] = useState(() => running.get(key));
  const [now, setNow] = useState(() => clock.mono());
  const [manual, setManual] = useState('');
  const [manualError, setManualError] = useState(false);
  const trials = draft.data.trials;

  useEffect(() => {
    if (!start) return;
    const id = setInterval(() => setNow(clock.mono()), 100);
    return () => clearInterval(id);
  }, [start]);

  const toggle = () => {
    if (!start) {
      const s = { startMono: clock.mono(), startIso: clock.nowIso() };
      running.set(key, s);
      setStart(s);
      setNow(s.startMono);
      return;
    }
    const ms = Math.round(elapsed(start.startMono, clock.mono()));
    running.delete(key);
    setStart(undefined);
    draft.setData({ trials: [...trials, { ms, at: start.startIso }] });
  };

  const addManual = () => {
    const ms = parseDuration(manual);
    if (ms === null) {
      setManualError(true);
      return;
    }
    draft.setData({ trials: [...trials, { ms, at: clock.nowIso() }] });
    setManual('');
    setManualError(false);
  };

  const rule = question.rule?.step === step.id ? question.rule : undefined;
  const rawBound = rule?.bounds[visit.targetCategory];
  const resolved = rawBound ? resolveBound(rawBound, visit.targetCategory, visit.projectSeats) : undefined;
  const bound = resolved?.ok ? resolved.bound : undefined;
  const seconds = trials.map((x) => x.ms / 1000);
  const med = median(seconds);
  const bad = worst(seconds, bound?.op);
  const verdictClass = (v: number | null) => (v === null || !bound ? '' : satisfies(v, bound.op, bound.value) ? 'vp-ok' : 'vp-bad');

  return (
    <StepFrame questionId={question.id} step={step} finding={finding} draft={draft}>
      <div className="vp-stopwatch">
        <output className="vp-stopwatch__time" aria-label={t('timer.elapsed')} aria-live="off">{formatDuration(start ? elapsed(start.startMono, now) : 0)}</output>
        <Button variant={start ? 'danger' : 'primary'} className="vp-stopwatch__btn" onClick={toggle}>
          {start ? t('timer.stop') : t('timer.start')}
        </Button>
      </div>
      <p className="vp-muted">{t('timer.progress', { done: trials.length, total: step.trials })}</p>
      {trials.length > 0 && (
        <ol className="vp-trials" aria-label={t('timer.trials')}>
          {trials.map((trial, i) => (
            <li key={`${trial.at}-${i}`}>
              <span>{t('timer.trial', { n: i + 1, time: formatDuration(trial.ms) })}</span>
              <Button small variant="ghost" aria-label={t('timer.removeTrial', { n: i + 1, time: formatDuration(trial.ms) })}
                onClick={() => draft.setData({ trials: trials.filter((_, j) => j !== i) })}>×</Button>
            </li>
          ))}
        </ol>
      )}
      <dl className="vp-stats">
        <div><dt>{t('timer.median')}</dt><dd className={verdictClass(med)}>{med === null ? '—' : formatDuration(med * 1000)}</dd></div>
        <div><dt>{t('timer.worst')}</dt><dd className={verdictClass(bad)}>{bad === null ? '—' : formatDuration(bad * 1000)}</dd></div>
        {bound && (
          <div><dt>{t('timer.bound', { category: visit.targetCategory })}</dt><dd>{OP_TEXT[bound.op]} {formatDuration(bound.value * 1000)}</dd></div>
        )}
      </dl>
      <form className="vp-inline" onSubmit={(e) => { e.preventDefault(); addManual(); }}>
        <input className="input" aria-label={t('timer.manual')} placeholder={t('timer.manualHint')} value={manual}
          aria-invalid={manualError || undefined} onChange={(e) => { setManual(e.target.value); setManualError(false); }} />
        <Button type="submit" disabled={!manual.trim()}>{t('timer.addManual')}</Button>
        {manualError && <span className="field__error" role="alert">{t('timer.manualInvalid')}</span>}
      </form>
    </StepFrame>
  );
}
