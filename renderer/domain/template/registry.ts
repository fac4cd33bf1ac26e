import type { Template } from './schema';
import { loadTemplate, type TemplateIssue } from './validate';

/** What the registry needs of a template a user added (the shape stored in db.templates). */
export interface StoredTemplateLike { key: string; id: string; version: string; raw: unknown; addedAt: string; fileName?: string }

export interface TemplateEntry {
  key: string;
  template: Template;
  origin: 'shipped' | 'own';
  /** Own templates only. */
  addedAt?: string;
  fileName?: string;
}

/** An own template that no longer loads (e.g. after an app update made the format stricter): listed so it can be removed. */
export interface BrokenTemplate {
  key: string; id: string; version: string; source: string;
  /** In English (logs, the CLI); `issues` are the same problems for the UI to word in its language. */
  errors: string[];
  issues: TemplateIssue[];
}

export interface TemplateRegistry {
  /** Shipped first, in file order, then own templates in the order they were added. */
  entries: TemplateEntry[];
  templates: Template[];
  broken: BrokenTemplate[];
  /** One message per problem with an own template. */
  errors: string[];
}

export const templateKeyOf = (t: { id: string; version: string }): string => `${t.id}@${t.version}`;

/**
 * Merges the shipped templates with the ones users added. Stored templates are validated again, because the
 * app that stored them may have been older than this one; a broken or clashing one is reported, never thrown.
 */
export function combineTemplates(shipped: readonly Template[], stored: readonly StoredTemplateLike[]): TemplateRegistry {
  const entries: TemplateEntry[] = shipped.map((template) => ({ key: templateKeyOf(template), template, origin: 'shipped' }));
  const taken = new Set(entries.map((e) => e.key));
  const broken: BrokenTemplate[] = [];
  const ordered = [...stored].sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.key < b.key ? -1 : 1));
  for (const s of ordered) {
    const source = s.fileName ?? s.key;
    const load = loadTemplate(s.raw, source);
    let errors: string[] = [];
    let issues: TemplateIssue[] = [];
    if (!load.ok) {
      errors = load.errors;
      issues = load.issues;
    } else if (templateKeyOf(load.template) !== s.key) {
      const english = `the file says "${templateKeyOf(load.template)}" but it was stored as "${s.key}"`;
      errors = [`${source}: id: ${english}`];
      issues = [{ source, path: 'id', key: 'storedIdMismatch', params: { found: templateKeyOf(load.template), stored: s.key }, english }];
    } else if (taken.has(s.key)) {
      // A later app version may ship a template with the same id and version; the shipped one is used.
      const english = `template "${s.id}" version ${s.version} is also shipped with the app; the shipped one is used`;
      errors = [`${source}: id: ${english}`];
      issues = [{ source, path: 'id', key: 'alsoShipped', params: { id: s.id, version: s.version }, english }];
    }
    if (errors.length || !load.ok) {
      broken.push({ key: s.key, id: s.id, version: s.version, source, errors, issues });
      continue;
    }
    taken.add(s.key);
    entries.push({ key: s.key, template: load.template, origin: 'own', addedAt: s.addedAt, ...(s.fileName ? { fileName: s.fileName } : {}) });
  }
  return { entries, templates: entries.map((e) => e.template), broken, errors: broken.flatMap((b) => b.errors) };
}

export function findTemplate(list: readonly Template[], id: string, version: string): Template | undefined {
  return list.find((t) => t.id === id && t.version === version);
}

/** How a template is named in the library's address: its id alone while no other template shares it, else id@version. */
export function routeValue(entry: TemplateEntry, entries: readonly TemplateEntry[]): string {
  return entries.filter((e) => e.template.id === entry.template.id).length > 1 ? entry.key : entry.template.id;
}

/** The template a library address points at (id@version, or an id: its first template), else the first of all. */
export function resolveEntry(entries: readonly TemplateEntry[], value: string | undefined): TemplateEntry | undefined {
  if (value) {
    const found = entries.find((e) => e.key === value) ?? entries.find((e) => e.template.id === value);
    if (found) return found;
  }
  return entries[0];
}
