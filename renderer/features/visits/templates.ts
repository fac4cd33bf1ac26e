import { templates } from '../../library/shipped';
import type { Template } from '../../domain/template/schema';
import type { TemplateRef } from '../../domain/visit';

/** Templates a new visit can use: the ones shipped with the app that passed validation. */
export const availableTemplates: readonly Template[] = templates;

export const availableRefs: readonly TemplateRef[] = templates.map((t) => ({ id: t.id, version: t.version }));

export function findTemplate(id: string, version: string): Template | undefined {
  return templates.find((t) => t.id === id && t.version === version);
}
