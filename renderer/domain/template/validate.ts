import type { z } from 'zod';
import { template, type Bound, type Rule, type Step, type Template } from './schema';

export type TemplateLoad =
  | { ok: true; template: Template; source: string }
  | { ok: false; source: string; errors: string[] };

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

function formatZod(error: z.ZodError, raw: unknown): string[] {
  return error.issues.map((issue) => `${pathOf(issue.path, raw)}: ${issue.message}`);
}

/**
 * Which rules a step can feed. A rule only works on a number the step actually records, so a template that
 * pairs them wrongly would silently leave the question unverified; we refuse it at load time instead.
 */
function ruleFitsStep(r: Rule, st: Step): string[] {
  const problems: string[] = [];
  const wantMeasure = (allowed: readonly Rule['measure'][]) => {
    if (!allowed.includes(r.measure)) problems.push(`measure "${r.measure}" does not fit a ${st.kind} step (use ${allowed.join(' or ')})`);
  };
  const wantUnit = (allowed: readonly Rule['unit'][]) => {
    if (!allowed.includes(r.unit)) problems.push(`unit "${r.unit}" does not fit step "${st.id}" (use ${allowed.join(' or ')})`);
  };
  if (st.optional) problems.push(`step "${st.id}" is optional; a rule needs a required step`);
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
        problems.push(`interview step "${st.id}" needs answerType "number" or "frequency" to feed a rule`);
        break;
      }
      wantMeasure(['median', 'mean', 'worst']);
      if (st.answerType === 'frequency') wantUnit(['per-year']);
      else if (r.unit === 'per-year') problems.push(`unit "per-year" needs answerType "frequency" on step "${st.id}"`);
      break;
    case 'value':
      if (st.valueType !== 'number' && st.valueType !== 'percent' && st.valueType !== 'frequency') {
        problems.push(`value step "${st.id}" records ${st.valueType}, not a number a rule can compare`);
        break;
      }
      wantMeasure(['value']);
      if (st.valueType === 'frequency') wantUnit(['per-year']);
      else if (st.valueType === 'percent') wantUnit(['percent']);
      else if (r.unit === 'per-year') problems.push(`unit "per-year" needs valueType "frequency" on step "${st.id}"`);
      break;
    default:
      problems.push(`step "${st.id}" is ${st.kind === 'observe' ? 'an' : 'a'} ${st.kind} step and records no number; rules work on count, timer, interview (number or frequency) and value steps`);
  }
  return problems;
}

function boundProblems(b: Bound, unit: Rule['unit']): string[] {
  const problems: string[] = [];
  if (b.factor !== undefined && unit !== 'seats' && unit !== 'agents') problems.push(`a bound relative to projectSeats needs unit "seats" or "agents", not "${unit}"`);
  if (b.partly === undefined) return problems;
  // `partly` is read in the bound's own terms: an absolute limit beside `value`, a factor beside `factor`.
  const limit = b.value ?? b.factor;
  const name = b.value !== undefined ? 'value' : 'factor';
  if (limit === undefined) return problems;
  const upper = b.op === '<' || b.op === '<=';
  // The partly band lies just outside the bound, on the side that fails it.
  if (upper && b.partly <= limit) problems.push(`partly (${b.partly}) must be above ${name} (${limit}) for "${b.op}"`);
  if (!upper && b.partly >= limit) problems.push(`partly (${b.partly}) must be below ${name} (${limit}) for "${b.op}"`);
  return problems;
}

