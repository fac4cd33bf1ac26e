import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './logic/errors';
import type { Claim } from '../../domain/model';
import type { Question } from '../../domain/template/schema';
import { localize, localizeUnit } from '../../domain/template/library';
import { formatNumber } from '../../domain/verdict';
import { getIdentity } from '../../db/identity';
import { setClaim } from '../../db/claims';
import { RadioGroup, TextAreaField, TextField } from '../../ui/Field';
import { readClaim } from './logic/claim-value';
import type { SaveState } from './logic/save-queue';
import { SaveStatus } from './steps/SaveStatus';
import { useVisitModel } from './visit-context';

/**
 * The vendor's RFP claim for one question. It is kept as the vendor wrote it ("250 seats", "every two weeks");
 * beside it we show how it will be compared, or that it cannot be, so nothing typed is refused.
 * Claims are typed deliberately, so they are written on leaving the field (or at once for a choice).
 */
export function ClaimField({ question, claim, compact = false }: { question: Question; claim: Claim | undefined; compact?: boolean }) {
  const { t } = useTranslation('visit');
  const { visit, lang, queue } = useVisitModel();
  const stored = claim?.value ?? '';
  const [text, setText] = useState(stored);
  const [shown, setShown] = useState(stored);
  const [state, setState] = useState<SaveState<string>>({ status: 'idle' });
  if (shown !== stored) {
    setShown(stored);
    if (state.status !== 'saving' && state.status !== 'error') setText(stored);
  }
  const type = question.claim.type;
  const unitText = question.claim.unit ? localizeUnit(question.claim.unit, lang) : type === 'percent' ? '%' : '';
  const label = compact ? t('claim.label') : t('claim.labelFor', { number: question.number, title: localize(question.title, lang) });
  const reading = readClaim(type, text, question.rule?.unit);

  const commit = async (value: string) => {
    if (value.trim() === stored) return;
    setState({ status: 'saving', unsaved: value });
    try {
      await queue.run(async () => setClaim(await getIdentity(), { visitId: visit.id, questionId: question.id, value }));
      setState({ status: 'saved', savedAt: Date.now() });
    } catch (e) {
      setState({ status: 'error', unsaved: value, error: describeError(e, t) });
    }
  };

  let hint: string | null = null;
  if (reading.kind === 'number') {
    const n = reading.low === reading.high ? formatNumber(reading.low, lang) : `${formatNumber(reading.low, lang)}–${formatNumber(reading.high, lang)}`;
    // The unit agrees with the (last) number: "1 место", "2–4 места", "5 мест".
    const unitForN = question.claim.unit ? localizeUnit(question.claim.unit, lang, reading.high) : unitText;
    hint = t('claim.readAs', { value: unitForN ? `${n}\u00a0${unitForN}` : n });
  } else if (reading.kind === 'per-year') hint = t('claim.readAsPerYear', { count: reading.value, value: formatNumber(reading.value, lang) });
  else if (reading.kind === 'unreadable') hint = t(type === 'frequency' ? 'claim.unreadableFrequency' : 'claim.unreadableNumber');
  else if (reading.kind === 'empty' && type === 'frequency') hint = t('claim.frequencyExample');

  let control;
  if (type === 'yes-no') {
    control = (
      <RadioGroup legend={label} name={`claim-${question.id}`} value={text === 'yes' || text === 'no' ? text : ''}
        options={[{ value: 'yes', label: t('yes') }, { value: 'no', label: t('no') }]}
        onChange={(v) => { setText(v); void commit(v); }} />
    );
  } else if (type === 'text') {
    control = <TextAreaField label={label} rows={2} value={text} onChange={(e) => setText(e.target.value)} onBlur={() => void commit(text)} />;
  } else {
    control = (
      <TextField label={unitText ? `${label} (${unitText})` : label} value={text} hint={hint}
        onChange={(e) => setText(e.target.value)} onBlur={() => void commit(text)}
        onKeyDown={(e) => { if (e.key === 'Enter') void commit(text); }} />
    );
  }
  return (
    <div className={`vp-claim-field${reading.kind === 'unreadable' ? ' vp-claim-field--warn' : ''}`}>
      {control}
      <SaveStatus state={state} onRetry={() => void commit(state.unsaved ?? text)} />
    </div>
  );
}
