import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../domain/model';
import { CATEGORIES, type Category } from '../../domain/template/schema';
import { localize } from '../../domain/template/library';
import {
  templateKey, validateVisitDraft, VISIT_FIELDS, type TemplateRef, type VisitDraft, type VisitErrors, type VisitField, type VisitFields,
  type VisitValidation,
} from '../../domain/visit';
import { TemplateLockedError, VisitValidationError } from '../../db/visits';
import { href } from '../../routing/route';
import { Button, ButtonLink } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { useLang } from '../../ui/use-lang';
import { fieldErrorText } from './field-errors';
import type { AvailableTemplates } from './templates';

export const fieldId = (f: VisitField) => `visit-${f}`;

const DATE_FIELDS = ['dateFrom', 'dateTo'] as const;
type DateFieldName = (typeof DATE_FIELDS)[number];

/** Zone names the browser knows, offered while typing; any zone Intl accepts is valid. */
const TIME_ZONES: readonly string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
})();

const LABEL_KEYS: Record<VisitField, ParseKeys<'visits'>> = {
  template: 'fTemplate', vendor: 'fVendor', site: 'fSite', dateFrom: 'fDateFrom', dateTo: 'fDateTo', evaluators: 'fEvaluators',
  targetCategory: 'fTarget', projectSeats: 'fSeats', claimedCategory: 'fClaimed', timeZone: 'fTimeZone',
};

export interface VisitFormProps {
  initial: VisitDraft;
  /** The visit being edited; absent for a new visit. */
  visit?: Visit;
  /** The visit already holds captures, so its template is fixed. */
  templateLocked?: boolean;
  /** Shipped and own templates to choose from. */
  available: AvailableTemplates;
  /** Saves the checked fields; throws to keep the form open with the message. */
  onSave: (fields: VisitFields) => Promise<void>;
}

/**
 * The visit details form. Everything typed stays in the form until it is saved: invalid fields are listed at
 * the top and explained beside each control, and a failed save keeps the entries too.
 */
