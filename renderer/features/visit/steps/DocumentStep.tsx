import { useTranslation } from 'react-i18next';
import type { DocumentData } from '../../../domain/model';
import type { DocField, Step } from '../../../domain/template/schema';
import { formatDay } from '../../../domain/text/dates';
import { normalizeDate } from '../../../domain/verdict/evidence';
import type { StepFinding } from '../../../domain/verdict/types';
import { Badge } from '../../../ui/Badge';
import { DateField } from '../../../ui/DateField';
import { RadioGroup, TextField } from '../../../ui/Field';
import { DATE_FIELDS, isExpired } from '../logic/document';
import { useVisitModel } from '../visit-context';
import { StepFrame } from './StepFrame';
import { useStepDraft } from './use-step-draft';

/** A stored day as yyyy-mm-dd when it is one (older records may hold 30.06.2027), else as recorded. */
const storedDay = (value: string | undefined) => (value ? normalizeDate(value) ?? value : '');

const OUTCOMES: readonly NonNullable<DocumentData['outcome']>[] = ['seen', 'obtained', 'not-shown'];

export function DocumentStep({ questionId, step, finding }: { questionId: string; step: Extract<Step, { kind: 'document' }>; finding?: StepFinding }) {
  const { t } = useTranslation('visit');
  const { visit, lang } = useVisitModel();
  const draft = useStepDraft(questionId, step.id, 'document', (): DocumentData => ({ outcome: null, fields: {} }));
  const data = draft.data;
  const fields: readonly DocField[] = step.fields ?? [];
  const expired = isExpired(storedDay(data.fields.validUntil), visit.dateFrom);
  const setField = (field: DocField, value: string, mode: 'now' | 'typing') =>
    draft.setData({ ...data, fields: { ...data.fields, [field]: value } }, mode);
  // A date that is not a real day stays in the field with a message and is not saved; the saved value is kept.
  // Days are typed and shown in the UI language's format and stored yyyy-mm-dd.
  const setDate = (field: DocField, iso: string | null) => {
    if (iso !== null) setField(field, iso, 'now');
  };

  return (
    <StepFrame questionId={questionId} step={step} finding={finding} draft={draft}>
      <p className="vp-muted">{t('document.type', { type: t(`docType.${step.docType}`) })}</p>
      {step.copy && <p className="vp-muted">{t('document.copyAsked')}</p>}
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
            if (isDate) {
              return (
                <DateField
                  key={f}
                  label={t(`docField.${f}`)}
                  value={storedDay(data.fields[f])}
                  invalidText={(value, example) => t('document.dateInvalid', { value, example })}
                  onChange={(iso) => setDate(f, iso)}
                  onBlur={draft.flush}
                />
              );
            }
            return (
              <TextField
                key={f}
                label={t(`docField.${f}`)}
                type="text"
                hint={f === 'standard' && step.standard ? t('document.standardAsked', { standard: step.standard }) : undefined}
                value={data.fields[f] ?? ''}
                onChange={(e) => setField(f, e.target.value, 'typing')}
                onBlur={draft.flush}
              />
            );
          })}
        </div>
      )}
      {expired && (
        <p className="vp-flag" role="alert">
          <Badge tone="danger">{t('document.expired')}</Badge> {t('document.expiredText', { until: formatDay(storedDay(data.fields.validUntil), lang), date: formatDay(visit.dateFrom, lang) })}
        </p>
      )}
    </StepFrame>
  );
}
