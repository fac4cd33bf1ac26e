import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { selectAnswers, type StepConflict } from '../../domain/answers';
import type { VisitBundle } from '../../domain/model';
import type { Template } from '../../domain/template/schema';
import { useVisitBundle } from '../../db/visit-bundle';
import { useTemplates } from '../../db/templates';
import { findTemplate } from '../../domain/template/registry';
import { readSyncFolder } from './sync-folder';

/** undefined while loading, null when no folder was chosen yet. */
export function useSyncFolder(): string | null | undefined {
  return useLiveQuery(() => readSyncFolder(), []);
}

export interface ConflictView {
  bundle: VisitBundle;
  template: Template | undefined;
  conflicts: StepConflict[];
}

/** The open conflicts of a visit, live: a resolution or an import updates the list at once. */
export function useOpenConflicts(visitId: string): ConflictView | null | undefined {
  const bundle = useVisitBundle(visitId);
  const registry = useTemplates();
  return useMemo(() => {
    if (!bundle) return bundle;
    if (!registry) return undefined;
    const template = findTemplate(registry.templates, bundle.visit.templateId, bundle.visit.templateVersion);
    return { bundle, template, conflicts: selectAnswers(bundle).conflicts };
  }, [bundle, registry]);
}
