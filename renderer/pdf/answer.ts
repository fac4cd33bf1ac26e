import type { BlockerRef, DossierModel } from '../domain/dossier/types';
import { COLOR, PAGE, SIZE, VERDICT_COLOR, VERDICT_TINT } from './theme';
import { lineHeight, type Writer } from './writer';

const STATUS_TONE = { met: 'meets', 'not-met': 'not-met', 'not-verified': 'not-verified' } as const;

/** One line per blocking question: number, title, and its verdict for the category in a verdict colour. */
function blockerLines(w: Writer, model: DossierModel, blockers: BlockerRef[]): void {
  const s = model.labels;
  for (const b of blockers) {
    w.text(`•  ${s.questionShort} ${b.number}. ${b.title} — ${b.verdictText}`, {
      size: SIZE.small, indent: 3, color: VERDICT_COLOR[b.verdict], after: 0.4,
    });
  }
}

/**
 * The committee's answer, on page 1: met / not met / not verified for the target category with the questions
 * that block it, the highest category supported and what blocks the next one up, then what could still change
 * the answer (open conflicts, recordings owed, questions nobody verified).
 */
export function renderAnswer(w: Writer, model: DossierModel): void {
  const a = model.summary.answer;
  const s = model.labels;
  const { doc } = w;
  const tone = STATUS_TONE[a.status];

  // A tinted band with the headline: the verdict word is printed, the colour only helps.
  const headline = w.lines(a.statusText, { size: SIZE.h3, bold: true, width: w.contentWidth - 10 });
  const bandH = lineHeight(SIZE.h2) + headline.length * lineHeight(SIZE.h3) + 6;
  w.ensure(bandH + 10);
  doc.setFillColor(...VERDICT_TINT[tone]);
  doc.roundedRect(PAGE.marginX, w.y, w.contentWidth, bandH, 1.5, 1.5, 'F');
  doc.setFillColor(...VERDICT_COLOR[tone]);
  doc.rect(PAGE.marginX, w.y, 2.2, bandH, 'F');
  const top = w.y;
  w.y += 2.5;
  w.text(a.title, { size: SIZE.h2, bold: true, color: COLOR.brand, indent: 6, after: 0.8 });
  w.text(a.statusText, { size: SIZE.h3, bold: true, color: VERDICT_COLOR[tone], indent: 6, width: w.contentWidth - 10, after: 0 });
  w.y = top + bandH + 2;

  blockerLines(w, model, a.blockers);
  w.gap(1.5);
  w.text(a.highestText, { size: SIZE.h3, bold: true, color: a.highest ? COLOR.brand : VERDICT_COLOR['not-met'], after: 0.8 });
  if (a.next) {
    w.text(a.next.title, { size: SIZE.small, color: COLOR.muted, after: 0.6 });
    blockerLines(w, model, a.next.blockers);
  }
  w.gap(1.5);
  w.text(s.warningsTitle, { size: SIZE.small, bold: true, color: COLOR.ink, after: 0.6 });
  const calm = a.warnings.length === 1 && a.warnings[0] === s.warnNone;
  for (const warning of a.warnings) {
    w.text(calm ? warning : `⚠ ${warning}`, { size: SIZE.small, color: calm ? COLOR.muted : COLOR.warn, indent: 3, after: 0.5 });
  }
}
