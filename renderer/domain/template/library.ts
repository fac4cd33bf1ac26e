import { pluralLabel, pluralPick } from '../text/plural';
import { LANGS, type Category, type Lang, type Localized, type Question, type Step, type Template, type UnitText } from './schema';

export type QuestionInSection = Question & { sectionId: string };

/**
 * The text in the chosen language. Validated templates always carry all three, but records and user files can
 * reach the UI half-filled; we then show another language rather than an empty label.
 */
export function localize(l: Localized | undefined, lang: Lang): string {
  if (!l) return '';
  const wanted = l[lang];
  if (typeof wanted === 'string' && wanted.trim()) return wanted;
  for (const other of ['en', ...LANGS] as const) {
    const text = l[other];
    if (typeof text === 'string' && text.trim()) return text;
  }
  return '';
}

/**
 * A template unit in every language, in the form that goes with `n` ("1 место", "5 мест", "2 seats"), or the
 * label form when there is no number ("мест", "seats"). Feed it to `localize` or a dossier's text picker.
 */
export function unitTexts(u: UnitText | undefined, n?: number): Localized | undefined {
  if (!u) return undefined;
  const one = (lang: Lang): string => {
    const v = u[lang];
    if (typeof v === 'string') return v;
    return n === undefined || !Number.isFinite(n) ? pluralLabel(v) : pluralPick(v, n, lang);
  };
  return { ru: one('ru'), uk: one('uk'), en: one('en') };
}

/** A template unit in `lang` for `n`, or its label form without `n`. */
export function localizeUnit(u: UnitText | undefined, lang: Lang, n?: number): string {
  return localize(unitTexts(u, n), lang);
}

/** Every question in template order, each tagged with the section it sits in. */
export function allQuestions(t: Template): QuestionInSection[] {
  return t.sections.flatMap((s) => s.questions.map((q) => ({ ...q, sectionId: s.id })));
}

/** The questions a vendor of `category` must satisfy (the template lists each question's categories explicitly). */
export function applicableQuestions(t: Template, category: Category): QuestionInSection[] {
  return allQuestions(t).filter((q) => q.categories.includes(category));
}

export function findQuestion(t: Template, questionId: string): QuestionInSection | undefined {
  return allQuestions(t).find((q) => q.id === questionId);
}

export function findStep(t: Template, questionId: string, stepId: string): Step | undefined {
  return findQuestion(t, questionId)?.steps.find((s) => s.id === stepId);
}

// Evaluators type "е" for "ё" and use whichever apostrophe their keyboard gives; treat them as the same letter.
function fold(text: string, lang: Lang): string {
  return text.toLocaleLowerCase(lang).replace(/ё/g, 'е').replace(/[’ʼ`‘]/g, "'").replace(/\s+/g, ' ');
}

function stepTexts(s: Step): (Localized | undefined)[] {
  switch (s.kind) {
    case 'interview':
      return [s.prompt, s.question, s.reference];
    case 'count':
      return [s.prompt, unitTexts(s.unit)];
    case 'value':
      return [s.prompt, unitTexts(s.unit)];
    default:
      return [s.prompt];
  }
}

function questionTexts(q: Question): (Localized | undefined)[] {
  return [q.title, q.ask, q.why, ...Object.values(q.recommended), ...q.steps.flatMap(stepTexts)];
}

/**
 * Questions whose texts in `lang` contain every word of `text` (case-insensitive), in template order.
 * A bare number also finds the question with that number, since evaluators refer to "question 27".
 * An empty search returns everything.
 */
export function searchQuestions(t: Template, text: string, lang: Lang): QuestionInSection[] {
  const words = fold(text, lang).trim().split(' ').filter(Boolean);
  const all = allQuestions(t);
  if (!words.length) return all;
  const asNumber = words.length === 1 && /^\d+$/.test(words[0]) ? Number(words[0]) : undefined;
  return all.filter((q) => {
    if (asNumber !== undefined && q.number === asNumber) return true;
    const haystack = fold(questionTexts(q).map((l) => localize(l, lang)).join(' \n '), lang);
    return words.every((w) => haystack.includes(w));
  });
}
