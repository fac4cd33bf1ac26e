import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountData } from '../../../domain/model';
import type { Step } from '../../../domain/template/schema';
import type { StepFinding } from '../../../domain/verdict/types';
import { localizeUnit } from '../../../domain/template/library';
import { formatNumber } from '../../../domain/verdict/reasons';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { addZone, countTotal, emptyCount, parseCount, removeZone, renameZone, setZoneCount } from '../logic/tally';
import { useVisitModel } from '../visit-context';
import { StepFrame } from './StepFrame';
import { useStepDraft, type SaveMode } from './use-step-draft';

type CountStepDef = Extract<Step, { kind: 'count' }>;

function ZoneCounter({ zone, label, onChange, onBlur }: {
  zone: CountData['zones'][number];
  label: string;
  onChange: (count: number, mode: SaveMode) => void;
  onBlur: () => void;
}) {
  const { t } = useTranslation('visit');
  const [text, setText] = useState(String(zone.count));
  const [shownCount, setShownCount] = useState(zone.count);
  if (shownCount !== zone.count) {
    setShownCount(zone.count);
    if (parseCount(text) !== zone.count) setText(String(zone.count));
  }
  const invalid = parseCount(text) === null;
  return (
    <div className="vp-tally">
      <Button className="vp-tally__btn" aria-label={t('count.minus', { zone: label })} onClick={() => onChange(zone.count - 1, 'now')} disabled={zone.count <= 0}>−1</Button>
      <input
        className="input vp-tally__value"
        inputMode="numeric"
        aria-label={t('count.value', { zone: label })}
        aria-invalid={invalid || undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const n = parseCount(e.target.value);
          if (n !== null) onChange(n, 'typing');
        }}
        onBlur={onBlur}
      />
      <Button className="vp-tally__btn vp-tally__btn--plus" variant="primary" aria-label={t('count.plus', { zone: label })} onClick={() => onChange(zone.count + 1, 'now')}>+1</Button>
      {invalid && <span className="field__error" role="alert">{t('count.invalid')}</span>}
    </div>
  );
}

export function CountStep({ questionId, step, finding }: { questionId: string; step: CountStepDef; finding?: StepFinding }) {
  const { t } = useTranslation('visit');
  const { lang } = useVisitModel();
  const draft = useStepDraft(questionId, step.id, 'count', emptyCount);
  const [zoneName, setZoneName] = useState('');
  const [removing, setRemoving] = useState<CountData['zones'][number] | null>(null);
  const data = draft.data;
  const total = countTotal(data);
  const unit = localizeUnit(step.unit, lang, total);
  // A single unnamed zone is simply "the whole site"; names matter once there are several.
  const zoned = data.zones.length > 1 || data.zones.some((z) => z.name);

  const add = () => {
    const name = zoneName.trim();
    if (!name) return;
    draft.setData(addZone(data, name, crypto.randomUUID()));
    setZoneName('');
  };

  return (
    <StepFrame questionId={questionId} step={step} finding={finding} draft={draft}>
      <ul className="vp-zones" aria-label={t('count.zones')}>
        {data.zones.map((z) => {
          const label = z.name || t('count.wholeSite');
          return (
            <li key={z.id} className="vp-zone">
              {zoned && (
                <input
                  className="input vp-zone__name"
                  aria-label={t('count.zoneName')}
                  placeholder={t('count.wholeSite')}
                  value={z.name}
                  onChange={(e) => draft.setData(renameZone(data, z.id, e.target.value), 'typing')}
                  onBlur={draft.flush}
                />
              )}
              <ZoneCounter
                zone={z}
                label={label}
                onChange={(n, mode) => draft.setData(setZoneCount(data, z.id, n), mode)}
                onBlur={draft.flush}
              />
              {zoned && data.zones.length > 1 && (
                <Button small variant="ghost" aria-label={t('count.removeZone', { zone: label })} onClick={() => (z.count > 0 ? setRemoving(z) : draft.setData(removeZone(data, z.id)))}>
                  {t('count.remove')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {step.zones && (
        <form className="vp-zone-add" onSubmit={(e) => { e.preventDefault(); add(); }}>
          <input className="input" aria-label={t('count.newZone')} placeholder={t('count.newZoneHint')} value={zoneName} onChange={(e) => setZoneName(e.target.value)} />
          <Button type="submit" disabled={!zoneName.trim()}>{t('count.addZone')}</Button>
        </form>
      )}
      <p className="vp-total" aria-live="polite">{t('count.total', { quantity: unit ? `${formatNumber(total, lang)}\u00a0${unit}` : formatNumber(total, lang) })}</p>
      {removing && (
        <ConfirmDialog
          title={t('count.removeTitle')}
          message={t('count.removeMessage', { zone: removing.name || t('count.wholeSite'), count: removing.count })}
          confirmLabel={t('count.remove')}
          tone="danger"
          onConfirm={() => { draft.setData(removeZone(data, removing.id)); setRemoving(null); }}
          onCancel={() => setRemoving(null)}
        />
      )}
    </StepFrame>
  );
}
