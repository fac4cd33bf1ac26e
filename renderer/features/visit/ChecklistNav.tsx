import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionResult } from '../../domain/verdict/types';
import { localize } from '../../domain/template/library';
import { groupBySection } from './logic/nav';
import { useVisitModel } from './visit-context';

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
    const item = listRef.current?.querySelector<HTMLElement>('[aria-current="true"]');
    if (item) revealInScrollBox(item);
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

/**
 * Scrolls the list's own scroll box (the sticky side panel, or the list itself on narrow screens) so that `item`
 * shows. scrollIntoView would scroll the page too and push the visit's header out of sight when a visit opens.
 */
function revealInScrollBox(item: HTMLElement): void {
  let box = item.parentElement;
  while (box && box !== document.body) {
    const overflow = getComputedStyle(box).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && box.scrollHeight > box.clientHeight) break;
    box = box.parentElement;
  }
  if (!box || box === document.body) return;
  // The part of the box on screen: a sticky panel below the header reaches past the window's bottom edge.
  const outer = box.getBoundingClientRect();
  const top = Math.max(outer.top, 0);
  const bottom = Math.min(outer.bottom, window.innerHeight);
  const inner = item.getBoundingClientRect();
  if (inner.top < top) box.scrollTop -= top - inner.top + 8;
  else if (inner.bottom > bottom) box.scrollTop += inner.bottom - bottom + 8;
}
