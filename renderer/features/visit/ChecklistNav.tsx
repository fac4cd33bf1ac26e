import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionResult } from '../../domain/verdict/types';
import { localize } from '../../domain/template/library';
import { groupBySection } from './logic/nav';
import { useVisitModel } from './VisitContext';

const STATUS_MARK = { done: '✓', open: '○', 'n/a': '–' } as const;


/** Sections and questions as navigation: where we are, what is done, what is still open. */
export function ChecklistNav({ results, selected, showAll, onShowAll }: {
  results: QuestionResult[];
  selected: string | null;
  showAll: boolean;
  onShowAll: (v: boolean) => void;
}) {
  const { t } = useTranslation('visit');
  const { template, lang, goTo } = useVisitModel();
  const groups = groupBySection(results);
  const listRef = useRef<HTMLElement>(null);
  // Keep the open question visible in the list when it was reached by "next" or from the summary.
  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <nav className="vp-nav" aria-label={t('nav.label')} ref={listRef}>
      <label className="vp-nav__toggle">
        <input type="checkbox" checked={showAll} onChange={(e) => onShowAll(e.target.checked)} />
        {t('nav.showAll')}
      </label>
      {groups.map((g) => {
        const section = template.sections.find((s) => s.id === g.sectionId);
        const title = section ? localize(section.title, lang) : g.sectionId;
        return (
          <section key={g.sectionId} className="vp-nav__section" aria-label={title}>
            <h2 className="vp-nav__section-title">
              <span>{title}</span>
              <span className="vp-nav__count" aria-label={t('progress.line', { ...g.progress })}>{g.progress.done + g.progress.na}/{g.progress.total}</span>
            </h2>
            <ul className="vp-nav__list">
              {g.results.map((r) => {
                const q = r.question;
                const status = t(`status.${r.status}`);
                return (
                  <li key={q.id}>
                    <button
                      type="button"
                      className={`vp-nav__item vp-nav__item--${r.status === 'n/a' ? 'na' : r.status}${r.discrepancy ? ' vp-nav__item--discrepancy' : ''}`}
                      aria-current={selected === q.id ? 'true' : undefined}
                      aria-label={t('nav.item', { number: q.number, title: localize(q.title, lang), status })}
                      onClick={() => goTo(q.id)}
                    >
                      <span className="vp-nav__mark" aria-hidden="true">{STATUS_MARK[r.status]}</span>
                      <span className="vp-nav__num" aria-hidden="true">{q.number}.</span>
                      <span className="vp-nav__title" aria-hidden="true">{localize(q.title, lang)}</span>
                      {r.discrepancy && <span className="vp-nav__warn" aria-hidden="true">!</span>}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
