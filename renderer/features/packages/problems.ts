import type { TFunction } from 'i18next';
import type { Problem } from '../../domain/package';
import type { ImportProblem } from '../../db/packages';

/** The sentence for a problem in the UI language; the English message is the fallback for a code without one. */
export function problemText(t: TFunction, p: ImportProblem | Problem): string {
  if (typeof p.params.more === 'number') return t('problems.more', { more: p.params.more });
  const filled = Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, String(v)]));
  return t(`problems.${p.code}`, { path: '', photoId: '', variant: '', where: '', ...filled, defaultValue: p.message });
}
