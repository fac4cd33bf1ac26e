import type { QuestionResult, VisitEvaluation } from '../../../domain/verdict/types';

export interface Progress { done: number; open: number; na: number; total: number }

/** Questions to walk through: those applying to the target category, or all of them on request. */
export function visibleResults(evaluation: Pick<VisitEvaluation, 'results'>, showAll: boolean): QuestionResult[] {
  return evaluation.results.filter((r) => showAll || r.applicable);
}

export function progressOf(results: QuestionResult[]): Progress {
  const p: Progress = { done: 0, open: 0, na: 0, total: results.length };
  for (const r of results) {
    if (r.status === 'done') p.done += 1;
    else if (r.status === 'n/a') p.na += 1;
    else p.open += 1;
  }
  return p;
}

export interface SectionGroup { sectionId: string; results: QuestionResult[]; progress: Progress }

export function groupBySection(results: QuestionResult[]): SectionGroup[] {
  const groups: SectionGroup[] = [];
  for (const r of results) {
    let g = groups.find((x) => x.sectionId === r.sectionId);
    if (!g) {
      g = { sectionId: r.sectionId, results: [], progress: { done: 0, open: 0, na: 0, total: 0 } };
      groups.push(g);
    }
    g.results.push(r);
  }
  for (const g of groups) g.progress = progressOf(g.results);
  return groups;
}

export interface StepRef { questionId: string; stepId: string }

/** Steps still to capture in a question: its required steps not yet complete (or, with only optional steps, all of them). */
export function openSteps(r: QuestionResult): string[] {
  if (r.status !== 'open') return [];
  const findings = r.steps ?? [];
  const required = findings.filter((f) => !f.optional);
  const pool = required.length ? required : findings;
  const open = pool.filter((f) => !f.complete).map((f) => f.stepId);
  // A question can be open without findings (an engine that reports none): point at its first step.
  return open.length || findings.length ? open : r.question.steps.slice(0, 1).map((s) => s.id);
}

/**
 * The next step still to capture after `from`, in checklist order, wrapping round; null when nothing is open.
 * Without `from.stepId` the current question's own open steps come first.
 */
export function nextOpenStep(results: QuestionResult[], from: { questionId: string | null; stepId?: string }): StepRef | null {
  const all: StepRef[] = results.flatMap((r) => openSteps(r).map((stepId) => ({ questionId: r.question.id, stepId })));
  if (all.length === 0) return null;
  const order = new Map<string, number>();
  results.forEach((r, qi) => r.question.steps.forEach((s, si) => order.set(`${r.question.id}/${s.id}`, qi * 1000 + si)));
  const qIndex = results.findIndex((r) => r.question.id === from.questionId);
  if (qIndex < 0) return all[0];
  const stepIndex = from.stepId ? results[qIndex].question.steps.findIndex((s) => s.id === from.stepId) : -1;
  const position = qIndex * 1000 + stepIndex;
  const pos = (x: StepRef) => order.get(`${x.questionId}/${x.stepId}`) ?? 0;
  return all.find((x) => pos(x) > position) ?? all[0];
}

export function neighbour(results: QuestionResult[], currentId: string | null, dir: 1 | -1): string | null {
  const i = results.findIndex((r) => r.question.id === currentId);
  const next = results[i + dir];
  return next ? next.question.id : null;
}
