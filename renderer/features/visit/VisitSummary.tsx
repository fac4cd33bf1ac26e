import { useTranslation } from 'react-i18next';
import type { Category } from '../../domain/template/schema';
import type { VisitEvaluation } from '../../domain/verdict/types';
import { localize } from '../../domain/template/library';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { useVisitModel } from './visit-context';
import { percent } from './tools/format';
import { formatInstant, visitTimeZone } from '../../domain/time';

function ProgressBar({ done, na, total, label }: { done: number; na: number; total: number; label: string }) {
  const pct = total ? Math.round(((done + na) / total) * 100) : 0;
  return (
    <div className="vp-progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-valuetext={label}>
      <div className="vp-progress__bar" style={{ width: `${pct}%` }} />
    </div>
  );
}


export const categoryTone = (c: Category): BadgeTone => (c === 'A' ? 'cat-a' : c === 'B' ? 'cat-b' : 'cat-c');

/** The state of the whole visit at a glance; every listed problem is a link to its question. */
export function VisitSummary({ evaluation }: { evaluation: VisitEvaluation }) {
  const { t } = useTranslation('visit');
  const { t: tt } = useTranslation('tools');
  const { visit, template, lang, goTo, showConflicts, showTool } = useVisitModel();
  const tools = evaluation.tools;
  const reportFlags = tools.report?.check.flags ?? 0;
  const discrepancyCount = evaluation.discrepancies.length + tools.discrepancies.length + (reportFlags > 0 ? 1 : 0);
  const titleOf = (questionId: string) => {
    for (const s of template.sections) {
      const q = s.questions.find((x) => x.id === questionId);
      if (q) return `${q.number}. ${localize(q.title, lang)}`;
    }
    return questionId;
  };
  // In the visit's zone, as the dossier prints it: never this laptop's zone.
  const when = (iso: string | undefined) => formatInstant(iso, lang, visitTimeZone(visit));
  const p = evaluation.progress;
  const conflicted = evaluation.results.filter((r) => r.conflicts > 0);
  const verified = evaluation.verified;
  const claimed = visit.claimedCategory;
  const mismatch = claimed !== undefined && verified !== claimed;
  // While questions are open the gap is provisional; once everything is captured it is a finding.
  const settled = p.open === 0;
  // The category just above what the evidence supports (C when nothing is), and what keeps it out of reach.
  const cats = evaluation.categories;
  const verifiedAt = verified ? cats.findIndex((c) => c.category === verified) : cats.length;
  const nextUp = verifiedAt > 0 ? cats[verifiedAt - 1] : undefined;
  const verdictOf = new Map(evaluation.results.map((r) => [r.question.id, r.effective]));

  return (
    <section className="vp-summary" aria-label={t('summary.label')}>
      <div className="vp-summary__card">
        <h2 className="vp-summary__sub">{t('summary.progress')}</h2>
        <p className="vp-summary__progress">{t('progress.line', { ...p })}</p>
        <ProgressBar done={p.done} na={p.na} total={p.total} label={t('progress.line', { ...p })} />
        <dl className="vp-summary__cats">
          <div><dt>{t('summary.supported')}</dt><dd>{verified ? <Badge tone={categoryTone(verified)}>{verified}</Badge> : <Badge tone="danger">{t('summary.none')}</Badge>}</dd></div>
          <div><dt>{t('summary.claimed')}</dt><dd>{claimed ? <Badge tone={categoryTone(claimed)}>{claimed}</Badge> : t('summary.notStated')}</dd></div>
          <div><dt>{t('summary.target')}</dt><dd><Badge tone={categoryTone(visit.targetCategory)}>{visit.targetCategory}</Badge></dd></div>
        </dl>
        {nextUp && nextUp.blocking.length > 0 && (
          <div className="vp-summary__blockers">
            <p className="vp-summary__detail">{t('summary.blockedBy', { category: nextUp.category })}</p>
            <ul className="vp-summary__list vp-summary__list--inline" aria-label={t('summary.blockers', { category: nextUp.category })}>
              {nextUp.blocking.map((id) => {
                const v = verdictOf.get(id);
                return (
                  <li key={id}>
                    <button type="button" className="vp-link" onClick={() => goTo(id)}>{titleOf(id)}</button>
                    {v && <span className="vp-summary__detail">{t(`verdict.${v}`)}</span>}
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        {mismatch && <p className={settled ? 'vp-flag vp-flag--danger' : 'vp-muted'}>{t('summary.mismatch', { claimed, verified: verified ?? t('summary.none') })}</p>}
      </div>

      <div className="vp-summary__card">
        <h2 className="vp-summary__sub">{t('summary.discrepancies', { count: discrepancyCount })}</h2>
        {discrepancyCount > 0 && (
          <ul className="vp-summary__list">
            {evaluation.discrepancies.map((d) => (
              <li key={d.questionId}>
                <button type="button" className="vp-link" onClick={() => goTo(d.questionId)}>{titleOf(d.questionId)}</button>
                <span className="vp-summary__detail">{t('discrepancy.text', { claimed: d.claim.value, found: d.found })}</span>
              </li>
            ))}
            {tools.discrepancies.map((d) => (
              <li key={d.kind}>
                <button type="button" className="vp-link" onClick={() => showTool('staffing')}>{tt('summary.staffingLink')}</button>
                <span className="vp-summary__detail">
                  {d.kind === 'offer-short'
                    ? tt('summary.offerShort', { headcount: d.headcount, sl: percent(d.serviceLevel, lang), target: d.targetPercent, required: d.required })
                    : tt('summary.seatsShort', { needed: d.needed, count: d.needed, counted: d.counted, number: d.questionNumber })}
                </span>
              </li>
            ))}
            {reportFlags > 0 && (
              <li key="report">
                <button type="button" className="vp-link" onClick={() => showTool('report')}>{tt('summary.reportLink')}</button>
                <span className="vp-summary__detail">{tt('summary.report', { count: reportFlags })}</span>
              </li>
            )}
          </ul>
        )}
      </div>

      <div className="vp-summary__card">
        <h2 className="vp-summary__sub">{t('summary.followUps', { count: evaluation.followUps.length })}</h2>
        {evaluation.followUps.length > 0 && (
          <ul className="vp-summary__list">
            {evaluation.followUps.map((f) => (
              <li key={`${f.questionId}/${f.stepId}`}>
                <button type="button" className="vp-link" onClick={() => goTo(f.questionId, f.stepId)}>{titleOf(f.questionId)}</button>
                <span className="vp-summary__detail">{t(`followUp.${f.status}`, { since: when(f.since) })}</span>
              </li>
            ))}
          </ul>
        )}
        <h2 className="vp-summary__sub">
          {evaluation.openConflicts > 0
            ? <a className="vp-link" href="#pk-conflicts" onClick={(e) => { e.preventDefault(); showConflicts(); }}>{t('summary.conflicts', { count: evaluation.openConflicts })}</a>
            : t('summary.conflicts', { count: evaluation.openConflicts })}
        </h2>
        {conflicted.length > 0 && (
          <ul className="vp-summary__list">
            {conflicted.map((r) => (
              <li key={r.question.id}>
                <button type="button" className="vp-link" onClick={() => goTo(r.question.id)}>{titleOf(r.question.id)}</button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
