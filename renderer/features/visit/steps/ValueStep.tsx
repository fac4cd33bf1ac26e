import { useTranslation } from 'react-i18next';
import type { ValueData } from '../../../domain/model';
import type { Step } from '../../../domain/template/schema';
import type { StepFinding } from '../../../domain/verdict/types';
import { localizeUnit } from '../../../domain/template/library';
import { RadioGroup, TextAreaField } from '../../../ui/Field';
import { useVisitModel } from '../visit-context';
import { FrequencyInput } from './FrequencyInput';
import { NumberField } from './NumberField';
import { StepFrame } from './StepFrame';
import { useStepDraft } from './use-step-draft';

type ValueStepDef = Extract<Step, { kind: 'value' }>;

/** `seenByEvaluator`: the value is what the evaluator saw (set against a text claim), not what the vendor said. */
export function ValueStep({ questionId, step, finding, seenByEvaluator = false }: { questionId: string; step: ValueStepDef; finding?: StepFinding; seenByEvaluator?: boolean }) {
  const { t } = useTranslation('visit');
  const { lang } = useVisitModel();
  const draft = useStepDraft(questionId, step.id, 'value', (): ValueData => ({}));
  const data = draft.data;
  const unit = step.unit ? localizeUnit(step.unit, lang, data.number) : step.valueType === 'percent' ? '%' : undefined;
  const label = seenByEvaluator ? t('value.seen') : t('value.stated');

  let control;
  switch (step.valueType) {
    case 'number':
    case 'percent':
      control = <NumberField label={label} suffix={unit} value={data.number} onChange={(number) => draft.setData({ ...data, number }, 'typing')} onBlur={draft.flush} />;
      break;
    case 'frequency':
      control = <FrequencyInput label={label} value={data.frequency} onChange={(frequency, mode) => draft.setData({ ...data, frequency }, mode)} onBlur={draft.flush} />;
      break;
    case 'text':
      control = <TextAreaField label={label} rows={3} value={data.text ?? ''} onChange={(e) => draft.setData({ ...data, text: e.target.value }, 'typing')} onBlur={draft.flush} />;
      break;
    case 'yes-no':
      control = (
        <RadioGroup
          legend={label}
          name={`value-${questionId}-${step.id}`}
          value={data.yesNo === undefined ? '' : data.yesNo ? 'yes' : 'no'}
          options={[{ value: 'yes', label: t('yes') }, { value: 'no', label: t('no') }]}
          onChange={(v) => draft.setData({ ...data, yesNo: v === 'yes' })}
        />
      );
      break;
  }
  return (
    <StepFrame questionId={questionId} step={step} finding={finding} draft={draft}>
      {control}
    </StepFrame>
  );
}
