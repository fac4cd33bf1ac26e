import { useTranslation } from 'react-i18next';
import type { DocumentData } from '../../../domain/model';
import type { DocField, Step } from '../../../domain/template/schema';
import type { StepFinding } from '../../../domain/verdict/types';
import { Badge } from '../../../ui/Badge';
import { RadioGroup, TextField } from '../../../ui/Field';
import { DATE_FIELDS, isExpired } from '../logic/document';
import { useVisitModel } from '../VisitContext';
import { StepFrame } from './StepFrame';
import { useStepDraft } from './useStepDraft';

const OUTCOMES: readonly NonNullable<DocumentData['outcome']>[] = ['seen', 'obtained', 'not-shown'];

export function DocumentStep({ questionId, step, finding }: { questionId: string; step: Extract<Step, { kind: 'document' }>; finding?: StepFinding }) {
  const { t } = useTranslation('visit');
  const { visit } = useVisitModel();
  const draft = useStepDraft(questionId, step.id, 'document', (): DocumentData => ({ outcome: null, fields: {} }));
  const data = draft.data;
  const fields: readonly DocField[] = step.fields ?? [];
  const expired = isExpired(data.fields.validUntil, visit.dateFrom);
  const setField = (field: DocField, value: string, mode: 'now' | 'typing') =>
    draft.setData({ ...data, fields: { ...data.fields, [field]: value } }, mode);

  return (
    <StepFrame questionId={questionId} step={step} finding={finding} draft={draft}>
      <p className="vp-muted">{t('document.type', { type: t(`docType.${step.docType}`) })}</p>
      <RadioGroup
        legend={t('document.legend')}
        name={`doc-${questionId}-${step.id}`}
        value={data.outcome ?? ''}
        options={OUTCOMES.map((o) => ({ value: o, label: t(`document.${o}`) }))}
        onChange={(outcome) => draft.setData({ ...data, outcome })}
      />
      {fields.length > 0 && (
        <div className="vp-grid">
          {fields.map((f) => {
            const isDate = DATE_FIELDS.includes(f);
            return (
              <TextField
                key={f}
                label={t(`docField.${f}`)}
                type={isDate ? 'date' : 'text'}
                value={data.fields[f] ?? ''}
                onChange={(e) => setField(f, e.target.value, isDate ? 'now' : 'typing')}
                onBlur={draft.flush}
              />
            );
          })}
        </div>
      )}
      {expired && (
        <p className="vp-flag" role="alert">
          <Badge tone="danger">{t('document.expired')}</Badge> {t('document.expiredText', { until: data.fields.validUntil, date: visit.dateFrom })}
        </p>
      )}
    </StepFrame>
  );
}
