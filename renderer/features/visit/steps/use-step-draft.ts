import { useState, useSyncExternalStore } from 'react';
import type { Answer, StepDataByKind } from '../../../domain/model';
import { stepKey } from '../../../domain/answers';
import type { StepKind } from '../../../domain/template/schema';
import type { SaveState } from '../logic/save-queue';
import type { AnswerInput } from '../../../db/answers';
import { useVisitModel } from '../visit-context';

/** Typing waits this long for a pause before it is written; clicks are written at once. */
export const TYPING_DELAY_MS = 600;

export type SaveMode = 'now' | 'typing';

export interface StepDraft<K extends StepKind> {
  data: StepDataByKind[K];
  note: string;
  /** This evaluator's own record for the step, if any. */
  own: Answer | undefined;
  /** The record shown: the one that counts for the step (selectAnswers), else this evaluator's own. */
  shown: Answer | undefined;
  save: SaveState<AnswerInput>;
  setData: (data: StepDataByKind[K], mode?: SaveMode) => void;
  setNote: (note: string) => void;
  flush: () => void;
  retry: () => void;
}

/**
 * The editable state of one step. Edits show at once and go to the visit's save queue; the stored record
 * replaces the draft whenever it changes and nothing of ours is waiting to be written (so the draft follows
 * a merge or a random pick, but never overwrites what the evaluator just typed).
 */
export function useStepDraft<K extends StepKind>(questionId: string, stepId: string, kind: K, empty: () => StepDataByKind[K]): StepDraft<K> {
  const { visit, bundle, standing, me, queue } = useVisitModel();
  const key = stepKey(questionId, stepId);
  const save = useSyncExternalStore(queue.subscribe, () => queue.get(key));
  const own = me
    ? bundle.answers.find((a) => !a.deleted && a.questionId === questionId && a.stepId === stepId && a.author === me.author && a.device === me.device)
    : undefined;
  const standingAnswer = standing.get(key);
  // The field shows the value that counts (after a resolution or a later edit, not necessarily ours); our own
  // record only when the step has no standing answer.
  const shown = standingAnswer ?? own;

  const fromRecord = (): { data: StepDataByKind[K]; note: string } => ({
    data: shown && shown.kind === kind ? (shown.data as StepDataByKind[K]) : empty(),
    note: shown?.note ?? '',
  });
  const [draft, setDraft] = useState(() => {
    const unsaved = queue.get(key).unsaved;
    return unsaved ? { data: unsaved.data as StepDataByKind[K], note: unsaved.note } : fromRecord();
  });
  const version = shown ? `${shown.id}:${shown.rev}` : '';
  const [seen, setSeen] = useState(version);
  // A live read started before our last write committed can arrive after it: never step back to it.
  const committed = save.result as Answer | undefined;
  const stale = own !== undefined && committed !== undefined && committed.id === own.id && own.rev < committed.rev;
  if (seen !== version && !stale) {
    setSeen(version);
    if (!queue.hasUnsaved(key)) setDraft(fromRecord());
  }

  const write = (next: { data: StepDataByKind[K]; note: string }, delay: number) => {
    setDraft(next);
    queue.schedule(key, { visitId: visit.id, questionId, stepId, kind, data: next.data, note: next.note }, delay);
  };

  return {
    data: draft.data,
    note: draft.note,
    own,
    shown,
    save,
    setData: (data, mode = 'now') => write({ data, note: draft.note }, mode === 'now' ? 0 : TYPING_DELAY_MS),
    setNote: (note) => write({ data: draft.data, note }, TYPING_DELAY_MS),
    flush: () => void queue.flush(key),
    retry: () => queue.retry(key),
  };
}
