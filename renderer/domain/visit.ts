import { CATEGORIES, type Category } from './template/schema';
import type { Visit } from './model';
import { neutralizeBidi } from './text/bidi';
import { isTimeZone, systemTimeZone } from './time';

/** What a person can set on a visit; the rest (id, stamps, archived) is managed by the repository. */
export type VisitFields = Pick<
  Visit,
  'templateId' | 'templateVersion' | 'vendor' | 'site' | 'dateFrom' | 'dateTo' | 'evaluators' | 'targetCategory' | 'projectSeats' | 'claimedCategory' | 'timeZone'
>;

/** The visit form exactly as typed: every field is text, so nothing the user entered is lost when it is invalid. */
export interface VisitDraft {
  /** `${templateId}@${templateVersion}` */
  template: string;
  vendor: string;
  site: string;
  dateFrom: string;
  dateTo: string;
  /** One name per line or separated by commas or semicolons. */
  evaluators: string;
  targetCategory: string;
  projectSeats: string;
  claimedCategory: string;
  /** IANA zone name; the laptop's for a new visit (left out, the repository sets the laptop's). */
  timeZone?: string;
}

export type VisitField = keyof VisitDraft;

export type VisitFieldError =
  | 'required'
  | 'too-long'
  | 'unknown-template'
  | 'invalid-date'
  | 'date-order'
  | 'not-integer'
  | 'not-positive'
  | 'too-large'
  | 'invalid-category'
  | 'duplicate-evaluator'
  | 'invalid-time-zone';

export type VisitErrors = Partial<Record<VisitField, VisitFieldError>>;

export type VisitValidation = { ok: true; value: VisitFields } | { ok: false; errors: VisitErrors };

export const VISIT_LIMITS = { vendor: 200, site: 300, evaluator: 100, evaluators: 20, projectSeats: 100_000 } as const;

/** Order in which fields appear on the form, so the first error can be focused. */
export const VISIT_FIELDS: readonly VisitField[] = [
  'template', 'vendor', 'site', 'dateFrom', 'dateTo', 'evaluators', 'targetCategory', 'projectSeats', 'claimedCategory', 'timeZone',
];

export interface TemplateRef { id: string; version: string }

export const templateKey = (t: TemplateRef): string => `${t.id}@${t.version}`;

export function parseTemplateKey(key: string): TemplateRef | null {
  const at = key.lastIndexOf('@');
  if (at <= 0 || at === key.length - 1) return null;
  return { id: key.slice(0, at), version: key.slice(at + 1) };
}

