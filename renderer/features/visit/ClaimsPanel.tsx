import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './logic/errors';
import { CATEGORIES, type Category } from '../../domain/template/schema';
import type { QuestionResult } from '../../domain/verdict/types';
import { localize } from '../../domain/template/library';
import { getIdentity } from '../../db/identity';
import { setClaimedCategory } from '../../db/claims';
import { ToggleGroup } from '../../ui/ToggleGroup';
import { ClaimField } from './ClaimField';
import { groupBySection } from './logic/nav';
import { useVisitModel } from './visit-context';

type CategoryChoice = Category | 'none';

/** Before the visit: what the vendor wrote in its RFP answer, question by question, and the category it claims. */
export function ClaimsPanel({ results }: { results: QuestionResult[] }) {
  const { t } = useTranslation('visit');
  const { visit, template, bundle, lang, queue } = useVisitModel();
  const [error, setError] = useState<string | null>(null);
  const claimOf = (questionId: string) =>
    [...bundle.claims].filter((c) => c.questionId === questionId).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];

  const chooseCategory = async (choice: CategoryChoice) => {
    setError(null);
    try {
      await queue.run(async () => setClaimedCategory(await getIdentity(), visit.id, choice === 'none' ? undefined : choice));
    } catch (e) {
      setError(t('decision.failed', { message: describeError(e, t) }));
    }
  };

  return (
    <div className="vp-claims">
      <p className="vp-muted">{t('claims.intro')}</p>
      <ToggleGroup<CategoryChoice>
        label={t('claims.category')}
        value={visit.claimedCategory ?? 'none'}
        options={[...CATEGORIES.map((c) => ({ value: c as CategoryChoice, label: c })), { value: 'none', label: t('claims.notStated') }]}
        onChange={(c) => void chooseCategory(c)}
      />
      {error && <p className="field__error" role="alert">{error}</p>}
      {groupBySection(results).map((g) => {
        const section = template.sections.find((s) => s.id === g.sectionId);
        return (
          <section key={g.sectionId} className="vp-claims__section">
            <h2>{section ? localize(section.title, lang) : g.sectionId}</h2>
            {g.results.map((r) => (
              <div key={r.question.id} className="vp-claims__item">
                <ClaimField question={r.question} claim={claimOf(r.question.id)} />
                <p className="vp-muted vp-claims__ask">{localize(r.question.ask, lang)}</p>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
