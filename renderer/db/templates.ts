import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { clock } from '../domain/clock';
import type { Template } from '../domain/template/schema';
import { loadTemplateText, type TemplateIssue } from '../domain/template/validate';
import { combineTemplates, templateKeyOf, type TemplateRegistry } from '../domain/template/registry';
import { templates as shippedTemplates } from './shipped-templates';
import { db, type StoredTemplate } from './db';

/** Well above the 33-question template (~100 KB); a bigger file is almost surely not a checklist. */
export const MAX_TEMPLATE_CHARS = 5_000_000;

export type TemplateProblemCode = 'invalid' | 'too-large' | 'shipped' | 'version-clash' | 'in-use' | 'not-found';

/**
 * Why a template was not added or removed. `messages` are the English lines naming the file and the field (from the
 * validator for 'invalid'); `code` and `params` let the UI say the same in the user's language, and `issues` (for
 * 'invalid') the validator's details.
 */
export class TemplateError extends Error {
  constructor(
    readonly code: TemplateProblemCode,
    readonly messages: string[],
    readonly params: Record<string, string | number> = {},
    readonly issues: readonly TemplateIssue[] = [],
  ) {
    super(messages.join('\n'));
    this.name = 'TemplateError';
  }
}

export interface AddedTemplate {
  stored: StoredTemplate;
  template: Template;
  /** The very same file was already added: nothing changed. */
  unchanged: boolean;
}

/** Key order in JSON does not matter to us; two files with the same content are the same template. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj).sort().map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Validates a checklist file a user picked and stores it. Refused with a TemplateError when the file is broken, when
 * the app ships a template with the same id and version, or when a different file with that id and version was added
 * before (visits record only id and version, so two contents under one name would change finished visits).
 */
export async function addTemplateFromText(text: string, fileName: string): Promise<AddedTemplate> {
  if (text.length > MAX_TEMPLATE_CHARS) {
    throw new TemplateError('too-large', [`${fileName}: (root): the file is larger than ${MAX_TEMPLATE_CHARS} characters; a checklist is far smaller`], {
      file: fileName, max: MAX_TEMPLATE_CHARS,
    });
  }
  const load = loadTemplateText(text, fileName);
  if (!load.ok) throw new TemplateError('invalid', load.errors, { file: fileName, count: load.errors.length }, load.issues);
  const template = load.template;
  const key = templateKeyOf(template);
  const params = { file: fileName, id: template.id, version: template.version };
  if (shippedTemplates.some((t) => templateKeyOf(t) === key)) {
    throw new TemplateError('shipped', [
      `${fileName}: version: template "${template.id}" version ${template.version} is shipped with the app; give your checklist another id or version`,
    ], params);
  }
  // The template has passed validation, so it is plain JSON: store the parsed document, not the text.
  const raw: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  return db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.get(key);
    if (existing) {
      if (canonical(existing.raw) === canonical(raw)) return { stored: existing, template, unchanged: true };
      throw new TemplateError('version-clash', [
        `${fileName}: version: a different checklist "${template.id}" version ${template.version} was already added${existing.fileName ? ` from ${existing.fileName}` : ''}; raise the version when you change a checklist`,
      ], { ...params, other: existing.fileName ?? key });
    }
    const stored: StoredTemplate = { key, id: template.id, version: template.version, raw, addedAt: clock.nowIso(), fileName };
    await db.templates.add(stored);
    return { stored, template, unchanged: false };
  });
}

/** Removes a user's template. Refused while any visit (archived ones too) was started with it: its answers need it. */
export async function removeTemplate(key: string): Promise<void> {
  await db.transaction('rw', db.templates, db.visits, async () => {
    const stored = await db.templates.get(key);
    if (!stored) throw new TemplateError('not-found', [`${key}: no such checklist was added`], { key });
    const users = await db.visits.filter((v) => v.templateId === stored.id && v.templateVersion === stored.version).toArray();
    if (users.length > 0) {
      const vendors = [...new Set(users.map((v) => v.vendor))].sort();
      throw new TemplateError('in-use', [
        `${stored.fileName ?? key}: checklist "${stored.id}" version ${stored.version} is used by ${users.length} visit(s) (${vendors.join(', ')}); delete those visits first`,
      ], { key, id: stored.id, version: stored.version, count: users.length, vendors: vendors.join(', ') });
    }
    await db.templates.delete(key);
  });
}

export function listStoredTemplates(): Promise<StoredTemplate[]> {
  return db.templates.toArray();
}

/** Shipped and stored templates together, for code outside React (dossier preparation, scripts). */
export async function loadAllTemplates(): Promise<TemplateRegistry> {
  return combineTemplates(shippedTemplates, await listStoredTemplates());
}

/** Shipped and stored templates, live: adding or removing one updates every screen. undefined while loading. */
export function useTemplates(): TemplateRegistry | undefined {
  // When the database cannot be opened the app says so in its start-up banner; the shipped checklists must
  // still be browsable, so a failed read counts as "no own checklists" here instead of hanging the page.
  const stored = useLiveQuery(() => listStoredTemplates().catch((): StoredTemplate[] => []), []);
  return useMemo(() => (stored ? combineTemplates(shippedTemplates, stored) : undefined), [stored]);
}
