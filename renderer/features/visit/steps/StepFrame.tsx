import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepKind, Step } from '../../../domain/template/schema';
import type { StepFinding } from '../../../domain/verdict/types';
import { getIdentity } from '../../../db/identity';
import { deleteAnswer } from '../../../db/answers';
import { localize } from '../../../domain/template/library';
import { stepKey } from '../../../domain/answers';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { TextAreaField } from '../../../ui/Field';
import { useVisitModel } from '../visit-context';
import { SaveStatus } from './SaveStatus';
import { StepPhotos } from './StepPhotos';
import type { StepDraft } from './use-step-draft';

export interface StepFrameProps<K extends StepKind> {
  questionId: string;
  step: Step;
  finding: StepFinding | undefined;
  draft: StepDraft<K>;
  children: ReactNode;
}

/** What every step shares: its prompt, the note, photos where they make sense, the save state and "clear". */
export function StepFrame<K extends StepKind>({ questionId, step, finding, draft, children }: StepFrameProps<K>) {
  const { t } = useTranslation('visit');
  const { visit, template, lang, queue, conflicts, captureStep } = useVisitModel();
  const questionNumber = template.sections.flatMap((s) => s.questions).find((q) => q.id === questionId)?.number ?? '';
  const active = captureStep?.questionId === questionId && captureStep.stepId === step.id;
  const [confirming, setConfirming] = useState(false);
  const headingId = `step-${questionId}-${step.id}`;
  // Another evaluator's record is shown when it is the one that counts (or we have none): say whose it is.
  const other = draft.shown && draft.shown.id !== draft.own?.id ? draft.shown : undefined;

  const clear = async () => {
    const own = draft.own;
    if (!own) return;
    await queue.flush();
    await queue.run(async () => deleteAnswer(await getIdentity(), own.id));
    setConfirming(false);
  };

  return (
    <section className={`vp-step${active ? ' vp-step--active' : ''}`} aria-labelledby={headingId} id={`vp-step-${questionId}-${step.id}`} data-step={step.id} tabIndex={-1}>
      <header className="vp-step__head">
        <h3 id={headingId} className="vp-step__title">{localize(step.prompt, lang)}</h3>
        <div className="vp-step__badges">
          {active && <Badge tone="info">{t('step.photosHere')}</Badge>}
          {step.optional && <Badge>{t('step.optional')}</Badge>}
          {finding?.complete ? <Badge tone="success">{t('step.complete')}</Badge> : <Badge tone="warning">{t('step.open')}</Badge>}
        </div>
      </header>
      {conflicts.has(stepKey(questionId, step.id)) && <p className="vp-step__conflict" role="note">{t('step.conflict')}</p>}
      {other && <p className="vp-step__other">{t('step.otherAuthor', { author: other.author || t('step.unnamed') })}</p>}
      <div className="vp-step__body">{children}</div>
      <TextAreaField
        label={t('step.note')}
        className="vp-step__note"
        rows={2}
        value={draft.note}
        onChange={(e) => draft.setNote(e.target.value)}
        onBlur={draft.flush}
      />
      {/* Any step can carry photos: a certificate behind an interview answer, the screen of a timed search. */}
      <StepPhotos visitId={visit.id} questionId={questionId} stepId={step.id} stepLabel={`${questionNumber}. ${localize(step.prompt, lang)}`} />
      <footer className="vp-step__foot">
        <SaveStatus state={draft.save} onRetry={draft.retry} />
        {draft.own && (
          <Button small variant="ghost" onClick={() => setConfirming(true)}>{t('step.clear')}</Button>
        )}
      </footer>
      {confirming && (
        <ConfirmDialog
          title={t('step.clearTitle')}
          message={t('step.clearMessage', { step: localize(step.prompt, lang) })}
          confirmLabel={t('step.clearConfirm')}
          tone="danger"
          onConfirm={clear}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
