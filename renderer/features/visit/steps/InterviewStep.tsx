import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../logic/errors';
import type { InterviewData, Match } from '../../../domain/model';
import type { Step } from '../../../domain/template/schema';
import type { StepFinding } from '../../../domain/verdict/types';
import { stepKey } from '../../../domain/answers';
import { localize } from '../../../domain/template/library';
import { getIdentity } from '../../../db/identity';
import { recordRandomPick } from '../../../db/answers';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { RadioGroup, TextAreaField, TextField } from '../../../ui/Field';
import { formatPickError, pickRandom } from '../../../domain/random/pick';
import { useVisitModel } from '../visit-context';
import { FrequencyInput } from './FrequencyInput';
import { NumberField } from './NumberField';
import { StepFrame } from './StepFrame';
import { useStepDraft } from './use-step-draft';
import { formatClock, visitTimeZone } from '../../../domain/time';

type InterviewDef = Extract<Step, { kind: 'interview' }>;
type Response = InterviewData['responses'][number];
const MATCHES: readonly Match[] = ['yes', 'partly', 'no'];

const hasContent = (r: Response) => Boolean(r.answer.trim() || r.match || r.number !== undefined || r.frequency);

export function InterviewStep({ questionId, step, finding }: { questionId: string; step: InterviewDef; finding?: StepFinding }) {
  const { t } = useTranslation('visit');
  const { visit, lang, queue } = useVisitModel();
  const draft = useStepDraft(questionId, step.id, 'interview', (): InterviewData => ({ responses: [] }));
  const data = draft.data;
  const [pool, setPool] = useState(() => data.pick?.inputs ?? '');
  const [pickError, setPickError] = useState<string | null>(null);
  const [confirmRepick, setConfirmRepick] = useState(false);
  const [extra, setExtra] = useState('');
  const reference = step.reference ? localize(step.reference, lang) : '';

  const pick = async () => {
    const result = pickRandom(pool, step.respondents);
    if (!result.ok) {
      setPickError(formatPickError(result.error, lang));
      return;
    }
    setPickError(null);
    try {
      await queue.flush(stepKey(questionId, step.id));
      await queue.run(async () => recordRandomPick(await getIdentity(), {
        visitId: visit.id, questionId, stepId: step.id, inputs: result.inputs, poolSize: result.pool.length, picked: result.picked,
      }));
    } catch (e) {
      setPickError(t('pick.saveFailed', { message: describeError(e, t) }));
    }
  };

  const requestPick = () => {
    if (data.responses.some(hasContent)) setConfirmRepick(true);
    else void pick();
  };

  const update = (i: number, patch: Partial<Response>, mode: 'now' | 'typing') =>
    draft.setData({ ...data, responses: data.responses.map((r, j) => (j === i ? { ...r, ...patch } : r)) }, mode);

  const addRespondent = () => {
    const name = extra.trim();
    if (!name) return;
    draft.setData({ ...data, responses: [...data.responses, { respondent: name, answer: '', match: null }] });
    setExtra('');
  };

  return (
    <StepFrame questionId={questionId} step={step} finding={finding} draft={draft}>
      <div className="vp-ask">
        <p><strong>{t('interview.whom', { role: t(`role.${step.role}`), n: step.respondents })}</strong></p>
        <p className="vp-ask__question">{localize(step.question, lang)}</p>
      </div>
      <div className="vp-pick">
        <TextAreaField
          label={t('pick.pool')}
          hint={t('pick.poolHint')}
          rows={2}
          value={pool}
          onChange={(e) => setPool(e.target.value)}
          error={pickError}
        />
        <Button variant="primary" onClick={requestPick} disabled={!pool.trim()}>{t('pick.button', { n: step.respondents })}</Button>
        {data.pick && (
          <p className="vp-muted" role="status">
            {t('pick.done', { picked: data.pick.picked.join(', '), pool: data.pick.poolSize, time: formatClock(data.pick.at, visitTimeZone(visit)) })}
          </p>
        )}
      </div>
      <ol className="vp-respondents">
        {data.responses.map((r, i) => {
          const who = t('interview.respondent', { name: r.respondent });
          return (
            <li key={`${r.respondent}-${i}`} className="vp-respondent">
              <h4 className="vp-respondent__name">{who}</h4>
              <div className="vp-respondent__grid">
                <div>
                  <TextAreaField label={t('interview.answer', { who })} rows={2} value={r.answer}
                    onChange={(e) => update(i, { answer: e.target.value }, 'typing')} onBlur={draft.flush} />
                  {step.answerType === 'number' && (
                    <NumberField label={t('interview.number', { who })} value={r.number}
                      onChange={(number) => update(i, { number }, 'typing')} onBlur={draft.flush} />
                  )}
                  {step.answerType === 'frequency' && (
                    <FrequencyInput label={t('interview.frequency', { who })} value={r.frequency}
                      onChange={(frequency, mode) => update(i, { frequency }, mode)} onBlur={draft.flush} />
                  )}
                </div>
                <div className="vp-respondent__judge">
                  {reference && <p className="vp-reference"><span className="vp-reference__label">{t('interview.reference')}</span> {reference}</p>}
                  <RadioGroup
                    legend={t('interview.match', { who })}
                    name={`match-${questionId}-${step.id}-${i}`}
                    value={r.match ?? ''}
                    options={MATCHES.map((m) => ({ value: m, label: t(`match.${m}`) }))}
                    onChange={(match) => update(i, { match }, 'now')}
                  />
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <form className="vp-inline" onSubmit={(e) => { e.preventDefault(); addRespondent(); }}>
        <TextField label={t('interview.addByHand')} value={extra} onChange={(e) => setExtra(e.target.value)} />
        <Button type="submit" disabled={!extra.trim()}>{t('interview.add')}</Button>
      </form>
      {confirmRepick && (
        <ConfirmDialog
          title={t('pick.repickTitle')}
          message={t('pick.repickMessage')}
          confirmLabel={t('pick.repickConfirm')}
          onConfirm={async () => { setConfirmRepick(false); await pick(); }}
          onCancel={() => setConfirmRepick(false)}
        />
      )}
    </StepFrame>
  );
}
