import { verdictWord } from '../domain/dossier/format';
import type { BlockerRef, DossierModel } from '../domain/dossier/types';
import type { Category } from '../domain/template/schema';
import { COLOR, PAGE, SIZE, VERDICT_COLOR, VERDICT_TINT } from './theme';
import { lineHeight, type Writer } from './writer';

const STATUS_TONE = { met: 'meets', 'not-met': 'not-met', 'not-verified': 'not-verified' } as const;

type Layout = 'lines' | 'columns' | 'grouped';
const COLUMN_GAP = 5;

const entry = (model: DossierModel, b: BlockerRef) => `${model.labels.questionShort} ${b.number}. ${b.title} — ${b.verdictText}`;

/** Height of a blocker list in a layout, so page 1 can pick the roomiest layout that still fits on it. */
function listHeight(w: Writer, model: DossierModel, blockers: BlockerRef[], category: Category, layout: Layout): number {
  if (blockers.length === 0) return 0;
  if (layout === 'grouped') return grouped(model, blockers, category).reduce((h, g) => h + w.lines(g.text, { size: SIZE.small, indent: 3 }).length * lineHeight(SIZE.small) + 0.4, 0);
  if (layout === 'lines') return blockers.reduce((h, b) => h + w.lines(`•  ${entry(model, b)}`, { size: SIZE.small, indent: 3 }).length * lineHeight(SIZE.small) + 0.4, 0);
  return Math.ceil(blockers.length / 2) * (lineHeight(SIZE.tiny) + 0.6);
}

/** Fits one entry on one line of a column: the title is shortened, the number and the verdict always stay. */
function oneLine(w: Writer, model: DossierModel, b: BlockerRef, width: number): string {
  w.font({ size: SIZE.tiny });
  const head = `•  ${model.labels.questionShort} ${b.number}. `;
  const tail = ` — ${b.verdictText}`;
  const fits = (t: string) => w.doc.getTextWidth(`${head}${t}${tail}`) <= width;
  if (fits(b.title)) return `${head}${b.title}${tail}`;
  let title = b.title;
  while (title.length > 1 && !fits(`${title}…`)) title = title.slice(0, -1);
  return `${head}${title.trimEnd()}…${tail}`;
}

/** The densest form: "Not met: Q 1, Q 3 · Partly meets: Q 5", one line per verdict, still every question and its verdict. */
function grouped(model: DossierModel, blockers: BlockerRef[], listCategory: Category): { verdict: BlockerRef['verdict']; text: string }[] {
  const order = ['not-met', 'partly', 'not-verified'] as const;
  return order.map((v) => {
    const mine = blockers.filter((b) => b.verdict === v);
    const word = verdictWord(v, model.labels);
    return { verdict: v, text: mine.length ? `${word}: ${mine.map((b) => `${model.labels.questionShort} ${b.number}${b.category !== listCategory ? ` (${b.category})` : ''}`).join(', ')}` : '' };
  }).filter((g) => g.text);
}

function blockerList(w: Writer, model: DossierModel, blockers: BlockerRef[], category: Category, layout: Layout): void {
  if (layout === 'grouped') {
    for (const g of grouped(model, blockers, category)) w.text(g.text, { size: SIZE.small, indent: 3, color: VERDICT_COLOR[g.verdict], after: 0.4 });
    return;
  }
  if (layout === 'lines') {
    for (const b of blockers) w.text(`•  ${entry(model, b)}`, { size: SIZE.small, indent: 3, color: VERDICT_COLOR[b.verdict], after: 0.4 });
    return;
  }
  const { doc } = w;
  const colW = (w.contentWidth - 3 - COLUMN_GAP) / 2;
  // Column-major, like a printed index: the first half runs down the left column.
  const rows = Math.ceil(blockers.length / 2);
  for (let r = 0; r < rows; r++) {
    w.ensure(lineHeight(SIZE.tiny));
    [blockers[r], blockers[r + rows]].forEach((b, col) => {
      if (!b) return;
      const line = oneLine(w, model, b, colW);
      w.font({ size: SIZE.tiny, color: VERDICT_COLOR[b.verdict] });
      doc.text(line, PAGE.marginX + 3 + col * (colW + COLUMN_GAP), w.y, { baseline: 'top' });
    });
    w.y += lineHeight(SIZE.tiny) + 0.6;
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

  // Page 1 must hold the whole answer: one question a line if that fits, else two columns, else grouped by verdict.
  const lists: [BlockerRef[], Category][] = [[a.blockers, a.target], ...(a.next ? [[a.next.blockers, a.next.category] as [BlockerRef[], Category]] : [])];
  const small = (t: string, indent = 0) => w.lines(t, { size: SIZE.small, indent }).length * lineHeight(SIZE.small);
  const fixed = lineHeight(SIZE.h3) + 0.8 + (a.next ? small(a.next.title) + 0.6 : 0) + small(s.warningsTitle) + 0.6
    + a.warnings.reduce((h, x) => h + small(`⚠ ${x}`, 3) + 0.5, 0) + 3 + 2;
  const room = w.bottom - w.y - fixed;
  const layout = (['lines', 'columns', 'grouped'] as const).find((l) => lists.reduce((h, [x, c]) => h + listHeight(w, model, x, c, l), 0) <= room) ?? 'grouped';
  blockerList(w, model, a.blockers, a.target, layout);
  w.gap(1.5);
  w.text(a.highestText, { size: SIZE.h3, bold: true, color: a.highest ? COLOR.brand : VERDICT_COLOR['not-met'], after: 0.8 });
  if (a.next) {
    w.text(a.next.title, { size: SIZE.small, color: COLOR.muted, after: 0.6 });
    blockerList(w, model, a.next.blockers, a.next.category, layout);
  }
  w.gap(1.5);
  w.text(s.warningsTitle, { size: SIZE.small, bold: true, color: COLOR.ink, after: 0.6 });
  const calm = a.warnings.length === 1 && a.warnings[0] === s.warnNone;
  for (const warning of a.warnings) {
    w.text(calm ? warning : `⚠ ${warning}`, { size: SIZE.small, color: calm ? COLOR.muted : COLOR.warn, indent: 3, after: 0.5 });
  }
}
