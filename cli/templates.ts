import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Template } from '../renderer/domain/template/schema';
import { loadTemplate } from '../renderer/domain/template/validate';
import { CliError, EXIT, REPO_ROOT } from './common';

export const TEMPLATE_DIR = join(REPO_ROOT, 'templates');
export const DEMO_TEMPLATE = join(TEMPLATE_DIR, 'callcenter-inbound.json');

/** Loads and validates one template file; a broken one is a clear error, never a half-read template. */
export function templateFromFile(path: string): Template {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CliError(`Cannot read the template ${path}: ${(e as Error).message}`, EXIT.io);
  }
  const r = loadTemplate(raw, path);
  if (!r.ok) throw new CliError(`The template is not valid:\n${r.errors.map((e) => `  - ${e}`).join('\n')}`, EXIT.problems);
  return r.template;
}

/** The shipped template a visit was captured with: same id, the same version if we have it. */
export function shippedTemplate(id: string, version: string): Template | undefined {
  let names: string[];
  try {
    names = readdirSync(TEMPLATE_DIR).filter((n) => n.endsWith('.json'));
  } catch {
    return undefined;
  }
  const found: Template[] = [];
  for (const name of names) {
    try {
      const r = loadTemplate(JSON.parse(readFileSync(join(TEMPLATE_DIR, name), 'utf8')), name);
      if (r.ok && r.template.id === id) found.push(r.template);
    } catch {
      // Unreadable files are someone else's problem here; only a matching template matters.
    }
  }
  return found.find((t) => t.version === version) ?? found[0];
}
