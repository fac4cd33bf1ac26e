import type { Lang } from '../../../renderer/domain/template/schema';
import { translator } from '../../../renderer/i18n/instance';
import type { Namespace } from '../../../renderer/i18n/resources';

export type Ns = Namespace;
/** A translator over any key: page objects build keys at run time, and a wrong key shows as a failed lookup. */
export type Say = (key: string, options?: Record<string, unknown>) => string;

/**
 * The app's own dictionaries (`locales/`), so page objects find controls by the names users see in each language.
 * Literal texts in the tests themselves double-check that the translation actually shows.
 */
export function strings(lang: Lang, ns: Ns): Say {
  const t = translator(lang, ns) as unknown as Say;
  return (key, options) => t(key, options ?? {});
}
