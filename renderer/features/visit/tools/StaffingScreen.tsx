import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, StaffingData } from '../../../domain/model';
import { countedSeats, seatFinding, type QueueFigures, type StaffingResult } from '../../../domain/staffing';
import { getIdentity } from '../../../db/identity';
import { saveStaffingCheck } from '../../../db/tools';
import { RadioGroup, TextAreaField, TextField } from '../../../ui/Field';
import { describeError } from '../logic/errors';
import { useVisitModel } from '../visit-context';
import { ConfirmBar } from './ConfirmBar';
import { clearDraft, readDraft, writeDraft } from './draft';
import { decimal, percent } from './format';
import { EMPTY_STAFFING, readStaffingForm, sameStaffingInputs, staffingFormOf, type FieldProblem, type StaffingField, type StaffingForm } from './staffing-form';

const DRAFT = 'staffing';
interface Draft { form: StaffingForm; note: string }

/** The staffing check of the visit: the client's traffic and target against the vendor's headcount, by Erlang C. */
export function StaffingScreen({ stored, disputed }: { stored: Answer<'staffing'> | undefined; disputed: boolean }) {
  const { t } = useTranslation('tools');
  const { t: tv } = useTranslation('visit');
  const { visit, template, bundle, lang } = useVisitModel();
  const initial = (): Draft => readDraft<Draft>(visit.id, DRAFT)
    ?? (stored ? { form: staffingFormOf(stored.data), note: stored.note } : { form: EMPTY_STAFFING, note: '' });
  const [draft, setDraft] = useState<Draft>(initial);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { form, note } = draft;
  const reading = useMemo(() => readStaffingForm(form), [form]);
  const seats = useMemo(() => countedSeats(template, bundle), [template, bundle]);

  const update = (next: Draft) => {
    setDraft(next);
    setError(null);
    writeDraft(visit.id, DRAFT, next);
  };
  const set = (field: StaffingField, value: string) => update({ ...draft, form: { ...form, [field]: value } });
  const storedData: Omit<StaffingData, 'result'> | undefined = stored?.data;
  const changed = !stored || !reading.ok || !storedData || !sameStaffingInputs(reading.inputs, storedData) || note !== stored.note;

  const problems = (field: StaffingField): string | null => {
    if (reading.ok) return null;
    const list = (reading.errors[field] ?? []).filter((p) => tried || p.code !== 'required');
    return list.length ? list.map((p: FieldProblem) => t(`error.${p.code}`, p.params)).join(' ') : null;
  };

  const confirm = async () => {
    setTried(true);
    if (!reading.ok) {
      setError(t('common.invalid'));
      const first = (['calls', 'interval', 'aht', 'target', 'shrinkage', 'offered'] as const).find((f) => reading.errors[f]?.length);
      if (first) document.getElementById(`st-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const r = await saveStaffingCheck(await getIdentity(), visit.id, reading.inputs, note);
      if (!r.ok) setError(r.problems.map((p) => t(`error.${p.code}`, p.params)).join(' '));
      else clearDraft(visit.id, DRAFT);
    } catch (e) {
      setError(t('common.failed', { message: describeError(e, tv) }));
    } finally {
      setBusy(false);
    }
  };

  const discard = () => {
    clearDraft(visit.id, DRAFT);
    setTried(false);
    setError(null);
    setDraft(stored ? { form: staffingFormOf(stored.data), note: stored.note } : { form: EMPTY_STAFFING, note: '' });
  };

  const field = (f: Exclude<StaffingField, 'basis'>, label: string, hint?: string, inputMode: 'decimal' | 'text' = 'decimal') => (
    <TextField id={`st-${f}`} label={label} hint={hint} inputMode={inputMode} value={form[f]} error={problems(f)}
      required={['calls', 'interval', 'aht', 'target'].includes(f)} onChange={(e) => set(f, e.target.value)} />
  );

  return (
    <section className="vp-tool" aria-labelledby="st-heading">
      <h2 id="st-heading" tabIndex={-1}>{t('staffing.heading')}</h2>
      <p className="vp-muted">{t('staffing.intro')}</p>
      {disputed && <p className="vp-flag vp-flag--danger">{t('common.disputed')}</p>}
      <div className="vp-grid">
        {field('calls', t('staffing.calls'))}
        {field('interval', t('staffing.interval'), t('staffing.intervalHint'))}
        {field('aht', t('staffing.aht'))}
        {field('target', t('staffing.target'), t('staffing.targetHint'), 'text')}
        {field('shrinkage', t('staffing.shrinkage'), t('staffing.shrinkageHint'))}
        {field('offered', t('staffing.offered'), t('staffing.offeredHint'))}
      </div>
      {form.offered.trim() !== '' && (
        <RadioGroup legend={t('staffing.basis')} name="st-basis" value={form.basis}
          options={(['on-phones', 'scheduled'] as const).map((v) => ({ value: v, label: t(`staffing.basis.${v}`) }))}
          onChange={(v) => set('basis', v)} />
      )}
      {reading.ok && results(reading.result, seats)}
      <TextAreaField label={t('common.note')} value={note} rows={2} onChange={(e) => update({ ...draft, note: e.target.value })} />
      <ConfirmBar stored={stored} changed={changed} busy={busy} error={error} onConfirm={() => void confirm()} onDiscard={discard} />
      <p className="vp-muted vp-tool__formula">{t('staffing.formula')}</p>
    </section>
  );

  function results(result: StaffingResult, counted: ReturnType<typeof countedSeats>) {
    const o = result.offered;
    const target = result.input.target;
    const cell = (f: QueueFigures | undefined, pick: (f: QueueFigures) => string) => (f ? pick(f) : '—');
    const asa = (f: QueueFigures) => (f.asa === null ? t('staffing.unstable') : `${decimal(f.asa, lang)} ${t('unit.seconds')}`);
    const found = seatFinding(result, counted);
    const needed = o ? o.onPhones : result.required.agents;
    return (
      <div className="vp-tool__results" aria-label={t('common.results')} role="region">
        <p>{t('staffing.traffic', { traffic: decimal(result.traffic, lang, 2) })}</p>
        <table className="vp-table">
          <caption className="visually-hidden">{t('staffing.table')}</caption>
          <thead>
            <tr><th scope="col">{t('staffing.col.figure')}</th><th scope="col">{t('staffing.col.required')}</th>{o && <th scope="col">{t('staffing.col.offer')}</th>}</tr>
          </thead>
          <tbody>
            <tr><th scope="row">{t('staffing.row.agents')}</th><td>{result.required.agents}</td>{o && <td>{o.onPhones}</td>}</tr>
            <tr><th scope="row">{t('staffing.row.pWait')}</th><td>{percent(result.required.pWait, lang)}</td>{o && <td>{percent(o.pWait, lang)}</td>}</tr>
            <tr><th scope="row">{t('staffing.row.serviceLevel', { seconds: target.seconds })}</th><td>{percent(result.required.serviceLevel, lang)}</td>{o && <td>{percent(o.serviceLevel, lang)}</td>}</tr>
            <tr><th scope="row">{t('staffing.row.asa')}</th><td>{asa(result.required)}</td>{o && <td>{cell(o, asa)}</td>}</tr>
            <tr><th scope="row">{t('staffing.row.occupancy')}</th><td>{percent(result.required.occupancy, lang)}</td>{o && <td>{percent(o.occupancy, lang)}</td>}</tr>
            <tr>
              <th scope="row">{t('staffing.row.scheduled', { shrinkage: decimal(result.shrinkagePercent, lang) })}</th><td>{result.scheduled}</td>
              {o && <td>{o.basis === 'scheduled' ? o.headcount : '—'}</td>}
            </tr>
          </tbody>
        </table>
        <h3>{t('staffing.verdict')}</h3>
        {o ? (
          <p className={o.verdict === 'short' ? 'vp-flag vp-flag--danger' : 'vp-tool__verdict'} data-verdict={o.verdict}>
            {t(`staffing.verdict.${o.verdict}`, { onPhones: o.onPhones, count: o.onPhones, required: result.required.agents, sl: percent(o.serviceLevel, lang), target: target.percent, margin: o.margin })}
            {!o.stable && ` ${t('staffing.verdict.unstable')}`}
          </p>
        ) : <p className="vp-muted">{t('staffing.noOffer')}</p>}
        {!counted ? <p className="vp-muted">{t('staffing.seats.none')}</p>
          : found ? <p className="vp-flag vp-flag--danger">{t(`staffing.seats.short.${found.basis}`, { needed: found.needed, count: found.needed, seats: counted.seats, number: counted.questionNumber, shortBy: found.shortBy })}</p>
            : <p>{t('staffing.seats.fit', { number: counted.questionNumber, seats: counted.seats, needed, count: needed })}</p>}
        {counted?.disputed && <p className="vp-muted">{t('staffing.seats.disputed')}</p>}
      </div>
    );
  }
}
