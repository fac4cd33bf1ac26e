import type { TFunction } from 'i18next';
import type { Lang } from '../../domain/template/schema';
import { describeTemplateIssues } from '../../domain/template/validate';
import { TemplateError } from '../../db/templates';

export interface ProblemText {
  title: string;
  /** The validator's lines (file, place in the file, what is wrong), in the user's language. */
  messages: string[];
}

/** Says in the user's language why a checklist file was refused; an unexpected error keeps its own message. */
export function templateProblem(t: TFunction<'library'>, error: unknown, file: string, lang: Lang): ProblemText {
  if (error instanceof TemplateError) {
    const title = t(`err_${error.code}`, { file, ...error.params });
    if (error.code !== 'invalid') return { title, messages: [] };
    return { title, messages: error.issues.length ? describeTemplateIssues(error.issues, lang) : error.messages };
  }
  return { title: t('err_read', { file, message: error instanceof Error ? error.message : String(error) }), messages: [] };
}
