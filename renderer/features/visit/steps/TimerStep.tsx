import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimerData } from '../../../domain/model';
import type { Question, Step } from '../../../domain/template/schema';
import type { StepFinding } from '../../../domain/verdict/types';
import { clock } from '../../../domain/clock';
import { resolveBound, satisfies } from '../../../domain/verdict/rules';
import { assessRunningTrial, resumedStartMono, resumedTrialAts, STALE_AFTER_MS, wallElapsed, type RunningTrial } from '../../../domain/running-trial';
import { getIdentity, type Identity } from '../../../db/identity';
import { clearRunningTrial, discardRunningTrial, putRunningTrial, settleRunningTrial, useRunningTrial, type DiscardReason } from '../../../db/running-trials';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Banner } from '../../../ui/ErrorBanner';
import { describeError } from '../logic/errors';
import { useLang } from '../../../ui/use-lang';
import { elapsed, formatDuration, median, parseDuration, worst } from '../logic/stopwatch';
import { agoOf, clockTime } from '../logic/trial-clock';
import { useVisitModel } from '../visit-context';
import { StepFrame } from './StepFrame';
import { useStepDraft } from './use-step-draft';

type TimerStepDef = Extract<Step, { kind: 'timer' }>;

/**
 * Running stopwatches outlive the component, so opening another question mid-trial does not lose the trial.
 * Keyed by visit/question/step; readings are monotonic (performance.now()). The start is also stored (see
 * db/running-trials.ts) so that a reload or a crash cannot lose a trial without the evaluator knowing.
 */
interface Running {
  startMono: number;
  startMs: number;
  startIso: string;
  /** Crossed a reload: its time before the reload came from the wall clock. */
  resumed: boolean;
}
const running = new Map<string, Running>();

/** This page load. A stored running trial from another one was cut off by a reload or a crash. */
const SESSION = crypto.randomUUID();

const OP_TEXT = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' } as const;

