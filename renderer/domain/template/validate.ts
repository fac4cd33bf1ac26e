import type { z } from 'zod';
import { translator } from '../../i18n/instance';
import { template, type Bound, type Lang, type Rule, type Step, type Template } from './schema';

/**
 * One thing wrong with a template file: the file, the place in it, and what is wrong as a `library` string key
 * (`issue.<key>`) with its values, so it reads in the user's language. `english` is zod's own sentence, kept for
 * English where zod says more than our generic key.
 */
export interface TemplateIssue {
  source: string;
  path: string;
  key: string;
  params?: Record<string, string | number | readonly string[]>;
  english?: string;
}

export type TemplateLoad =
  | { ok: true; template: Template; source: string }
  /** `errors`: the issues in English, one line each (the CLI's and the logs' wording). */
  | { ok: false; source: string; errors: string[]; issues: TemplateIssue[] };

/** "file: place: what is wrong", in `lang`. */
export function describeTemplateIssue(issue: TemplateIssue, lang: Lang): string {
  const t = translator(lang, 'library') as unknown as (key: string, options?: Record<string, unknown>) => string;
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(issue.params ?? {})) params[k] = Array.isArray(v) ? v.join(t('issue.or')) : v;
  const what = lang === 'en' && issue.english !== undefined ? issue.english : t(`issue.${issue.key}`, params);
  return `${issue.source}: ${issue.path}: ${what}`;
}

export const describeTemplateIssues = (issues: readonly TemplateIssue[], lang: Lang): string[] =>
  issues.map((i) => describeTemplateIssue(i, lang));

/** A path-and-problem before the file is known: crossCheck's and ruleFitsStep's results. */
interface Problem { path: string; key: string; params?: TemplateIssue['params']; english?: string }

const failed = (source: string, problems: Problem[]): TemplateLoad => {
  const issues = problems.map((p) => ({ source, ...p }));
  return { ok: false, source, issues, errors: describeTemplateIssues(issues, 'en') };
};

function pathOf(issuePath: readonly PropertyKey[], raw: unknown): string {
  // Name sections and questions by their id where we can, so the message points at something a person wrote.
  let cursor: unknown = raw;
  const parts: string[] = [];
  for (const key of issuePath) {
    if (typeof key === 'number') {
      const item = Array.isArray(cursor) ? cursor[key] : undefined;
      const itemId = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;
      parts.push(itemId ? `[${itemId}]` : `[${key}]`);
      cursor = item;
    } else {
      parts.push(parts.length ? `.${String(key)}` : String(key));
      cursor = cursor && typeof cursor === 'object' ? (cursor as Record<PropertyKey, unknown>)[key] : undefined;
    }
  }
  return parts.join('') || '(root)';
}

/** The schema's own messages (schema.ts), each with its key. */
const SCHEMA_MESSAGES: Record<string, string> = {
  'Russian text is empty': 'textEmptyRu',
  'Ukrainian text is empty': 'textEmptyUk',
  'English text is empty': 'textEmptyEn',
  'ids use lower-case letters, digits and dashes': 'idFormat',
  'a bound has either value or factor, not both': 'boundValueOrFactor',
  'a relative bound names what it is relative to (of: "projectSeats")': 'boundRelative',
  'version is major.minor.patch': 'versionFormat',
};

function zodProblem(issue: z.core.$ZodIssue): Omit<Problem, 'path'> {
  const own = SCHEMA_MESSAGES[issue.message];
  if (own) return { key: own };
  const english = issue.message;
  switch (issue.code) {
    case 'invalid_type': return { key: 'zod.invalidType', params: { expected: String(issue.expected) }, english };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { key: 'zod.empty', english };
      return { key: issue.origin === 'array' ? 'zod.tooFew' : 'zod.tooSmall', params: { minimum: String(issue.minimum) }, english };
    case 'too_big': return { key: issue.origin === 'array' ? 'zod.tooMany' : issue.origin === 'string' ? 'zod.tooLong' : 'zod.tooBig', params: { maximum: String(issue.maximum) }, english };
    case 'invalid_value': return { key: 'zod.invalidValue', params: { values: issue.values.map((v) => JSON.stringify(v)).join(', ') }, english };
    case 'unrecognized_keys': return { key: 'zod.unknownKeys', params: { keys: issue.keys.map((k) => `"${k}"`).join(', ') }, english };
    case 'invalid_union': return { key: 'zod.noVariant', english };
    case 'invalid_format': return { key: 'zod.format', english };
    case 'not_multiple_of': return { key: 'zod.multipleOf', params: { divisor: String(issue.divisor) }, english };
    default: return { key: 'zod.other', params: { message: english }, english };
  }
}