/** Checks that go beyond the shape: unique ids and numbers, rules pointing at existing steps, recommendations per category. */
export function crossCheck(t: Template): string[] {
  const errors: string[] = [];
  const questionIds = new Set<string>();
  const numbers = new Set<number>();
  const sectionIds = new Set<string>();
  for (const s of t.sections) {
    if (sectionIds.has(s.id)) errors.push(`sections[${s.id}]: duplicate section id`);
    sectionIds.add(s.id);
    for (const q of s.questions) {
      const at = `sections[${s.id}].questions[${q.id}]`;
      if (questionIds.has(q.id)) errors.push(`${at}: duplicate question id`);
      questionIds.add(q.id);
      if (numbers.has(q.number)) errors.push(`${at}.number: number ${q.number} is used twice`);
      numbers.add(q.number);
      if (new Set(q.categories).size !== q.categories.length) errors.push(`${at}.categories: a category is listed twice`);
      const stepIds = new Set<string>();
      for (const st of q.steps) {
        if (stepIds.has(st.id)) errors.push(`${at}.steps[${st.id}]: duplicate step id`);
        stepIds.add(st.id);
        if (st.kind === 'interview' && st.minRespondents !== undefined && st.minRespondents > st.respondents) {
          errors.push(`${at}.steps[${st.id}].minRespondents: ${st.minRespondents} is more than respondents (${st.respondents})`);
        }
        if (st.kind === 'document' && st.standard !== undefined && !st.fields?.includes('standard')) {
          errors.push(`${at}.steps[${st.id}].standard: the step must record the "standard" field to check it`);
        }
      }
      for (const c of q.categories) {
        if (!q.recommended[c]) errors.push(`${at}.recommended.${c}: missing recommendation for category ${c}`);
      }
      for (const c of Object.keys(q.recommended)) {
        if (!q.categories.includes(c as never)) errors.push(`${at}.recommended.${c}: the question does not apply to category ${c}`);
      }
      if (q.rule) {
        const target = q.steps.find((st) => st.id === q.rule?.step);
        if (!target) errors.push(`${at}.rule.step: no step "${q.rule.step}" in this question`);
        else errors.push(...ruleFitsStep(q.rule, target).map((e) => `${at}.rule: ${e}`));
        if (Object.keys(q.rule.bounds).length === 0) errors.push(`${at}.rule.bounds: a rule needs a bound for at least one category`);
        for (const [c, b] of Object.entries(q.rule.bounds)) {
          if (!q.categories.includes(c as never)) errors.push(`${at}.rule.bounds.${c}: the question does not apply to category ${c}`);
          if (b) errors.push(...boundProblems(b, q.rule.unit).map((e) => `${at}.rule.bounds.${c}: ${e}`));
        }
      }
    }
  }
  return errors;
}

/** Validates one template document. `source` names the file in every message. */
export function loadTemplate(raw: unknown, source: string): TemplateLoad {
  const parsed = template.safeParse(raw);
  if (!parsed.success) return { ok: false, source, errors: formatZod(parsed.error, raw).map((e) => `${source}: ${e}`) };
  const extra = crossCheck(parsed.data);
  if (extra.length) return { ok: false, source, errors: extra.map((e) => `${source}: ${e}`) };
  return { ok: true, template: parsed.data, source };
}

/** Parses and validates a template file's text, e.g. one an evaluator picked from disk. */
export function loadTemplateText(text: string, source: string): TemplateLoad {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, source, errors: [`${source}: (root): not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  return loadTemplate(raw, source);
}

/**
 * Loads many templates; broken ones are reported and skipped so the others stay usable. A visit records the
 * template's id and version, so a second file with the same pair is refused rather than silently shadowing.
 */
export function loadTemplates(entries: { source: string; raw: unknown }[]): { templates: Template[]; errors: string[] } {
  const templates: Template[] = [];
  const errors: string[] = [];
  const firstSource = new Map<string, string>();
  for (const e of entries) {
    const r = loadTemplate(e.raw, e.source);
    if (!r.ok) {
      errors.push(...r.errors);
      continue;
    }
    const key = `${r.template.id}@${r.template.version}`;
    const first = firstSource.get(key);
    if (first !== undefined) {
      errors.push(`${e.source}: id: template "${r.template.id}" version ${r.template.version} is already loaded from ${first}`);
      continue;
    }
    firstSource.set(key, e.source);
    templates.push(r.template);
  }
  return { templates, errors };
}
