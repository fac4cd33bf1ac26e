import { createContext, useContext } from 'react';
import type { Answer, Visit, VisitBundle } from '../../domain/model';
import type { Identity } from '../../db/identity';
import type { Lang, Template } from '../../domain/template/schema';
import type { VisitEvaluation } from '../../domain/verdict/types';
import type { AnswerInput } from '../../db/answers';
import type { SaveQueue } from './logic/save-queue';

export interface VisitModel {
  visit: Visit;
  template: Template;
  bundle: VisitBundle;
  evaluation: VisitEvaluation;
  /** The answer that stands for each step (stepKey → answer), as the verdict engine sees it. */
  standing: Map<string, Answer>;
  /** The open step, where the capture bar puts photos. */
  captureStep?: { questionId: string; stepId: string } | null;
  /** Steps (stepKey) that evaluators captured differently and nobody has resolved yet. */
  conflicts: Set<string>;
  /** Who captures on this machine; undefined until read. */
  me: Identity | undefined;
  lang: Lang;
  queue: SaveQueue<AnswerInput>;
  /** Opens a question (and optionally scrolls to one of its steps). */
  goTo: (questionId: string, stepId?: string) => void;
  /** Opens the "Share / merge" tab at the list of conflicts to resolve. */
  showConflicts: () => void;
  /** Opens the screen of one of the visit's tools. */
  showTool: (tool: 'staffing' | 'report') => void;
}

export const VisitContext = createContext<VisitModel | null>(null);

export function useVisitModel(): VisitModel {
  const model = useContext(VisitContext);
  if (!model) throw new Error('useVisitModel outside the visit page');
  return model;
}