export function TimerStep({ question, step, finding }: { question: Question; step: TimerStepDef; finding?: StepFinding }) {
  const { t } = useTranslation('visit');
  const lang = useLang();
  const { visit, bundle, me, queue } = useVisitModel();
  const draft = useStepDraft(question.id, step.id, 'timer', (): TimerData => ({ trials: [] }));
  const key = `${visit.id}/${question.id}/${step.id}`;
  const [start, setStart] = useState(() => running.get(key));
  const [now, setNow] = useState(() => clock.mono());
  const [wallNow, setWallNow] = useState(() => clock.nowMs());
  const [manual, setManual] = useState('');
  const [manualError, setManualError] = useState(false);
  const [unguarded, setUnguarded] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const trials = draft.data.trials;
  const stored = useRunningTrial(visit.id, question.id, step.id);
  const recovery = start || !stored ? { kind: 'none' as const } : assessRunningTrial(stored, { session: SESSION, nowMs: wallNow, trials });
  const asking = recovery.kind === 'interrupted' || recovery.kind === 'unusable';
  const settling = useRef<string | null>(null);

  useEffect(() => {
    if (!start) return;
    const id = setInterval(() => setNow(clock.mono()), 100);
    return () => clearInterval(id);
  }, [start]);

  // Keeps "N min ago" and the stale limit current while the question waits for an answer.
  useEffect(() => {
    if (!asking) return;
    const id = setInterval(() => setWallNow(clock.nowMs()), 15_000);
    return () => clearInterval(id);
  }, [asking]);

  // The trial is already saved and only the clean-up after it was cut off: finish it without asking.
  useEffect(() => {
    if (recovery.kind !== 'saved' || !stored || settling.current === stored.startIso) return;
    settling.current = stored.startIso;
    void queue.run(async () => settleRunningTrial(await getIdentity(), stored)).catch(() => undefined);
  }, [recovery.kind, stored, queue]);

  const failed = (e: unknown) => setProblem(t('timer.actionFailed', { message: describeError(e, t) }));

  const recordOf = (s: Running, who: Identity): RunningTrial => ({
    visitId: visit.id, questionId: question.id, stepId: step.id, author: who.author, device: who.device,
    startMs: s.startMs, startIso: s.startIso, session: SESSION, ...(s.resumed ? { resumed: true as const } : {}),
  });

  const begin = (s: Running) => {
    running.set(key, s);
    setStart(s);
    setNow(clock.mono());
    setUnguarded(false);
    setProblem(null);
    // In the save queue, so the record is written before the clean-up of this very trial can run.
    void queue.run(async () => putRunningTrial(s.resumed && stored ? { ...stored, session: SESSION, resumed: true } : recordOf(s, await getIdentity())))
      .catch(() => setUnguarded(true));
  };

  const startTrial = () => {
    const startMs = clock.nowMs();
    begin({ startMono: clock.mono(), startMs, startIso: new Date(startMs).toISOString(), resumed: false });
  };

  const resume = (r: RunningTrial) => {
    begin({ startMono: resumedStartMono(r.startMs, clock.nowMs(), clock.mono()), startMs: r.startMs, startIso: r.startIso, resumed: true });
  };

  const stop = (s: Running) => {
    const ms = Math.round(elapsed(s.startMono, clock.mono()));
    running.delete(key);
    setStart(undefined);
    draft.setData({ trials: [...trials, { ms, at: s.startIso }] });
    // Queued right behind the write of the trial: the record goes only once an answer holds the trial.
    void queue.run(async () => {
      const who = await getIdentity();
      await settleRunningTrial(who, recordOf(s, who));
    }).catch(failed);
  };

  const cancel = (s: Running) => {
    const ms = elapsed(s.startMono, clock.mono());
    running.delete(key);
    setStart(undefined);
    void queue.run(async () => {
      const who = await getIdentity();
      const r = recordOf(s, who);
      // Only a trial that crossed a reload was ever offered for recovery, so only its cancelling is logged.
      await (s.resumed ? discardRunningTrial(who, r, ms, 'cancelled') : clearRunningTrial(r));
    }).catch(failed);
  };

  const discard = (r: RunningTrial, reason: DiscardReason) => {
    setProblem(null);
    void queue.run(async () => discardRunningTrial(await getIdentity(), r, wallElapsed(r.startMs, clock.nowMs()), reason)).catch(failed);
  };

  const agoText = (ms: number) => {
    const ago = agoOf(ms);
    return ago.unit === 'now' ? t('timer.ago.now') : ago.unit === 'minutes' ? t('timer.ago.minutes', ago) : t('timer.ago.hours', ago);
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
  const resumedAts = resumedTrialAts(bundle.audit, question.id, step.id);

  return (
    <StepFrame questionId={question.id} step={step} finding={finding} draft={draft}>
      {asking && stored && (
        <Banner tone="warning" title={t('timer.interrupted.title')}>
          <p>
            {recovery.kind === 'unusable' && recovery.reason === 'clock'
              ? t('timer.interrupted.startedAt', { time: clockTime(stored.startMs) })
              : t('timer.interrupted.started', { time: clockTime(stored.startMs), ago: agoText(recovery.elapsedMs) })}
            {me && stored.author !== me.author && ` ${t('timer.interrupted.by', { author: stored.author || t('step.unnamed') })}`}
          </p>
          <p>
            {recovery.kind === 'interrupted'
              ? t('timer.interrupted.resumeHint', { time: clockTime(stored.startMs) })
              : t(`timer.interrupted.${recovery.reason}`, { hours: STALE_AFTER_MS / 3_600_000, count: STALE_AFTER_MS / 3_600_000 })}
          </p>
          <div className="vp-inline">
            {recovery.kind === 'interrupted' && (
              <Button variant="primary" onClick={() => resume(stored)}>{t('timer.interrupted.resume')}</Button>
            )}
            <Button variant="danger" onClick={() => discard(stored, recovery.kind === 'interrupted' ? 'interrupted' : recovery.reason)}>
              {t('timer.interrupted.discard')}
            </Button>
          </div>
        </Banner>
      )}
      <div className="vp-stopwatch">
        <output className="vp-stopwatch__time" aria-label={t('timer.elapsed')} aria-live="off">{formatDuration(start ? elapsed(start.startMono, now) : 0, lang)}</output>
        {/* Not while a cut-off trial waits for a decision (or is still being looked up): a new start would replace it. */}
        <Button variant={start ? 'danger' : 'primary'} className="vp-stopwatch__btn" disabled={!start && (asking || stored === undefined)}
          onClick={() => (start ? stop(start) : startTrial())}>
          {start ? t('timer.stop') : t('timer.start')}
        </Button>
        {start && <Button variant="ghost" onClick={() => cancel(start)}>{t('timer.cancel')}</Button>}
      </div>
      {start?.resumed && <p className="vp-muted">{t('timer.resumedRunning')}</p>}
      {start && unguarded && <p className="field__error" role="alert">{t('timer.recoveryUnsaved')}</p>}
      {problem && <p className="field__error" role="alert">{problem}</p>}
      <p className="vp-muted">{t('timer.progress', { done: trials.length, total: step.trials, count: step.trials })}</p>
      {trials.length > 0 && (
        <ol className="vp-trials" aria-label={t('timer.trials')}>
          {trials.map((trial, i) => (
            <li key={`${trial.at}-${i}`}>
              <span>{t('timer.trial', { n: i + 1, time: formatDuration(trial.ms, lang) })}</span>
              {resumedAts.has(trial.at) && <Badge tone="warning">{t('timer.resumedMark')}</Badge>}
              <Button small variant="ghost" aria-label={t('timer.removeTrial', { n: i + 1, time: formatDuration(trial.ms, lang) })}
                onClick={() => draft.setData({ trials: trials.filter((_, j) => j !== i) })}>×</Button>
            </li>
          ))}
        </ol>
      )}
      <dl className="vp-stats">
        <div><dt>{t('timer.median')}</dt><dd className={verdictClass(med)}>{med === null ? '—' : formatDuration(med * 1000, lang)}</dd></div>
        <div><dt>{t('timer.worst')}</dt><dd className={verdictClass(bad)}>{bad === null ? '—' : formatDuration(bad * 1000, lang)}</dd></div>
        {bound && (
          <div><dt>{t('timer.bound', { category: visit.targetCategory })}</dt><dd>{OP_TEXT[bound.op]} {formatDuration(bound.value * 1000, lang)}</dd></div>
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