export function VisitForm({ initial, visit, templateLocked = false, available, onSave }: VisitFormProps) {
  const { refs: availableRefs, templates: availableTemplates } = available;
  const { t } = useTranslation('visits');
  const lang = useLang();
  const [draft, setDraft] = useState<VisitDraft>(initial);
  const [errors, setErrors] = useState<VisitErrors>({});
  const [checked, setChecked] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [badDates, setBadDates] = useState<Partial<Record<DateFieldName, boolean>>>({});
  const [summaryShown, setSummaryShown] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  const current: TemplateRef | undefined = visit && { id: visit.templateId, version: visit.templateVersion };
  const known = current && !availableRefs.some((r) => templateKey(r) === templateKey(current)) ? [...availableRefs, current] : availableRefs;
  const validate = (d: VisitDraft, bad = badDates): VisitValidation => {
    const r = validateVisitDraft(d, known);
    const typed: VisitErrors = {};
    for (const f of DATE_FIELDS) if (bad[f]) typed[f] = 'invalid-date';
    if (!Object.keys(typed).length) return r;
    return { ok: false, errors: { ...(r.ok ? {} : r.errors), ...typed } };
  };

  useEffect(() => {
    if (summaryShown) summaryRef.current?.focus();
  }, [summaryShown]);

  const set = (field: VisitField, value: string, bad = badDates) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    // Once the user has tried to save, errors follow the input so a fixed field clears at once.
    if (checked) {
      const r = validate(next, bad);
      setErrors(r.ok ? {} : r.errors);
    }
  };
  // A date field holding text that is not a day: the draft keeps its last day, and nothing is saved until it is fixed.
  const setDate = (field: DateFieldName, iso: string | null) => {
    const bad = { ...badDates, [field]: iso === null };
    setBadDates(bad);
    set(field, iso ?? draft[field], bad);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    setSaveError(null);
    const result = validate(draft);
    if (!result.ok) {
      setErrors(result.errors);
      setSummaryShown((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSave(result.value);
    } catch (err) {
      if (err instanceof VisitValidationError) {
        setErrors(err.errors);
        setSummaryShown((n) => n + 1);
      } else if (err instanceof TemplateLockedError) {
        setSaveError(t('fTemplateLocked'));
      } else {
        setSaveError(t('saveFailed', { message: err instanceof Error ? err.message : String(err) }));
      }
    } finally {
      setBusy(false);
    }
  };

  const err = (f: VisitField) => (errors[f] ? fieldErrorText(t, f, errors[f], lang) : null);
  const invalid = VISIT_FIELDS.filter((f) => errors[f]);
  const categoryHints: Record<Category, string> = { A: t('catAHint'), B: t('catBHint'), C: t('catCHint') };

  return (
    <form className="form card" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
      {invalid.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <p className="error-summary__title">{t('errorSummary')}</p>
          <ul>
            {invalid.map((f) => (
              <li key={f}>
                <button type="button" className="link-button" onClick={() => document.getElementById(fieldId(f))?.focus()}>
                  {t(LABEL_KEYS[f])}: {err(f)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {saveError && <ErrorBanner title={saveError} />}

      <SelectField
        id={fieldId('template')}
        label={t('fTemplate')}
        required
        value={draft.template}
        onChange={(e) => set('template', e.target.value)}
        error={err('template')}
        disabled={templateLocked}
        hint={templateLocked ? t('fTemplateLocked') : undefined}
      >
        {!draft.template && <option value="">—</option>}
        {availableTemplates.map((tpl) => (
          <option key={templateKey(tpl)} value={templateKey(tpl)}>{localize(tpl.title, lang)} · {tpl.version}</option>
        ))}
        {current && !availableRefs.some((r) => templateKey(r) === templateKey(current)) && (
          <option value={templateKey(current)}>{t('templateMissing', { id: current.id, version: current.version })}</option>
        )}
      </SelectField>

      <div className="form__row">
        <TextField
          id={fieldId('vendor')}
          label={t('fVendor')}
          hint={t('fVendorHint')}
          required
          value={draft.vendor}
          onChange={(e) => set('vendor', e.target.value)}
          error={err('vendor')}
          autoComplete="organization"
        />
        <TextField
          id={fieldId('site')}
          label={t('fSite')}
          required
          value={draft.site}
          onChange={(e) => set('site', e.target.value)}
          error={err('site')}
          autoComplete="street-address"
        />
      </div>

      <div className="form__row">
        <DateField
          id={fieldId('dateFrom')}
          label={t('fDateFrom')}
          required
          value={draft.dateFrom}
          onChange={(iso) => setDate('dateFrom', iso)}
          error={err('dateFrom')}
        />
        <DateField
          id={fieldId('dateTo')}
          label={t('fDateTo')}
          hint={t('fDateToHint')}
          value={draft.dateTo}
          onChange={(iso) => setDate('dateTo', iso)}
          error={err('dateTo')}
        />
        <TextField
          id={fieldId('timeZone')}
          label={t('fTimeZone')}
          hint={t('fTimeZoneHint')}
          list="visit-time-zones"
          autoComplete="off"
          value={draft.timeZone ?? ''}
          onChange={(e) => set('timeZone', e.target.value)}
          error={err('timeZone')}
        />
        <datalist id="visit-time-zones">
          {TIME_ZONES.map((z) => <option key={z} value={z} />)}
        </datalist>
      </div>

      <TextAreaField
        id={fieldId('evaluators')}
        label={t('fEvaluators')}
        hint={t('fEvaluatorsHint')}
        required
        rows={3}
        value={draft.evaluators}
        onChange={(e) => set('evaluators', e.target.value)}
        error={err('evaluators')}
      />

      <RadioGroup<Category>
        legend={t('fTarget')}
        hint={t('fTargetHint')}
        name="targetCategory"
        firstId={fieldId('targetCategory')}
        required
        value={(draft.targetCategory as Category) || ''}
        options={CATEGORIES.map((c) => ({ value: c, label: c, hint: categoryHints[c] }))}
        onChange={(v) => set('targetCategory', v)}
        error={err('targetCategory')}
      />

      <div className="form__row">
        <TextField
          id={fieldId('projectSeats')}
          label={t('fSeats')}
          hint={t('fSeatsHint')}
          required
          inputMode="numeric"
          value={draft.projectSeats}
          onChange={(e) => set('projectSeats', e.target.value)}
          error={err('projectSeats')}
          className="field--narrow"
        />
        <SelectField
          id={fieldId('claimedCategory')}
          label={t('fClaimed')}
          hint={t('fClaimedHint')}
          value={draft.claimedCategory}
          onChange={(e) => set('claimedCategory', e.target.value)}
          error={err('claimedCategory')}
          className="field--narrow"
        >
          <option value="">{t('claimedNone')}</option>
          {CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
        </SelectField>
      </div>

      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={busy}>{busy ? t('saving') : visit ? t('save') : t('create')}</Button>
        <ButtonLink href={href({ name: 'visits' })}>{t('cancel')}</ButtonLink>
      </div>
    </form>
  );
}
