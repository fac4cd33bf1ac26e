import type { DossierModel, SectionRow, Shown } from '../domain/dossier/types';
import { toolStrings } from '../domain/dossier/tool-strings';
import { categoryBoxes } from './cover';
import { COLOR, PAGE, SIZE, VERDICT_COLOR, VERDICT_TINT } from './theme';
import { lineHeight, type Writer } from './writer';

const ORDER: Shown[] = ['meets', 'partly', 'not-met', 'not-verified', 'n/a'];
const countOf = (row: SectionRow, v: Shown) => (v === 'n/a' ? row.na : row.counts[v]);

/** Four chips: a coloured square, the number and the verdict word. */
function verdictChips(w: Writer, model: DossierModel): void {
  const { doc } = w;
  const chips = model.summary.counts;
  const cw = w.contentWidth / chips.length;
  const h = 14;
  w.ensure(h + 3);
  chips.forEach((c, i) => {
    const x = PAGE.marginX + i * cw;
    doc.setFillColor(...VERDICT_TINT[c.verdict]);
    doc.roundedRect(x, w.y, cw - 3, h, 1.5, 1.5, 'F');
    doc.setFillColor(...VERDICT_COLOR[c.verdict]);
    doc.rect(x, w.y, 1.8, h, 'F');
    w.font({ size: 15, bold: true, color: VERDICT_COLOR[c.verdict] });
    doc.text(String(c.count), x + 4, w.y + 2, { baseline: 'top' });
    w.font({ size: SIZE.small, color: COLOR.ink });
    doc.text((doc.splitTextToSize(c.label, cw - 18) as string[]).slice(0, 2), x + 15, w.y + 3, { baseline: 'top' });
  });
  w.y += h + 4;
}

/** Horizontal stacked bars, one per section, drawn with plain rectangles; numbers inside, legend below. */
export function sectionChart(w: Writer, model: DossierModel): void {
  const { doc } = w;
  const s = model.labels;
  const rows = model.summary.sections;
  const labelW = 62;
  const barH = 5;
  const rowH = 7.2;
  const maxTotal = Math.max(1, ...rows.map((r) => r.total));
  const barW = w.contentWidth - labelW - 10;
  w.ensure(rowH * Math.min(rows.length, 6) + 16);
  w.text(s.chartTitle, { size: SIZE.h3, bold: true, color: COLOR.brand, after: 1.5 });
  for (const row of rows) {
    w.ensure(rowH + 10);
    const y = w.y;
    w.font({ size: SIZE.small });
    const label = doc.splitTextToSize(row.title, labelW - 2) as string[];
    doc.text(label.length > 1 ? `${label[0].replace(/\s+$/, '')}…` : label[0], PAGE.marginX, y + barH / 2, { baseline: 'middle' });
    let x = PAGE.marginX + labelW;
    for (const v of ORDER) {
      const n = countOf(row, v);
      if (n === 0) continue;
      const segW = (barW * n) / maxTotal;
      doc.setFillColor(...VERDICT_COLOR[v]);
      doc.rect(x, y, segW, barH, 'F');
      if (segW >= 3.5) {
        w.font({ size: SIZE.tiny, bold: true, color: COLOR.white });
        doc.text(String(n), x + segW / 2, y + barH / 2, { baseline: 'middle', align: 'center' });
      }
      x += segW;
    }
    w.font({ size: SIZE.tiny, color: COLOR.muted });
    doc.text(String(row.total), x + 1.5, y + barH / 2, { baseline: 'middle' });
    w.y += rowH;
  }
  // Legend: colour square + word, so the chart reads without colour.
  let x = PAGE.marginX + labelW;
  w.font({ size: SIZE.tiny });
  for (const v of ORDER) {
    const word = { meets: s.verdictMeets, partly: s.verdictPartly, 'not-met': s.verdictNotMet, 'not-verified': s.verdictNotVerified, 'n/a': s.verdictNa }[v];
    const tw = doc.getTextWidth(word);
    if (x + tw + 6 > PAGE.marginX + w.contentWidth) {
      x = PAGE.marginX + labelW;
      w.y += lineHeight(SIZE.tiny) + 1.5;
    }
    doc.setFillColor(...VERDICT_COLOR[v]);
    doc.rect(x, w.y + 0.2, 2.6, 2.6, 'F');
    w.font({ size: SIZE.tiny, color: COLOR.ink });
    doc.text(word, x + 3.6, w.y + 1.5, { baseline: 'middle' });
    x += tw + 8;
  }
  w.y += lineHeight(SIZE.tiny) + 5;
}

