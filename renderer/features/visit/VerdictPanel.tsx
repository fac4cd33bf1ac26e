import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './logic/errors';
import { VERDICTS, type Verdict } from '../../domain/model';
import type { QuestionResult } from '../../domain/verdict/types';
import { formatReason } from '../../domain/verdict';
import { getIdentity } from '../../db/identity';
import { clearDecision, markNotApplicable, overrideVerdict } from '../../db/decisions';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { RadioGroup, TextAreaField } from '../../ui/Field';
import { useVisitModel } from './visit-context';

export const VERDICT_TONE: Record<Verdict, BadgeTone> = { meets: 'success', partly: 'warning', 'not-met': 'danger', 'not-verified': 'neutral' };

type Mode = 'idle' | 'override' | 'n/a';

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation('visit');
  return <Badge tone={VERDICT_TONE[verdict]}>{t(`verdict.${verdict}`)}</Badge>;
}

/** The suggested verdict with its reasoning, and the evaluator's own say: override it or mark the question not applicable. */
export function VerdictPanel({ result }: { result: QuestionResult }) {
  const { t } = useTranslation('visit');
  const { visit, lang, queue } = useVisitModel();
  const [mode, setMode] = useState<Mode>('idle');
  const [verdict, setVerdict] = useState<Verdict | ''>('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = { visitId: visit.id, questionId: result.question.id };
  const decision = result.override ?? result.notApplicable;

  const open = (m: Mode) => {
    setMode(m);
    setVerdict(m === 'override' ? (result.override?.verdict ?? '') : '');
    setReason('');
    setError(null);
  };

  const submit = async () => {
    if (mode === 'override' && !verdict) return setError(t('decision.needVerdict'));
    if (!reason.trim()) return setError(t('decision.needReason'));
    setBusy(true);
    try {
      await queue.run(async () => {
        const who = await getIdentity();
        if (mode === 'override' && verdict) await overrideVerdict(who, ref, verdict, reason);
        else await markNotApplicable(who, ref, reason);
      });
      // The reason is given now: an earlier "reason needed" must not linger beside the saved decision.
      setError(null);
      setMode('idle');
    } catch (e) {
      setError(t('decision.failed', { message: describeError(e, t) }));
    } finally {
      setBusy(false);
    }
  };

  const clear = async () => {
    setBusy(true);
    try {
      await queue.run(async () => clearDecision(await getIdentity(), ref));
    } catch (e) {
      setError(t('decision.failed', { message: describeError(e, t) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="vp-verdict" aria-label={t('verdict.panel')}>
      <div className="vp-verdict__row">
        <span className="vp-verdict__label">{t('verdict.suggested', { category: visit.targetCategory })}</span>
        <VerdictBadge verdict={result.suggested} />
        <span className="vp-verdict__reason">{formatReason(result.reason, lang)}</span>
      </div>
      {result.override && (
        <div className="vp-verdict__row vp-verdict__row--decision">
          <span className="vp-verdict__label">{t('verdict.overridden')}</span>
          <VerdictBadge verdict={result.effective} />
          <span className="vp-verdict__reason">{t('decision.reasonBy', { reason: result.override.reason, author: result.override.author || t('step.unnamed') })}</span>
        </div>
      )}
      {result.notApplicable && (
        <div className="vp-verdict__row vp-verdict__row--decision">
          <Badge tone="info">{t('verdict.na')}</Badge>
          <span className="vp-verdict__reason">{t('decision.reasonBy', { reason: result.notApplicable.reason, author: result.notApplicable.author || t('step.unnamed') })}</span>
        </div>
      )}
      {result.discrepancy && (
        <p className="vp-flag vp-flag--danger">
          <Badge tone="danger">{t('discrepancy.flag')}</Badge>{' '}
          {t('discrepancy.text', { claimed: result.discrepancy.claim.value, found: result.discrepancy.found })}
        </p>
      )}
      {mode === 'idle' ? (
        <div className="vp-verdict__actions">
          <Button small onClick={() => open('override')} disabled={busy}>{result.override ? t('decision.changeOverride') : t('decision.override')}</Button>
          {!result.notApplicable && <Button small onClick={() => open('n/a')} disabled={busy}>{t('decision.markNa')}</Button>}
          {decision && <Button small variant="ghost" onClick={() => void clear()} disabled={busy}>{t('decision.clear')}</Button>}
        </div>
      ) : (
        <form className="vp-decision-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          {mode === 'override' && (
            <RadioGroup legend={t('decision.verdict')} name={`ov-${result.question.id}`} value={verdict} required
              options={VERDICTS.map((v) => ({ value: v, label: t(`verdict.${v}`) }))}
              onChange={(v) => { setVerdict(v); if (error === t('decision.needVerdict')) setError(null); }} />
          )}
          <TextAreaField label={mode === 'override' ? t('decision.overrideReason') : t('decision.naReason')} required rows={2}
            value={reason} onChange={(e) => { setReason(e.target.value); if (e.target.value.trim() && error === t('decision.needReason')) setError(null); }} />
          <div className="vp-verdict__actions">
            <Button type="submit" variant="primary" disabled={busy}>{mode === 'override' ? t('decision.saveOverride') : t('decision.saveNa')}</Button>
            <Button onClick={() => { setMode('idle'); setError(null); }} disabled={busy}>{t('cancel')}</Button>
          </div>
        </form>
      )}
      {error && <p className="field__error" role="alert">{error}</p>}
    </section>
  );
}
