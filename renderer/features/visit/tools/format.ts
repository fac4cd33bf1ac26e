import type { Lang } from '../../../domain/template/schema';

/** Figures of the tools as the evaluator reads them: shares as percent with one decimal, in the UI's language. */
export const percent = (share: number, lang: Lang) =>
  new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);

export const decimal = (n: number, lang: Lang, digits = 1) =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n);
