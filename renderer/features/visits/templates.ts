import { useMemo } from 'react';
import type { Template } from '../../domain/template/schema';
import type { TemplateRef } from '../../domain/visit';
import { useTemplates } from '../../db/templates';
import { findTemplate } from '../../domain/template/registry';

export interface AvailableTemplates {
  /** Templates a new visit can use: shipped ones that passed validation, then the user's own. */
  templates: readonly Template[];
  refs: readonly TemplateRef[];
  find(id: string, version: string): Template | undefined;
}

/** undefined while the user's own templates are still being read. */
export function useAvailableTemplates(): AvailableTemplates | undefined {
  const registry = useTemplates();
  return useMemo(() => {
    if (!registry) return undefined;
    const list = registry.templates;
    return {
      templates: list,
      refs: list.map((t) => ({ id: t.id, version: t.version })),
      find: (id: string, version: string) => findTemplate(list, id, version),
    };
  }, [registry]);
}
