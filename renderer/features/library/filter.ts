import type { Category, Lang, Section, Template } from '../../domain/template/schema';
import { allQuestions, applicableQuestions, searchQuestions, type QuestionInSection } from '../../domain/template/library';

export type CategoryFilter = Category | 'all';

export interface FilteredLibrary {
  sections: { section: Section; questions: QuestionInSection[] }[];
  shown: number;
  total: number;
}

/** Questions of `template` that apply to the category and match the search, grouped by section in template order. */
export function filterLibrary(template: Template, category: CategoryFilter, query: string, lang: Lang): FilteredLibrary {
  const total = allQuestions(template).length;
  const inCategory = new Set((category === 'all' ? allQuestions(template) : applicableQuestions(template, category)).map((q) => q.id));
  const matches = searchQuestions(template, query, lang).filter((q) => inCategory.has(q.id));
  const sections = template.sections
    .map((section) => ({ section, questions: matches.filter((q) => q.sectionId === section.id) }))
    .filter((s) => s.questions.length > 0);
  return { sections, shown: matches.length, total };
}
