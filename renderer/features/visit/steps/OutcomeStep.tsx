import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../domain/model';
import type { Step } from '../../../domain/template/schema';
import type { StepFinding } from '../../../domain/verdict/types';
import { RadioGroup } from '../../../ui/Field';
import { StepFrame } from './StepFrame';
import { useStepDraft } from './use-step-draft';

const OUTCOMES: readonly Outcome[] = ['seen', 'not-seen', 'not-shown'];

/** Observe and demo steps: did the evaluator see it, look and not find it, or was it not shown at all. */
export function OutcomeStep({ questionId, step, finding }: { questionId: string; step: Extract<Step, { kind: 'observe' | 'demo' }>; finding?: StepFinding }) {
  const { t } = useTranslation('visit');
  const draft = useStepDraft(questionId, step.id, step.kind, () => ({ outcome: null }));
  return (
    <StepFrame questionId={questionId} step={step} finding={finding} draft={draft}>
      <RadioGroup
        legend={t('outcome.legend')}
        name={`outcome-${questionId}-${step.id}`}
        value={draft.data.outcome ?? ''}
        options={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
        onChange={(outcome) => draft.setData({ outcome })}
      />
    </StepFrame>
  );
}
