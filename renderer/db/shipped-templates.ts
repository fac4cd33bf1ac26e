import { loadTemplates, type TemplateIssue } from '../domain/template/validate';
import type { Template } from '../domain/template/schema';

/**
 * Turns bundled JSON modules (path → parsed JSON) into templates. Each file is validated on its own, so a broken
 * file is reported by its path under templates/ while the others stay usable.
 */
export function fromModules(modules: Record<string, unknown>): { templates: Template[]; errors: string[]; issues: TemplateIssue[] } {
  const entries = Object.entries(modules)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, raw]) => ({ source: path.replace(/^(\.\.\/)+/, ''), raw }));
  return loadTemplates(entries);
}

const shipped = fromModules(import.meta.glob('../../templates/*.json', { eager: true, import: 'default' }));

/** Templates shipped with the app that passed validation, in file-name order. */
export const templates: readonly Template[] = shipped.templates;
/** One message per problem in a shipped template file, naming the file and the field. */
export const errors: readonly string[] = shipped.errors;
/** The same problems, for the UI to word in the user's language. */
export const issues: readonly TemplateIssue[] = shipped.issues;
