import { useTranslation } from 'react-i18next';
import type { CallTestData } from '../../../domain/model';
import type { Step } from '../../../domain/template/schema';
import type { StepFinding } from '../../../domain/verdict/types';
import { clock } from '../../../domain/clock';
import { visitTimeZone } from '../../../domain/time';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { DateTimeField } from '../../../ui/DateField';
import { RadioGroup, TextField } from '../../../ui/Field';
import { useVisitModel } from '../visit-context';
import { StepFrame } from './StepFrame';
import { useStepDraft } from './use-step-draft';

type CallTestDef = Extract<Step, { kind: 'call-test' }>;
type Recording = CallTestData['recording'];
const RECORDING: readonly Recording[] = ['not-requested', 'requested', 'received', 'refused'];
type TimeField = 'calledAt' | 'requestedAt' | 'receivedAt';

/**
 * A date-time field with a "now" button: on a call, nobody wants to type the time. Typed and shown on the visit's
 * clock, as the summary and the dossier show it; text that is not a date and time is not saved.
 */
function WhenField({ label, value, onChange }: { label: string; value: string | undefined; onChange: (iso: string | undefined) => void }) {
  const { t } = useTranslation('visit');
  const { visit } = useVisitModel();
  return (
    <div className="vp-when">
      <DateTimeField label={label} value={value} timeZone={visitTimeZone(visit)} onChange={(iso) => { if (iso !== null) onChange(iso || undefined); }} />
      <Button small onClick={() => onChange(clock.nowIso())} aria-label={t('call.nowFor', { what: label })}>{t('call.now')}</Button>
    </div>
  );
}

export function CallTestStep({ questionId, step, finding }: { questionId: string; step: CallTestDef; finding?: StepFinding }) {
  const { t } = useTranslation('visit');
  const draft = useStepDraft(questionId, step.id, 'call-test', (): CallTestData => ({ recording: 'not-requested' }));
  const data = draft.data;
  const setTime = (field: TimeField, iso: string | undefined) => {
    const next = { ...data };
    if (iso) next[field] = iso;
    else delete next[field];
    draft.setData(next);
  };
  const setRecording = (recording: Recording) => {
    const next: CallTestData = { ...data, recording };
    // Stamp the moment of a status change unless the evaluator already entered one.
    if (recording === 'requested' && !next.requestedAt) next.requestedAt = clock.nowIso();
    if (recording === 'received' && !next.receivedAt) next.receivedAt = clock.nowIso();
    draft.setData(next);
  };
  const followUpOpen = data.recording === 'requested';

  return (
    <StepFrame questionId={questionId} step={step} finding={finding} draft={draft}>
      <div className="vp-grid">
        <WhenField label={t('call.calledAt')} value={data.calledAt} onChange={(iso) => setTime('calledAt', iso)} />
        <TextField label={t('call.number')} type="tel" value={data.number ?? ''} onChange={(e) => draft.setData({ ...data, number: e.target.value }, 'typing')} onBlur={draft.flush} />
        <TextField label={t('call.callerId')} type="tel" value={data.callerId ?? ''} onChange={(e) => draft.setData({ ...data, callerId: e.target.value }, 'typing')} onBlur={draft.flush} />
      </div>
      <RadioGroup
        legend={t('call.recording')}
        name={`rec-${questionId}-${step.id}`}
        value={data.recording}
        options={RECORDING.map((r) => ({ value: r, label: t(`call.rec.${r}`) }))}
        onChange={setRecording}
      />
      {data.recording !== 'not-requested' && (
        <div className="vp-grid">
          <WhenField label={t('call.requestedAt')} value={data.requestedAt} onChange={(iso) => setTime('requestedAt', iso)} />
          {data.recording === 'received' && (
            <WhenField label={t('call.receivedAt')} value={data.receivedAt} onChange={(iso) => setTime('receivedAt', iso)} />
          )}
        </div>
      )}
      {followUpOpen && <p className="vp-flag"><Badge tone="warning">{t('call.followUp')}</Badge> {t('call.followUpText')}</p>}
    </StepFrame>
  );
}
