import type { Answer, Decision, Resolution, VisitBundle } from './model';

export const stepKey = (questionId: string, stepId: string) => `${questionId}/${stepId}`;

export interface StepConflict {
  questionId: string;
  stepId: string;
  /** The differing answers, oldest first. */
  answers: Answer[];
}

function sameContent(a: Answer, b: Answer): boolean {
  return JSON.stringify(a.data) === JSON.stringify(b.data) && a.note.trim() === b.note.trim();
}

const byUpdated = (a: { updatedAt: string; id: string }, b: { updatedAt: string; id: string }) =>
  a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The answer that stands for each step. Several evaluators may have answered the same step: identical answers
 * agree; differing ones are a conflict until somebody resolves it. Until then the newest answer is shown and
 * the step is listed as an open conflict, never silently decided. Cleared (tombstoned) answers do not count.
 * A resolution holds for the revisions it settled (see `settles`) and no further.
 */
export function selectAnswers(bundle: Pick<VisitBundle, 'answers' | 'resolutions'>): { byStep: Map<string, Answer>; conflicts: StepConflict[] } {
  const groups = new Map<string, Answer[]>();
  for (const a of bundle.answers) {
    if (a.deleted) continue;
    const k = stepKey(a.questionId, a.stepId);
    const list = groups.get(k);
    if (list) list.push(a);
    else groups.set(k, [a]);
  }
  const latestResolution = new Map<string, Resolution>();
  for (const r of [...bundle.resolutions].sort(byUpdated)) latestResolution.set(stepKey(r.questionId, r.stepId), r);

  const byStep = new Map<string, Answer>();
  const conflicts: StepConflict[] = [];
  for (const [k, list] of groups) {
    const sorted = [...list].sort(byUpdated);
    const resolution = latestResolution.get(k);
    const chosen = resolution && sorted.find((a) => a.id === resolution.chosenAnswerId);
    let candidates = sorted;
    if (resolution && chosen) {
      const fresh = sorted.filter((a) => !settles(resolution, a));
      if (fresh.length === 0) {
        byStep.set(k, chosen);
        continue;
      }
      // A resolution settles the revisions it saw. What came after it is a new state: a later edit stands on
      // its own, later edits that disagree are a new conflict. An answer it never saw although it is older
      // than the resolution (it was still on the way) is weighed against the chosen one.
      const unseenOlder = fresh.some((a) => a.updatedAt <= resolution.updatedAt);
      candidates = unseenOlder && !fresh.includes(chosen) ? [chosen, ...fresh].sort(byUpdated) : fresh;
    }
    const newest = candidates[candidates.length - 1];
    byStep.set(k, newest);
    const distinct = candidates.filter((a, i) => candidates.findIndex((b) => sameContent(a, b)) === i);
    if (distinct.length > 1) conflicts.push({ questionId: newest.questionId, stepId: newest.stepId, answers: distinct });
  }
  return { byStep, conflicts };
}

/**
 * Whether a resolution settled this revision of an answer: it lists the revisions it saw; one made before it
 * listed them settled whatever was saved up to its own time.
 */
export function settles(resolution: Resolution, answer: Answer): boolean {
  if (resolution.settles) return resolution.settles.some((s) => s.answerId === answer.id && s.rev === answer.rev);
  return answer.updatedAt <= resolution.updatedAt;
}

/** The newest decision per question; a `clear` decision removes an earlier override or not-applicable mark. */
export function currentDecisions(decisions: Decision[]): Map<string, Decision> {
  const out = new Map<string, Decision>();
  for (const d of [...decisions].sort(byUpdated)) {
    if (d.type === 'clear') out.delete(d.questionId);
    else out.set(d.questionId, d);
  }
  return out;
}
