import { useTranslation } from 'react-i18next';
import type { QuestionResult } from '../../domain/verdict/types';
import { localize } from '../../domain/template/library';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ClaimField } from './ClaimField';
import { ClaimMatchField } from './ClaimMatchField';
import type { StepRef } from './logic/nav';
import { StepView } from './steps/StepView';
import { VerdictPanel } from './VerdictPanel';
import { useVisitModel } from './visit-context';

export interface QuestionNav {
  previous: string | null;
  next: string | null;
  nextOpen: StepRef | null;
}

/** One question, top to bottom in the order of a conversation: what to ask, why, what good looks like, what they claimed, the evidence. */
export function QuestionView({ result, nav }: { result: QuestionResult; nav: QuestionNav }) {
  const { t } = useTranslation('visit');
  const { visit, lang, bundle, goTo } = useVisitModel();
  const q = result.question;
  const recommended = q.recommended[visit.targetCategory];
  const claim = [...bundle.claims].filter((c) => c.questionId === q.id).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0];
  const findings = new Map((result.steps ?? []).map((f) => [f.stepId, f]));

  return (
    <article className="vp-question" aria-labelledby={`q-title-${q.id}`}>
      <header className="vp-question__head">
        <p className="vp-question__number">{t('question.number', { number: q.number, categories: q.categories.join(', ') })}</p>
        <h2 id={`q-title-${q.id}`} className="vp-question__title" tabIndex={-1}>{localize(q.title, lang)}</h2>
        {!result.applicable && <Badge tone="info">{t('question.notForTarget', { category: visit.targetCategory })}</Badge>}
        {result.conflicts > 0 && <Badge tone="warning">{t('question.conflicts', { count: result.conflicts })}</Badge>}
      </header>
      <div className="vp-brief">
        <div className="vp-brief__item vp-brief__item--ask">
          <h3>{t('question.ask')}</h3>
          <p>{localize(q.ask, lang)}</p>
        </div>
        <div className="vp-brief__item vp-brief__item--why">
          <h3>{t('question.why')}</h3>
          <p>{localize(q.why, lang)}</p>
        </div>
        <div className="vp-brief__item vp-brief__item--rec">
          <h3>{t('question.recommended', { category: visit.targetCategory })}</h3>
          <p>{recommended ? localize(recommended, lang) : t('question.noRecommendation')}</p>
        </div>
        <div className="vp-brief__item vp-brief__item--claim">
          <h3>{t('question.claim')}</h3>
          <ClaimField question={q} claim={claim} compact />
          {q.claim.type === 'text' && claim?.value.trim() && <ClaimMatchField question={q} claim={claim.value.trim()} />}
        </div>
      </div>
      <VerdictPanel result={result} />
      <div className="vp-steps">
        {q.steps.map((s) => <StepView key={s.id} question={q} step={s} finding={findings.get(s.id)} />)}
      </div>
      <nav className="vp-question__nav" aria-label={t('nav.questionNav')}>
        <Button onClick={() => nav.previous && goTo(nav.previous)} disabled={!nav.previous} aria-keyshortcuts="Alt+ArrowLeft">{t('nav.previous')}</Button>
        <Button onClick={() => nav.next && goTo(nav.next)} disabled={!nav.next} aria-keyshortcuts="Alt+ArrowRight">{t('nav.next')}</Button>
        <Button className="vp-question__next-open" variant="primary" onClick={() => nav.nextOpen && goTo(nav.nextOpen.questionId, nav.nextOpen.stepId)} disabled={!nav.nextOpen} aria-keyshortcuts="Alt+ArrowDown">{t('nav.nextOpen')}</Button>
      </nav>
    </article>
  );
}