function formatZod(error: z.ZodError, raw: unknown): Problem[] {
  return error.issues.map((issue) => ({ path: pathOf(issue.path, raw), ...zodProblem(issue) }));
}

/**
 * Which rules a step can feed. A rule only works on a number the step actually records, so a template that
 * pairs them wrongly would silently leave the question unverified; we refuse it at load time instead.
 */
function ruleFitsStep(r: Rule, st: Step): Omit<Problem, 'path'>[] {
  const problems: Omit<Problem, 'path'>[] = [];
  const wantMeasure = (allowed: readonly Rule['measure'][]) => {
    if (!allowed.includes(r.measure)) problems.push({ key: 'measureMismatch', params: { measure: r.measure, kind: st.kind, allowed } });
  };
  const wantUnit = (allowed: readonly Rule['unit'][]) => {
    if (!allowed.includes(r.unit)) problems.push({ key: 'unitMismatch', params: { unit: r.unit, step: st.id, allowed } });
  };
  if (st.optional) problems.push({ key: 'optionalStep', params: { step: st.id } });
  switch (st.kind) {
    case 'count':
      wantMeasure(['total']);
      wantUnit(['seats', 'agents']);
      break;
    case 'timer':
      wantMeasure(['median', 'mean', 'worst']);
      wantUnit(['seconds']);
      break;
    case 'interview':
      if (st.answerType !== 'number' && st.answerType !== 'frequency') {
        problems.push({ key: 'interviewAnswerType', params: { step: st.id } });
        break;
      }
      wantMeasure(['median', 'mean', 'worst']);
      if (st.answerType === 'frequency') wantUnit(['per-year']);
      else if (r.unit === 'per-year') problems.push({ key: 'perYearAnswerType', params: { step: st.id } });
      break;
    case 'value':
      if (st.valueType !== 'number' && st.valueType !== 'percent' && st.valueType !== 'frequency') {
        problems.push({ key: 'valueTypeNotNumber', params: { step: st.id, valueType: st.valueType } });
        break;
      }
      wantMeasure(['value']);
      if (st.valueType === 'frequency') wantUnit(['per-year']);
      else if (st.valueType === 'percent') wantUnit(['percent']);
      else if (r.unit === 'per-year') problems.push({ key: 'perYearValueType', params: { step: st.id } });
      break;
    default:
      problems.push({ key: st.kind === 'observe' ? 'noNumberAn' : 'noNumber', params: { step: st.id, kind: st.kind } });
  }
  return problems;
}

function boundProblems(b: Bound, unit: Rule['unit']): Omit<Problem, 'path'>[] {
  const problems: Omit<Problem, 'path'>[] = [];
  if (b.factor !== undefined && unit !== 'seats' && unit !== 'agents') problems.push({ key: 'factorUnit', params: { unit } });
  if (b.partly === undefined) return problems;
  // `partly` is read in the bound's own terms: an absolute limit beside `value`, a factor beside `factor`.
  const limit = b.value ?? b.factor;
  const name = b.value !== undefined ? 'value' : 'factor';
  if (limit === undefined) return problems;
  const upper = b.op === '<' || b.op === '<=';
  // The partly band lies just outside the bound, on the side that fails it.
  if (upper && b.partly <= limit) problems.push({ key: 'partlyAbove', params: { partly: b.partly, name, limit, op: b.op } });
  if (!upper && b.partly >= limit) problems.push({ key: 'partlyBelow', params: { partly: b.partly, name, limit, op: b.op } });
  return problems;
}

