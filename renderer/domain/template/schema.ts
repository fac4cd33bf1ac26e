import { z } from '../zod';

/** Every user-visible string in a template carries all three UI languages. */
export const LANGS = ['ru', 'uk', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const localized = z.object({
  ru: z.string().trim().min(1, 'Russian text is empty'),
  uk: z.string().trim().min(1, 'Ukrainian text is empty'),
  en: z.string().trim().min(1, 'English text is empty'),
}).strict();
export type Localized = z.infer<typeof localized>;

/**
 * A unit printed after a number ("102 места"): per language either one word, for units that do not change with
 * the number ("% в год", "min"), or the plural forms the language needs, so the word agrees with the number
 * (ru and uk: one/few/many/other, en: one/other; "many" in ru/uk and "other" in en also serve as a label).
 */
const word = (what: string) => z.string().trim().min(1, `${what} text is empty`);
const slavicForms = (what: string) => z.object({ one: word(what), few: word(what), many: word(what), other: word(what) }).strict();
export const unitText = z.object({
  ru: z.union([word('Russian'), slavicForms('Russian')]),
  uk: z.union([word('Ukrainian'), slavicForms('Ukrainian')]),
  en: z.union([word('English'), z.object({ one: word('English'), other: word('English') }).strict()]),
}).strict();
export type UnitText = z.infer<typeof unitText>;

/** Vendor categories, best first: A includes everything B needs, B everything C needs. */
export const CATEGORIES = ['A', 'B', 'C'] as const;
export const category = z.enum(CATEGORIES);
export type Category = z.infer<typeof category>;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids use lower-case letters, digits and dashes');

export const STEP_KINDS = ['count', 'interview', 'observe', 'document', 'timer', 'call-test', 'demo', 'value'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const ROLES = ['agent', 'supervisor', 'manager', 'account-manager', 'trainer', 'monitoring', 'it', 'hr'] as const;
export const DOC_FIELDS = ['standard', 'issuer', 'number', 'scope', 'validUntil', 'party', 'date'] as const;
export type DocField = (typeof DOC_FIELDS)[number];

const stepBase = {
  id,
  prompt: localized,
  /** Optional steps add evidence but their absence does not leave the question unverified. */
  optional: z.boolean().optional(),
};

export const countStep = z.object({ ...stepBase, kind: z.literal('count'), unit: unitText, zones: z.boolean().optional() }).strict();
export const interviewStep = z.object({
  ...stepBase,
  kind: z.literal('interview'),
  role: z.enum(ROLES),
  respondents: z.number().int().min(1).max(10),
  /**
   * Fewest respondents the verdict needs ("ask 2–3 agents": respondents 3, minRespondents 2). Defaults to
   * `respondents`: with fewer answers the step leaves its question not verified.
   */
  minRespondents: z.number().int().min(1).max(10).optional(),
  question: localized,
  /** What a matching answer looks like; the evaluator judges each answer against it. */
  reference: localized.optional(),
  /** Interviews that feed a rule record a number or a frequency per respondent besides the free answer. */
  answerType: z.enum(['text', 'number', 'frequency']).optional(),
}).strict();
export const observeStep = z.object({ ...stepBase, kind: z.literal('observe') }).strict();
export const demoStep = z.object({ ...stepBase, kind: z.literal('demo') }).strict();
export const documentStep = z.object({
  ...stepBase,
  kind: z.literal('document'),
  docType: z.enum(['certificate', 'contract', 'plan', 'report', 'resume', 'form', 'policy', 'other']),
  fields: z.array(z.enum(DOC_FIELDS)).optional(),
  /** The methodology asks for a copy: a document only shown ("seen") is partly met, not met. */
  copy: z.boolean().optional(),
  /** The standard the document must be issued under (e.g. "ISO 27001"); needs the `standard` field. */
  standard: z.string().trim().min(1).optional(),
}).strict();
export const timerStep = z.object({ ...stepBase, kind: z.literal('timer'), trials: z.number().int().min(1).max(20) }).strict();
export const callTestStep = z.object({ ...stepBase, kind: z.literal('call-test') }).strict();
export const VALUE_TYPES = ['number', 'percent', 'frequency', 'text', 'yes-no'] as const;
export const valueStep = z.object({
  ...stepBase,
  kind: z.literal('value'),
  valueType: z.enum(VALUE_TYPES),
  unit: unitText.optional(),
}).strict();

export const step = z.discriminatedUnion('kind', [countStep, interviewStep, observeStep, demoStep, documentStep, timerStep, callTestStep, valueStep]);
export type Step = z.infer<typeof step>;

/**
 * A bound for one category. `value` is absolute; `factor` makes it relative to the client's project seat count
 * (e.g. C: at least twice the project's seats). `partly` widens the bound into a "partly meets" band.
 */
export const bound = z.object({
  op: z.enum(['>', '>=', '<', '<=']),
  value: z.number().optional(),
  factor: z.number().positive().optional(),
  of: z.literal('projectSeats').optional(),
  partly: z.number().optional(),
}).strict().refine((b) => (b.value === undefined) !== (b.factor === undefined), 'a bound has either value or factor, not both')
  .refine((b) => b.factor === undefined || b.of === 'projectSeats', 'a relative bound names what it is relative to (of: "projectSeats")');
export type Bound = z.infer<typeof bound>;

/**
 * Which number of a step a rule looks at: `total` sums a count's zones, `value` is a stated value, `median` and
 * `mean` summarise timer trials or interview answers, `worst` is the trial or answer least favourable to the bound.
 * Frequencies are compared in times per year (unit `per-year`).
 */
export const MEASURES = ['total', 'median', 'worst', 'mean', 'value'] as const;
export const rule = z.object({
  type: z.literal('threshold'),
  step: id,
  measure: z.enum(MEASURES),
  unit: z.enum(['seats', 'agents', 'percent', 'seconds', 'minutes', 'calls', 'per-year']),
  bounds: z.partialRecord(category, bound),
}).strict();
export type Rule = z.infer<typeof rule>;

/** How the vendor's RFP claim for a question is entered. */
export const claimSpec = z.object({
  type: z.enum(VALUE_TYPES),
  unit: unitText.optional(),
}).strict();

export const question = z.object({
  id,
  number: z.number().int().positive(),
  categories: z.array(category).min(1),
  title: localized,
  ask: localized,
  why: localized,
  recommended: z.partialRecord(category, localized),
  claim: claimSpec,
  rule: rule.optional(),
  steps: z.array(step).min(1),
}).strict();
export type Question = z.infer<typeof question>;

export const section = z.object({ id, title: localized, questions: z.array(question).min(1) }).strict();
export type Section = z.infer<typeof section>;

export const template = z.object({
  format: z.literal('siteproof-template'),
  formatVersion: z.literal(1),
  id,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version is major.minor.patch'),
  title: localized,
  description: localized,
  sections: z.array(section).min(1),
}).strict();
export type Template = z.infer<typeof template>;
