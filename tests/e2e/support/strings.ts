import type { TFunction } from 'i18next';
import type { Lang } from '../../../renderer/domain/template/schema';
import { i18next } from '../../../renderer/i18n';
import '../../../renderer/app/strings';
import '../../../renderer/ui/strings';
import '../../../renderer/features/visits/strings';
import '../../../renderer/features/library/strings';
import '../../../renderer/features/about/strings';

export type Ns = 'app' | 'ui' | 'visits' | 'library' | 'about';

await new Promise<void>((done) => {
  if (i18next.isInitialized) done();
  else i18next.on('initialized', () => done());
});

/**
 * The app's own dictionaries, so page objects find controls by the names users see in each language.
 * Literal texts in the tests themselves double-check that the translation actually shows.
 */
export function strings(lang: Lang, ns: Ns): TFunction {
  return i18next.getFixedT(lang, ns);
}
