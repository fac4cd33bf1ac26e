import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../domain/model';
import {
  INDICATORS, definitionFormula, indicatorName, parseIntervalsCsv, type CsvProblem, type IndicatorCheck, type IndicatorId, type ReportCheck,
} from '../../../domain/report';
import { getIdentity } from '../../../db/identity';
import { sha256Hex } from '../../../db/photos';
import { saveReportCheck } from '../../../db/tools';
import { Field, RadioGroup, SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { FilePicker } from '../../../ui/FilePicker';
import { errorMessage, describeError } from '../logic/errors';
import { parseDecimal } from '../logic/claim-value';
import { useVisitModel } from '../visit-context';
import { ConfirmBar } from './ConfirmBar';
import { clearDraft, readDraft, writeDraft } from './draft';
import { decimal } from './format';
import {
  DURATION_FIELDS, TOTAL_FIELDS, emptyReportForm, readReportForm, reportFormOf, sameReportInputs,
  type ReportForm, type StatedField, type TotalField,
} from './report-form';

const DRAFT = 'report-check';
interface Draft { form: ReportForm; note: string }
const REQUIRED_TOTALS: readonly TotalField[] = TOTAL_FIELDS.filter((f) => f !== 'waitSeconds');

/** The hotline report check: a vendor's real report recomputed from its own figures, under the client's definitions. */
export function ReportScreen({ stored, disputed }: { stored: Answer<'report-check'> | undefined; disputed: boolean }) {
  const { t } = useTranslation('tools');
  const { t: tv } = useTranslation('visit');
  const { visit, lang } = useVisitModel();
  const fromStored = (): Draft => (stored ? { form: reportFormOf(stored.data), note: stored.note } : { form: emptyReportForm(), note: '' });
  const [draft, setDraft] = useState<Draft>(() => readDraft<Draft>(visit.id, DRAFT) ?? fromStored());
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [csvState, setCsvState] = useState<{ reading: boolean; problems: string[]; ignored: string[] }>({ reading: false, problems: [], ignored: [] });
  const { form, note } = draft;
  const reading = useMemo(() => readReportForm(form), [form]);
  const changed = !stored || !reading.ok || !sameReportInputs(reading.inputs, stored.data) || note !== stored.note;

  const update = (next: Draft) => {
    setDraft(next);
    setError(null);
    writeDraft(visit.id, DRAFT, next);
  };
  const setForm = (patch: Partial<ReportForm>) => update({ ...draft, form: { ...form, ...patch } });

  const problems = (field: string): string | null => {
    if (reading.ok) return null;
    // "Required" and "import a file first" wait for a confirm: an empty form is not an error yet.
    const list = (reading.errors[field] ?? []).filter((p) => tried || (p.code !== 'required' && p.code !== 'no-csv'));
    return list.length ? list.map((p) => t(`error.${p.code}`, p.params)).join(' ') : null;
  };

  const csvText = (p: CsvProblem) => (p.params.more !== undefined ? t('csv.more', p.params) : t(`csv.${p.code}`, { ...p.params, line: p.line ?? '', column: p.column ?? '' }));

  const importCsv = async (file: File) => {
    setCsvState({ reading: true, problems: [], ignored: [] });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const text = new TextDecoder('utf-8').decode(bytes);
      const interval = parseDecimal(form.interval);
      const minutes = interval !== null && interval > 0 ? interval : 30;
      const parsed = parseIntervalsCsv(text, minutes);
      if (parsed.problems.length) {
        setCsvState({ reading: false, problems: parsed.problems.map(csvText), ignored: parsed.ignoredColumns });
        return;
      }
      const fileSha256 = await sha256Hex(bytes);
      setCsvState({ reading: false, problems: [], ignored: parsed.ignoredColumns });
      setForm({ csv: { rows: parsed.rows, fileName: file.name, fileSha256, intervalMinutes: minutes }, ...(interval === null ? { interval: String(minutes) } : {}) });
    } catch (e) {
      setCsvState({ reading: false, problems: [t('report.csv.readFailed', { message: errorMessage(e) })], ignored: [] });
    }
  };

  const confirm = async () => {
    setTried(true);
    if (!reading.ok) {
      setError(t('common.invalid'));
      const first = Object.keys(reading.errors)[0];
      if (first) document.getElementById(`rc-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const r = await saveReportCheck(await getIdentity(), visit.id, reading.inputs, note);
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
    setCsvState({ reading: false, problems: [], ignored: [] });
    setDraft(fromStored());
  };

  const totalField = (f: TotalField) => (
    <TextField key={f} id={`rc-${f}`} inputMode={DURATION_FIELDS.includes(f) ? 'text' : 'decimal'} required={REQUIRED_TOTALS.includes(f)}
      label={DURATION_FIELDS.includes(f) ? `${t(`report.total.${f}`)} (${t('report.durationSuffix')})` : t(`report.total.${f}`)}
      value={form.totals[f]} error={problems(f)} onChange={(e) => setForm({ totals: { ...form.totals, [f]: e.target.value } })} />
  );
  const statedField = (f: StatedField, label: string) => (
    <TextField key={f} id={`rc-${f}`} inputMode="decimal" label={label} value={form.stated[f] ?? ''} error={problems(f)}
      onChange={(e) => setForm({ stated: { ...form.stated, [f]: e.target.value } })} />
  );

  return (
    <section className="vp-tool" aria-labelledby="rc-heading">
      <h2 id="rc-heading" tabIndex={-1}>{t('report.heading')}</h2>
      <p className="vp-muted">{t('report.intro')}</p>
      {disputed && <p className="vp-flag vp-flag--danger">{t('common.disputed')}</p>}
      <div className="vp-grid">
        <TextField id="rc-title" label={t('report.name')} required value={form.title} error={problems('title')} onChange={(e) => setForm({ title: e.target.value })} />
        <TextField id="rc-threshold" label={t('report.threshold')} required inputMode="decimal" value={form.threshold} error={problems('threshold')} onChange={(e) => setForm({ threshold: e.target.value })} />
        <TextField id="rc-headcount" label={t('report.headcount')} inputMode="decimal" value={form.headcount} error={problems('headcount')} onChange={(e) => setForm({ headcount: e.target.value })} />
      </div>
      <RadioGroup legend={t('report.source')} name="rc-source" value={form.source}
        options={(['totals', 'csv'] as const).map((v) => ({ value: v, label: t(`report.source.${v}`) }))}
        onChange={(v) => setForm({ source: v })} />

      {form.source === 'totals' ? (
        <fieldset className="vp-tool__group">
          <legend>{t('report.totals')}</legend>
          <div className="vp-grid">{TOTAL_FIELDS.map(totalField)}</div>
        </fieldset>
      ) : (
        <fieldset className="vp-tool__group">
          <legend>{t('report.source.csv')}</legend>
          <div className="vp-grid">
            <TextField id="rc-interval" label={t('report.interval')} required inputMode="decimal" value={form.interval} error={problems('interval')} onChange={(e) => setForm({ interval: e.target.value })} />
            <Field label={t('report.csv.label')} hint={t('report.csv.hint')} error={problems('csv')} id="rc-csv">
              {(c) => <FilePicker {...c} accept=".csv,text/csv,text/plain" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) void importCsv(f); }} />}
            </Field>
          </div>
          {csvState.reading && <p role="status">{t('report.csv.reading')}</p>}
          {csvState.problems.length > 0 && (
            <div role="alert" className="vp-flag--danger">
              <p>{t('report.csv.refused')}</p>
              <ul>{csvState.problems.map((p, i) => <li key={i}>{p}</li>)}</ul>
            </div>
          )}
          {form.csv && <p>{t('report.csv.loaded', { rows: form.csv.rows.length, file: form.csv.fileName })}</p>}
          {csvState.ignored.length > 0 && <p className="vp-muted">{t('report.csv.ignored', { columns: csvState.ignored.join(', ') })}</p>}
        </fieldset>
      )}

      <fieldset className="vp-tool__group">
        <legend>{t('report.stated')}</legend>
        <p className="vp-muted">{t('report.statedHint')}</p>
        <div className="vp-grid">
          {INDICATORS.map((ind) => statedField(ind.id, `${indicatorName(ind.id, lang)} (${t(`unit.${ind.unit}`)})`))}
          {statedField('serviceLevelSeconds', t('report.statedSlSeconds'))}
        </div>
      </fieldset>

      <fieldset className="vp-tool__group">
        <legend>{t('report.definitions')}</legend>
        <p className="vp-muted">{t('report.definitionsHint')}</p>
        <div className="vp-grid vp-grid--wide">
          {INDICATORS.filter((ind) => ind.definitions.length > 1).map((ind) => (
            <SelectField key={ind.id} id={`rc-def-${ind.id}`} label={t('report.definition', { indicator: indicatorName(ind.id, lang) })}
              value={form.definitions[ind.id] ?? ind.definitions[0].id}
              onChange={(e) => setForm({ definitions: { ...form.definitions, [ind.id]: e.target.value } })}>
              {ind.definitions.map((d) => <option key={d.id} value={d.id}>{definitionFormula(ind.id, d.id, lang)}</option>)}
            </SelectField>
          ))}
        </div>
      </fieldset>

      {reading.ok && <ReportResults check={reading.check} />}
      <TextAreaField label={t('common.note')} value={note} rows={2} onChange={(e) => update({ ...draft, note: e.target.value })} />
      <ConfirmBar stored={stored} changed={changed} busy={busy} error={error} onConfirm={() => void confirm()} onDiscard={discard} />
    </section>
  );
}

function ReportResults({ check }: { check: ReportCheck }) {
  const { t } = useTranslation('tools');
  const { lang } = useVisitModel();
  const value = (i: IndicatorCheck, v: number | undefined) => (v === undefined ? '—' : `${decimal(v, lang)} ${t(`unit.${i.unit}`)}`);
  const names = (ids: IndicatorId[]) => ids.map((id) => indicatorName(id, lang)).join(' / ');
  const where = (c: ReportCheck['consistency'][number]) => (c.line !== undefined ? t('where.line', { line: c.line }) : c.label ?? t('where.totals'));
  return (
    <div className="vp-tool__results" role="region" aria-label={t('report.results')}>
      <h3>{t('report.results')}</h3>
      <p className={check.flags ? 'vp-flag vp-flag--danger' : 'vp-tool__verdict'}>{check.flags ? t('report.flags', { count: check.flags }) : t('report.noFlags')}</p>
      <table className="vp-table">
        <thead>
          <tr>
            <th scope="col">{t('report.col.indicator')}</th><th scope="col">{t('report.col.recomputed')}</th><th scope="col">{t('report.col.stated')}</th>
            <th scope="col">{t('report.col.status')}</th><th scope="col">{t('report.col.formula')}</th>
          </tr>
        </thead>
        <tbody>
          {check.indicators.map((i) => (
            <tr key={i.id} data-status={i.status} className={i.status === 'inconsistent' || i.status === 'missing' ? 'vp-table__bad' : undefined}>
              <th scope="row">{indicatorName(i.id, lang)}</th>
              <td>{value(i, i.recomputed)}</td>
              <td>{value(i, i.stated)}</td>
              <td>
                {t(`status.${i.status}`)}
                {i.explainedBy.map((e) => <span key={e.definition} className="vp-tool__explained">{t('report.explainedBy', { formula: definitionFormula(i.id, e.definition, lang), value: value(i, e.value) })}</span>)}
              </td>
              <td className="vp-muted">{definitionFormula(i.id, i.definition, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {check.missingKey.length > 0 && <p className="vp-flag vp-flag--danger">{t('report.missingKey', { list: check.missingKey.map(names).join(', ') })}</p>}
      {check.thresholdMismatch && <p className="vp-flag vp-flag--danger">{t('report.thresholdMismatch', check.thresholdMismatch)}</p>}
      {check.consistency.length > 0 && (
        <div className="vp-flag--danger">
          <p>{t('report.consistency')}</p>
          <ul>{check.consistency.map((c, i) => <li key={i}>{t(`consistency.${c.code}`, { where: where(c) })}</li>)}</ul>
        </div>
      )}
      <p className="vp-muted">{t('report.tolerance')}</p>
    </div>
  );
}
