import type { VisitBundle } from '../model';
import type { Lang, Template } from '../template/schema';
import type { VisitEvaluation } from '../verdict/types';
import { buildDossier, shownVerdict } from './build';
import { formatDayRange } from '../text/dates';
import { visitTimeZone } from '../time';
import { formatDateTime, TextPicker, verdictWord } from './format';
import { dossierStrings, dossierT } from './strings';
import { comparisonTools } from './tools';
import type { ComparisonModel, Shown } from './types';

export interface ComparisonEntry {
  template: Template;
  bundle: VisitBundle;
  evaluation: VisitEvaluation;
}

export type ComparisonResult = { ok: true; model: ComparisonModel } | { ok: false; error: string };

/**
 * Several vendors side by side. Verdicts only compare when the questions and the bar are the same, so visits
 * made with different templates (or versions) or aiming at different categories are refused, with a message
 * that names what differs.
 */
export function buildComparison(entries: ComparisonEntry[], opts: { lang: Lang; generatedAt: string }): ComparisonResult {
  const { lang } = opts;
  const s = dossierStrings(lang);
  if (entries.length < 2) return { ok: false, error: s.compareNeedsTwo };
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.bundle.visit.id)) return { ok: false, error: dossierT(lang)('compareSameVisit', { vendor: e.bundle.visit.vendor }) };
    seen.add(e.bundle.visit.id);
  }
  const templates = [...new Set(entries.map((e) => `${e.template.id} ${e.template.version}`))];
  if (templates.length > 1) return { ok: false, error: dossierT(lang)('compareMixedTemplates', { list: templates.join(', ') }) };
  const targets = [...new Set(entries.map((e) => e.bundle.visit.targetCategory))];
  if (targets.length > 1) return { ok: false, error: dossierT(lang)('compareMixedTargets', { list: targets.join(', ') }) };

  const text = new TextPicker(lang);
  const template = entries[0].template;
  const target = targets[0];
  const results = entries.map((e) => new Map(e.evaluation.results.map((r) => [r.question.id, r])));
  const vendors = entries.map((e, i) => {
    const v = e.bundle.visit;
    const shown = [...results[i].values()].map(shownVerdict).filter((x) => x !== 'n/a');
    // What page 1 of each vendor's own dossier says: the same model, so the comparison can never disagree with it.
    const { summary } = buildDossier({
      template: e.template, bundle: e.bundle, evaluation: e.evaluation, lang, generatedAt: opts.generatedAt,
      options: { includePhotos: false, showNotApplicable: false }, photoInfo: new Map(),
    });
    const refs = (list: { number: number; verdictText?: string }[]) =>
      list.length ? list.map((q) => `${s.questionShort} ${q.number}${q.verdictText ? ` — ${q.verdictText}` : ''}`).join('; ') : s.noneItems;
    return {
      visitId: v.id,
      vendor: v.vendor || '—',
      site: v.site || '—',
      dates: formatDayRange(v.dateFrom, v.dateTo, lang),
      claimed: v.claimedCategory ?? s.notStated,
      verified: e.evaluation.verified ?? s.noCategory,
      verifiedCategory: e.evaluation.verified,
      score: `${shown.filter((x) => x === 'meets').length}/${shown.length}`,
      answer: summary.answer.statusText,
      blockers: refs(summary.answer.blockers),
      conflicts: refs(summary.conflicts),
      followUps: refs(summary.followUps),
    };
  });
  const sections = template.sections.map((sec) => {
    const rows = sec.questions.map((q) => {
      const verdicts: Shown[] = results.map((m) => shownVerdict(m.get(q.id)));
      return { number: q.number, title: text.pick(q.title), verdicts, texts: verdicts.map((v) => verdictWord(v, s)) };
    });
    const totals = entries.map((_, i) => {
      const applicable = rows.map((r) => r.verdicts[i]).filter((v) => v !== 'n/a');
      return `${applicable.filter((v) => v === 'meets').length}/${applicable.length}`;
    });
    return { title: text.pick(sec.title), totals, rows };
  });
  const templateTitle = text.pick(template.title);
  // Visits of one comparison are usually in one zone; the first visit's is used and stated with the time.
  const tz = visitTimeZone(entries[0]?.bundle.visit);
  const generatedAt = `${formatDateTime(opts.generatedAt, lang, tz)} (${tz})`;
  return {
    ok: true,
    model: {
      kind: 'comparison',
      standing: {
        title: s.compareStanding,
        head: [s.vendor, dossierT(lang)('compareAnswer', { category: target }), dossierT(lang)('compareBlockers', { category: target }), s.compareConflicts, s.compareFollowUps],
      },
      lang,
      labels: s,
      title: `${s.comparisonTitle}: ${templateTitle}`,
      runningHeader: `${s.comparisonTitle} — ${vendors.map((v) => v.vendor).join(', ')}`,
      fileName: `SiteProof comparison ${opts.generatedAt.slice(0, 10)} ${lang}.pdf`,
      intro: dossierT(lang)('comparisonIntro', { template: `${templateTitle} ${template.version}`, category: target }),
      target,
      generatedAt,
      vendors,
      sections,
      tools: comparisonTools(entries.map((e) => ({ tools: e.evaluation.tools ?? { discrepancies: [] } })), lang),
      fallbacks: text.fallbacks,
    },
  };
}
