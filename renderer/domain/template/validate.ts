import type { z } from 'zod';
import { template, type Template } from './schema';

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
      }
      for (const c of q.categories) {
        if (!q.recommended[c]) errors.push(`${at}.recommended.${c}: missing recommendation for category ${c}`);
      }
      for (const c of Object.keys(q.recommended)) {
        if (!q.categories.includes(c as never)) errors.push(`${at}.recommended.${c}: the question does not apply to category ${c}`);
      }
      if (q.rule) {
        if (!stepIds.has(q.rule.step)) errors.push(`${at}.rule.step: no step "${q.rule.step}" in this question`);
        for (const c of Object.keys(q.rule.bounds)) {
          if (!q.categories.includes(c as never)) errors.push(`${at}.rule.bounds.${c}: the question does not apply to category ${c}`);
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

/** Loads many templates; broken ones are reported and skipped so the others stay usable. */
export function loadTemplates(entries: { source: string; raw: unknown }[]): { templates: Template[]; errors: string[] } {
  const templates: Template[] = [];
  const errors: string[] = [];
  for (const e of entries) {
    const r = loadTemplate(e.raw, e.source);
    if (r.ok) templates.push(r.template);
    else errors.push(...r.errors);
  }
  return { templates, errors };
}