/** Checks that go beyond the shape: unique ids and numbers, rules pointing at existing steps, recommendations per category. */
export function crossCheckIssues(t: Template): Problem[] {
  const errors: Problem[] = [];
  const add = (path: string, key: string, params?: Problem['params']) => errors.push(params ? { path, key, params } : { path, key });
  const questionIds = new Set<string>();
  const numbers = new Set<number>();
  const sectionIds = new Set<string>();
  for (const s of t.sections) {
    if (sectionIds.has(s.id)) add(`sections[${s.id}]`, 'dupSection');
    sectionIds.add(s.id);
    for (const q of s.questions) {
      const at = `sections[${s.id}].questions[${q.id}]`;
      if (questionIds.has(q.id)) add(at, 'dupQuestion');
      questionIds.add(q.id);
      if (numbers.has(q.number)) add(`${at}.number`, 'dupNumber', { number: q.number });
      numbers.add(q.number);
      if (new Set(q.categories).size !== q.categories.length) add(`${at}.categories`, 'dupCategory');
      const stepIds = new Set<string>();
      for (const st of q.steps) {
        if (stepIds.has(st.id)) add(`${at}.steps[${st.id}]`, 'dupStep');
        stepIds.add(st.id);
        if (st.kind === 'interview' && st.minRespondents !== undefined && st.minRespondents > st.respondents) {
          add(`${at}.steps[${st.id}].minRespondents`, 'minRespondents', { min: st.minRespondents, respondents: st.respondents });
        }
        if (st.kind === 'document' && st.standard !== undefined && !st.fields?.includes('standard')) {
          add(`${at}.steps[${st.id}].standard`, 'standardField');
        }
      }
      for (const c of q.categories) {
        if (!q.recommended[c]) add(`${at}.recommended.${c}`, 'missingRecommendation', { category: c });
      }
      for (const c of Object.keys(q.recommended)) {
        if (!q.categories.includes(c as never)) add(`${at}.recommended.${c}`, 'notInCategory', { category: c });
      }
      if (q.rule) {
        const target = q.steps.find((st) => st.id === q.rule?.step);
        if (!target) add(`${at}.rule.step`, 'noStep', { step: q.rule.step });
        else errors.push(...ruleFitsStep(q.rule, target).map((e) => ({ path: `${at}.rule`, ...e })));
        if (Object.keys(q.rule.bounds).length === 0) add(`${at}.rule.bounds`, 'needsBound');
        for (const [c, b] of Object.entries(q.rule.bounds)) {
          if (!q.categories.includes(c as never)) add(`${at}.rule.bounds.${c}`, 'notInCategory', { category: c });
          if (b) errors.push(...boundProblems(b, q.rule.unit).map((e) => ({ path: `${at}.rule.bounds.${c}`, ...e })));
        }
      }
    }
  }
  return errors;
}

/** Validates one template document. `source` names the file in every message. */
export function loadTemplate(raw: unknown, source: string): TemplateLoad {
  const parsed = template.safeParse(raw);
  if (!parsed.success) return failed(source, formatZod(parsed.error, raw));
  const extra = crossCheckIssues(parsed.data);
  if (extra.length) return failed(source, extra);
  return { ok: true, template: parsed.data, source };
}

/** Parses and validates a template file's text, e.g. one an evaluator picked from disk. */
export function loadTemplateText(text: string, source: string): TemplateLoad {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return failed(source, [{ path: '(root)', key: 'notJson', params: { message: e instanceof Error ? e.message : String(e) } }]);
  }
  return loadTemplate(raw, source);
}

/**
 * Loads many templates; broken ones are reported and skipped so the others stay usable. A visit records the
 * template's id and version, so a second file with the same pair is refused rather than silently shadowing.
 */
export function loadTemplates(entries: { source: string; raw: unknown }[]): { templates: Template[]; errors: string[]; issues: TemplateIssue[] } {
  const templates: Template[] = [];
  const errors: string[] = [];
  const issues: TemplateIssue[] = [];
  const firstSource = new Map<string, string>();
  for (const e of entries) {
    const r = loadTemplate(e.raw, e.source);
    if (!r.ok) {
      errors.push(...r.errors);
      issues.push(...r.issues);
      continue;
    }
    const key = `${r.template.id}@${r.template.version}`;
    const first = firstSource.get(key);
    if (first !== undefined) {
      const issue: TemplateIssue = { source: e.source, path: 'id', key: 'alreadyLoaded', params: { id: r.template.id, version: r.template.version, first } };
      issues.push(issue);
      errors.push(describeTemplateIssue(issue, 'en'));
      continue;
    }
    firstSource.set(key, e.source);
    templates.push(r.template);
  }
  return { templates, errors, issues };
}
