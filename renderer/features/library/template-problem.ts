import type { TFunction } from 'i18next';
import { TemplateError } from '../../db/templates';

export interface ProblemText {
  title: string;
  /** The validator's lines (file, place in the file, what is wrong), shown as they are. */
  messages: string[];
}

/** Says in the user's language why a checklist file was refused; an unexpected error keeps its own message. */
export function templateProblem(t: TFunction<'library'>, error: unknown, file: string): ProblemText {
  if (error instanceof TemplateError) {
    const title = t(`err_${error.code}`, { file, ...error.params });
    return { title, messages: error.code === 'invalid' ? error.messages : [] };
  }
  return { title: t('err_read', { file, message: error instanceof Error ? error.message : String(error) }), messages: [] };
}
