import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepConflict } from '../../domain/answers';
import { CLAIM_MATCH_STEP } from '../../domain/model';
import { findQuestion, findStep, localize } from '../../domain/template/library';
import type { Template } from '../../domain/template/schema';
import { getIdentity } from '../../db/identity';
import { resolveConflict, ResolutionError } from '../../db/resolutions';
import { Button } from '../../ui/Button';
import { TextAreaField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { useToast } from '../../ui/Toast';
import { useLang } from '../../ui/use-lang';
import { AnswerContent } from './AnswerContent';
import { formatInstant, shortDevice } from './format';
import { useOpenConflicts } from './hooks';
import './packages.css';

function ConflictCard({ visitId, conflict, template }: { visitId: string; conflict: StepConflict; template: Template | undefined }) {
  const { t } = useTranslation('packages');
  const lang = useLang();
  const toast = useToast();
  const headingId = useId();
  const errorId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const question = template ? findQuestion(template, conflict.questionId) : undefined;
  const step = template ? findStep(template, conflict.questionId, conflict.stepId) : undefined;
  const title = question ? t('conflicts.question', { number: question.number, title: localize(question.title, lang) }) : conflict.questionId;
  const author = (name: string) => name || t('conflicts.unnamed');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return setError(t('conflicts.needChoice'));
    if (!reason.trim()) return setError(t('conflicts.needReason'));
    setBusy(true);
    setError(null);
    try {
      await resolveConflict(await getIdentity(), { visitId, questionId: conflict.questionId, stepId: conflict.stepId, chosenAnswerId: chosen, reason });
      toast(t('conflicts.resolved'));
      // The card leaves the list as soon as the live query sees the resolution.
    } catch (err) {
      setError(err instanceof ResolutionError && err.code === 'reason-required' ? t('conflicts.needReason') : t('conflicts.failed', { message: err instanceof Error ? err.message : String(err) }));
      setBusy(false);
    }
  };

  return (
    <li className="pk-conflict">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="pk-conflict__title">{title}</h3>
        <p className="pk-conflict__step">{t('conflicts.step', { prompt: step ? localize(step.prompt, lang) : conflict.stepId === CLAIM_MATCH_STEP ? t('conflicts.claimMatch') : conflict.stepId })}</p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <fieldset className="pk-choices" aria-describedby={error ? errorId : undefined}>
            <legend className="field__label">{t('conflicts.choose')}</legend>
            <div className="pk-choices__grid">
              {conflict.answers.map((a, i) => (
                <label key={a.id} className={`pk-answer${chosen === a.id ? ' pk-answer--chosen' : ''}`}>
                  <span className="pk-answer__head">
                    <input type="radio" name={`pk-choice-${conflict.questionId}-${conflict.stepId}`} value={a.id} checked={chosen === a.id}
                      onChange={() => setChosen(a.id)} aria-labelledby={`${headingId}-who-${i}`} aria-describedby={`${headingId}-what-${i}`} />
                    <span className="pk-answer__who" id={`${headingId}-who-${i}`}>{t('conflicts.keep', { author: author(a.author), at: formatInstant(a.updatedAt, lang) })}</span>
                  </span>
                  <span className="pk-answer__meta muted small">
                    {t('conflicts.device', { device: shortDevice(a.device) })} · {t('conflicts.rev', { rev: a.rev })}
                  </span>
                  <span id={`${headingId}-what-${i}`}><AnswerContent answer={a} /></span>
                </label>
              ))}
            </div>
          </fieldset>
          <TextAreaField label={t('conflicts.reason')} hint={t('conflicts.reasonHint')} rows={2} value={reason}
            onChange={(e) => setReason(e.target.value)} required />
          {error && <p id={errorId} role="alert" className="field__error">{error}</p>}
          <div className="form__actions">
            <Button type="submit" variant="primary" disabled={busy} aria-busy={busy}>{busy ? t('conflicts.resolving') : t('conflicts.resolve')}</Button>
          </div>
        </form>
      </article>
    </li>
  );
}

/**
 * Every step of the visit whose evaluators' answers still differ, each answer side by side with who took it,
 * on which device and when. Choosing one (with a reason) records a resolution; the card then leaves the list,
 * and the choice stays in the audit log.
 */
export function ConflictReview({ visitId }: { visitId: string }) {
  const { t } = useTranslation('packages');
  const view = useOpenConflicts(visitId);
  if (view === undefined) return <Loading label={t('conflicts.loading')} />;
  if (view === null) return null;
  const { conflicts, template } = view;
  return (
    <section id="pk-conflicts" className="card pk-review" aria-labelledby="pk-conflicts-title" tabIndex={-1}>
      <div className="card__header">
        <h2 id="pk-conflicts-title" className="card__title">{t('conflicts.title')}</h2>
        <p className={`pk-count${conflicts.length ? ' pk-count--open' : ''}`} role="status" data-testid="open-conflicts">
          {t('conflicts.count', { count: conflicts.length })}
        </p>
      </div>
      {conflicts.length === 0 ? (
        <p>{t('conflicts.none')}</p>
      ) : (
        <>
          <p className="muted">{t('conflicts.intro')}</p>
          {!template && <p className="pk-note">{t('conflicts.noTemplate')}</p>}
          <ul className="pk-conflicts" aria-labelledby="pk-conflicts-title">
            {conflicts.map((c) => <ConflictCard key={`${c.questionId}/${c.stepId}`} visitId={visitId} conflict={c} template={template} />)}
          </ul>
        </>
      )}
    </section>
  );
}
