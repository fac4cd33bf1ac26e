import type { ParseKeys, TFunction } from 'i18next';
import type { Problem } from '../../domain/package';
import type { ImportProblem, ImportProblemCode } from '../../db/packages';

/** Fails to compile when an import problem code has no sentence in `locales/en/packages.json`. */
type Assert<T extends true> = T;
export type EveryImportProblemHasASentence = Assert<[Exclude<`problems.${ImportProblemCode}`, ParseKeys<'packages'>>] extends [never] ? true : false>;

/** The sentence for a problem in the UI language; the English message is the fallback for a code without one. */
export function problemText(t: TFunction<'packages'>, p: ImportProblem | Problem): string {
  if (typeof p.params.more === 'number') return t('problems.more', { more: p.params.more });
  const filled = Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, String(v)]));
  // `count` stays a number: i18next picks the plural form ("1 byte", "5 bytes") only from a numeric count.
  const count = typeof p.params.count === 'number' ? { count: p.params.count } : {};
  return t(`problems.${p.code}`, { path: '', photoId: '', variant: '', where: '', ...filled, ...count, defaultValue: p.message });
}
