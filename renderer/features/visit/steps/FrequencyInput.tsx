import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Frequency, Period } from '../../../domain/model';
import { PERIODS } from '../logic/claim-value';

/** "N times per period": a number and a period, named together by `label`. */
export function FrequencyInput({ label, value, onChange, onBlur }: {
  label: string;
  value: Frequency | undefined;
  onChange: (f: Frequency | undefined, mode: 'now' | 'typing') => void;
  onBlur?: () => void;
}) {
  const { t } = useTranslation('visit');
  const id = useId();
  // The period alone is not a frequency yet: remember it here until a count is typed.
  const [loosePeriod, setLoosePeriod] = useState<Period>('month');
  const period: Period = value?.period ?? loosePeriod;
  return (
    <fieldset className="vp-frequency">
      <legend className="field__label">{label}</legend>
      <input
        id={`${id}-n`}
        className="input vp-frequency__count"
        type="number"
        min={0}
        step="any"
        aria-label={t('frequency.count', { label })}
        value={value?.count ?? ''}
        onChange={(e) => {
          const raw = e.target.value;
          const n = Number(raw);
          onChange(raw === '' || !Number.isFinite(n) || n < 0 ? undefined : { count: n, period }, 'typing');
        }}
        onBlur={onBlur}
      />
      <span aria-hidden="true">{t('frequency.times')}</span>
      <select
        className="input vp-frequency__period"
        aria-label={t('frequency.period', { label })}
        value={period}
        onChange={(e) => {
          const p = e.target.value as Period;
          setLoosePeriod(p);
          if (value) onChange({ count: value.count, period: p }, 'now');
        }}
      >
        {PERIODS.map((p) => <option key={p} value={p}>{t(`period.${p}`)}</option>)}
      </select>
    </fieldset>
  );
}