function list(w: Writer, title: string, items: string[], none: string, warn = false): void {
  w.heading(title, SIZE.h3);
  if (items.length === 0) {
    w.text(none, { color: COLOR.muted });
    return;
  }
  for (const item of items) w.text(`•  ${item}`, { indent: 2, color: warn ? COLOR.warn : COLOR.ink, after: 0.8 });
  w.gap(1);
}

export function renderSummary(w: Writer, model: DossierModel): void {
  const { summary: sm, labels: s } = model;
  const q = (n: number) => `${s.questionShort} ${n}`;
  w.heading(s.summary, SIZE.h1);
  categoryBoxes(w, model);

  for (const b of sm.blockers) {
    w.heading(b.title, SIZE.h3);
    if (b.note) w.text(b.note, { color: COLOR.muted });
    for (const ref of b.questions) w.text(`•  ${q(ref.number)}. ${ref.title}${ref.verdictText ? ` — ${ref.verdictText}` : ''}`, { indent: 2, after: 0.8 });
    w.gap(1);
  }

  w.heading(s.verdictCounts, SIZE.h3);
  verdictChips(w, model);
  w.text(sm.progress, { size: SIZE.small, color: COLOR.muted });
  sectionChart(w, model);

  w.heading(s.sectionResults, SIZE.h3);
  const totals = sm.sections.reduce((t, r) => {
    for (const v of ORDER) t[v] += countOf(r, v);
    t.total += r.total;
    return t;
  }, { meets: 0, partly: 0, 'not-met': 0, 'not-verified': 0, 'n/a': 0, total: 0 });
  w.table({
    head: [[s.section, s.verdictMeets, s.verdictPartly, s.verdictNotMet, s.verdictNotVerified, s.verdictNa, s.total]],
    body: [
      ...sm.sections.map((r) => [r.title, ...ORDER.map((v) => String(countOf(r, v))), String(r.total)]),
      [s.total, ...ORDER.map((v) => String(totals[v])), String(totals.total)],
    ],
    columnStyles: { 0: { cellWidth: 60 }, 1: { halign: 'center' }, 2: { halign: 'center' }, 3: { halign: 'center' }, 4: { halign: 'center' }, 5: { halign: 'center' }, 6: { halign: 'center' } },
    headStyles: { halign: 'center', fontSize: SIZE.tiny },
    didParseCell: (data) => {
      if (data.section === 'body' && data.row.index === sm.sections.length) data.cell.styles.fontStyle = 'bold';
    },
  });

  w.heading(s.discrepancies, SIZE.h3);
  if (sm.discrepancies.length === 0) w.text(s.noneItems, { color: COLOR.muted });
  else {
    w.table({
      head: [[s.questionShort, s.question, s.claim, s.found, '']],
      body: sm.discrepancies.map((d) => [String(d.number), d.title, d.claim, d.found, d.blocksClaimed ? s.discrepancyBlocks : '']),
      columnStyles: { 0: { cellWidth: 9, halign: 'right' }, 1: { cellWidth: 52 }, 2: { cellWidth: 28 }, 4: { cellWidth: 26, fontSize: SIZE.tiny, textColor: VERDICT_COLOR['not-met'], fontStyle: 'bold' } },
    });
  }

  // What the staffing and report checks found stands beside the claims the visit did not confirm.
  list(w, toolStrings(model.lang).findingsTitle, model.tools.findings, s.noneItems, true);
  list(w, s.followUps, sm.followUps.map((f) => `${q(f.number)}. ${f.title}: ${f.text}`), s.noneItems);
  list(w, s.conflicts, sm.conflicts.map((c) => `${q(c.number)}. ${c.title}: ${c.text}`), s.noneItems, true);
  list(w, s.openQuestions, sm.openQuestions.map((r) => `${q(r.number)}. ${r.title}`), s.noneItems);
  if (model.omitted.length > 0) list(w, s.omittedNa, model.omitted.map((o) => `${q(o.number)}. ${o.title} — ${o.reason}`), s.noneItems);
}
