import type { Lang } from '../template/schema';

/**
 * Plural forms of a word as CLDR names them: ru and uk need one/few/many/other ("1 место, 2 места, 5 мест,
 * 1,5 места"), en one/other. The same rules i18next uses for the `_one/_few/_many/_other` keys of `locales/`.
 */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };

const rules = new Map<Lang, Intl.PluralRules>();

/** The plural category of `n` in `lang`. */
export function pluralCategory(n: number, lang: Lang): PluralCategory {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang);
    rules.set(lang, r);
  }
  return r.select(n) as PluralCategory;
}

/** The categories a language needs, sorted: ["few", "many", "one", "other"] for ru. */
export function pluralCategories(lang: Lang): PluralCategory[] {
  return [...(new Intl.PluralRules(lang).resolvedOptions().pluralCategories as PluralCategory[])].sort();
}

/** The form of `forms` that goes with `n` in `lang` (`other` when a form is missing). */
export function pluralPick(forms: PluralForms, n: number, lang: Lang): string {
  return forms[pluralCategory(n, lang)] ?? forms.other;
}

/**
 * The form to use as a label with no number (a column head, "claim: number, seats"): the genitive plural in
 * ru/uk ("мест"), the plural in en ("seats").
 */
export function pluralLabel(forms: PluralForms): string {
  return forms.many ?? forms.other;
}
