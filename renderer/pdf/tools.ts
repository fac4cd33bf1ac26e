import type { ComparisonToolRows, DossierToolPart } from '../domain/dossier/tools';
import { toolStrings } from '../domain/dossier/tool-strings';
import type { DossierModel } from '../domain/dossier/types';
import { renderBlock } from './question';
import { COLOR, SIZE, VERDICT_COLOR, VERDICT_TINT } from './theme';
import type { Writer } from './writer';

/** One tool's part: title, who confirmed it, the verdict in its colour, then inputs, results, seats and the formula. */
export function renderToolPart(w: Writer, part: DossierToolPart, model: DossierModel): void {
  const s = model.labels;
  w.text(part.title, { size: SIZE.h1, bold: true, color: COLOR.brand, after: 1 });
  if (part.byline) w.text(part.byline, { size: SIZE.tiny, color: COLOR.muted, after: 2 });
  for (const n of part.notices) w.text(`⚠ ${n}`, { size: SIZE.small, bold: true, color: COLOR.warn, after: 1 });
  // The verdict first: it is what the committee reads; the figures behind it follow.
  w.text(toolStrings(model.lang).verdict, { size: SIZE.small, bold: true, color: COLOR.muted, after: 0.6 });
  w.text(part.verdict, { bold: true, color: part.warn ? COLOR.warn : part.done ? VERDICT_COLOR.meets : COLOR.muted, after: 2 });
  for (const section of part.sections) {
    w.heading(section.heading, SIZE.h2);
    for (const b of section.blocks) renderBlock(w, b);
  }
  if (part.notes.length > 0) {
    w.heading(s.notes, SIZE.h2);
    for (const n of part.notes) w.text(`•  ${n}`, { indent: 2, after: 1 });
  }
}

/** The tools side by side: one table per tool, a row per figure, a column per vendor; findings tinted red. */
export function renderComparisonTools(w: Writer, tools: ComparisonToolRows, vendors: string[], landscape: boolean): void {
  w.heading(tools.title, SIZE.h2);
  const first = landscape ? 80 : 62;
  for (const g of tools.groups) {
    w.heading(g.title, SIZE.h3);
    w.table({
      head: [['', ...vendors]],
      body: g.rows.map((r) => [r.label, ...r.values]),
      // Vendors get equal columns: a long report title of one must not squeeze the other's figures.
      columnStyles: {
        0: { cellWidth: first, fontStyle: 'bold' },
        ...Object.fromEntries(vendors.map((_, i) => [i + 1, { cellWidth: (w.contentWidth - first) / vendors.length }])),
      },
      didParseCell: (data) => {
        if (data.section !== 'body' || data.column.index === 0) return;
        if (g.rows[data.row.index]?.warn[data.column.index - 1]) {
          data.cell.styles.fillColor = VERDICT_TINT['not-met'];
          data.cell.styles.textColor = VERDICT_COLOR['not-met'];
          data.cell.styles.fontStyle = 'bold';
        }
      },
    });
  }
}