export function splitEvaluators(text: string): string[] {
  return neutralizeBidi(text).split(/[\n,;]/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** A real calendar date written yyyy-mm-dd (2025-02-30 is rejected). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1900;
}

const isCategory = (s: string): s is Category => (CATEGORIES as readonly string[]).includes(s);

/**
 * Checks a draft and turns it into visit fields. `templates` are the templates a new visit may use; the
 * visit's current template is always accepted on edit, even if it is no longer offered.
 */
export function validateVisitDraft(draft: VisitDraft, templates: readonly TemplateRef[]): VisitValidation {
  const errors: VisitErrors = {};

  const ref = parseTemplateKey(draft.template.trim());
  if (!draft.template.trim()) errors.template = 'required';
  else if (!ref || !templates.some((t) => t.id === ref.id && t.version === ref.version)) errors.template = 'unknown-template';

  const vendor = neutralizeBidi(draft.vendor).trim();
  if (!vendor) errors.vendor = 'required';
  else if (vendor.length > VISIT_LIMITS.vendor) errors.vendor = 'too-long';

  const site = neutralizeBidi(draft.site).trim();
  if (!site) errors.site = 'required';
  else if (site.length > VISIT_LIMITS.site) errors.site = 'too-long';

  const dateFrom = draft.dateFrom.trim();
  if (!dateFrom) errors.dateFrom = 'required';
  else if (!isIsoDate(dateFrom)) errors.dateFrom = 'invalid-date';

  const dateTo = draft.dateTo.trim();
  if (dateTo) {
    if (!isIsoDate(dateTo)) errors.dateTo = 'invalid-date';
    else if (!errors.dateFrom && dateTo < dateFrom) errors.dateTo = 'date-order';
  }

  const evaluators = splitEvaluators(draft.evaluators);
  const lowered = evaluators.map((e) => e.toLocaleLowerCase());
  if (evaluators.length === 0) errors.evaluators = 'required';
  else if (evaluators.length > VISIT_LIMITS.evaluators || evaluators.some((e) => e.length > VISIT_LIMITS.evaluator)) errors.evaluators = 'too-long';
  else if (new Set(lowered).size !== lowered.length) errors.evaluators = 'duplicate-evaluator';

  const target = draft.targetCategory.trim();
  if (!target) errors.targetCategory = 'required';
  else if (!isCategory(target)) errors.targetCategory = 'invalid-category';

  const seatsText = draft.projectSeats.trim();
  let projectSeats = 0;
  if (!seatsText) errors.projectSeats = 'required';
  else if (!/^[+-]?\d+$/.test(seatsText)) errors.projectSeats = 'not-integer';
  else {
    projectSeats = Number(seatsText);
    if (projectSeats <= 0) errors.projectSeats = 'not-positive';
    else if (projectSeats > VISIT_LIMITS.projectSeats) errors.projectSeats = 'too-large';
  }

  const claimed = draft.claimedCategory.trim();
  if (claimed && !isCategory(claimed)) errors.claimedCategory = 'invalid-category';

  const timeZone = (draft.timeZone ?? '').trim();
  if (timeZone && !isTimeZone(timeZone)) errors.timeZone = 'invalid-time-zone';

  if (Object.keys(errors).length > 0 || !ref) return { ok: false, errors };
  return {
    ok: true,
    value: {
      templateId: ref.id,
      templateVersion: ref.version,
      vendor,
      site,
      dateFrom,
      dateTo: dateTo || undefined,
      evaluators,
      targetCategory: target as Category,
      projectSeats,
      claimedCategory: claimed ? (claimed as Category) : undefined,
      ...(timeZone ? { timeZone } : {}),
    },
  };
}

export function draftFromFields(v: VisitFields): VisitDraft {
  return {
    template: templateKey({ id: v.templateId, version: v.templateVersion }),
    vendor: v.vendor,
    site: v.site,
    dateFrom: v.dateFrom,
    dateTo: v.dateTo ?? '',
    evaluators: v.evaluators.join('\n'),
    targetCategory: v.targetCategory,
    projectSeats: String(v.projectSeats),
    claimedCategory: v.claimedCategory ?? '',
    timeZone: v.timeZone ?? '',
  };
}

export function emptyDraft(defaults: Partial<VisitDraft> = {}): VisitDraft {
  return {
    template: '', vendor: '', site: '', dateFrom: '', dateTo: '', evaluators: '', targetCategory: '', projectSeats: '', claimedCategory: '',
    timeZone: systemTimeZone(),
    ...defaults,
  };
}

/** Checks fields that did not come from a draft (e.g. a repository call), with the same rules as the form. */
export function validateVisitFields(v: VisitFields): VisitValidation {
  return validateVisitDraft(draftFromFields(v), [{ id: v.templateId, version: v.templateVersion }]);
}

const FIELD_KEYS: readonly (keyof VisitFields)[] = [
  'templateId', 'templateVersion', 'vendor', 'site', 'dateFrom', 'dateTo', 'evaluators', 'targetCategory', 'projectSeats', 'claimedCategory', 'timeZone',
];

/** Field-by-field difference, for the audit log. */
export function visitChanges(before: VisitFields, after: VisitFields): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const k of FIELD_KEYS) {
    // An edit that does not name a zone keeps the visit's: leaving it out is not clearing it.
    if (k === 'timeZone' && after.timeZone === undefined) continue;
    if (JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)) changes[k] = { from: before[k] ?? null, to: after[k] ?? null };
  }
  return changes;
}

export function pickVisitFields(v: VisitFields): VisitFields {
  const out = {} as Record<string, unknown>;
  for (const k of FIELD_KEYS) if (v[k] !== undefined) out[k] = v[k];
  return out as unknown as VisitFields;
}
