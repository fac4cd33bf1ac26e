import type { ComparisonModel } from '../domain/dossier/types';
import { decoratePages } from './decorate';
import { checkpoint, finish, newDocument, type RenderOptions } from './dossier';
import { COLOR, SIZE, VERDICT_COLOR, VERDICT_TINT } from './theme';
import { renderComparisonTools } from './tools';
import { fontCoverage, visibleModel } from './glyphs';
import { Writer } from './writer';

/**
 * Several vendors side by side: who they are and what they reached, then every question with each vendor's
 * verdict (word and colour) and a met/applicable total per section. Landscape once more than three vendors.
 */
export async function renderComparison(model: ComparisonModel, opts: RenderOptions): Promise<Uint8Array> {
  const s = model.labels;
  const total = model.sections.length + 3;
  let done = 0;
  const tick = () => opts.onProgress?.({ done: ++done, total });
  opts.onProgress?.({ done: 0, total });
  await checkpoint(opts.signal);
  const doc = newDocument(opts.fonts, {
    title: model.title,
    subject: model.intro,
    author: 'SiteProof',
    keywords: ['SiteProof', ...model.vendors.map((v) => v.vendor)],
    lang: model.lang,
  });
  // What the font cannot draw is printed as its code point instead of vanishing (see glyphs.ts).
  model = visibleModel(model, fontCoverage(doc));
  const landscape = model.vendors.length > 3;
  if (landscape) {
    doc.deletePage(1);
    doc.addPage('a4', 'landscape');
  }
  const w = new Writer(doc);
  w.text(s.comparisonTitle, { size: SIZE.title, bold: true, color: COLOR.brand, after: 2 });
  w.text(model.intro, { after: 1 });
  w.text(`${s.generatedAt}: ${model.generatedAt}`, { size: SIZE.small, color: COLOR.muted, after: 4 });

  w.heading(s.vendors, SIZE.h2);
  w.table({
    head: [[s.vendor, s.site, s.visitDates, s.claimedCategory, s.verifiedCategory, s.met.charAt(0).toUpperCase() + s.met.slice(1)]],
    body: model.vendors.map((v) => [v.vendor, v.site, v.dates, v.claimed, v.verified, v.score]),
    didParseCell: (data) => {
      if (data.section === 'body' && data.column.index === 4) data.cell.styles.fontStyle = 'bold';
    },
  });
  // Each vendor's answer for the target and what stands in its way, as page 1 of its own dossier says it.
  w.heading(model.standing.title, SIZE.h3);
  w.table({
    head: [model.standing.head],
    body: model.vendors.map((v) => [`${v.vendor}\n${v.dates}`, v.answer.replace(/:\s*$/, '.'), v.blockers, v.conflicts, v.followUps]),
    columnStyles: { 0: { cellWidth: landscape ? 50 : 34, fontStyle: 'bold' } },
  });
  tick();

  // A vendor column names the vendor and the visit's dates: two visits of one vendor stay apart.
  const vendorCols = model.vendors.map((v) => `${v.vendor}\n${v.dates}`);
  const numberWidth = 9;
  const questionWidth = landscape ? 80 : 62;
  const vendorWidth = (w.contentWidth - numberWidth - questionWidth) / model.vendors.length;
  const vendorWidths = Object.fromEntries(model.vendors.map((_, i) => [i + 2, { cellWidth: vendorWidth }]));
  for (const section of model.sections) {
    await checkpoint(opts.signal);
    // A section's heading, its table head and its first rows stay together: never a heading alone at a page's foot.
    w.ensure(34);
    w.heading(section.title, SIZE.h3);
    w.table({
      head: [[s.questionShort, s.question, ...vendorCols]],
      body: [
        ...section.rows.map((r) => [String(r.number), r.title, ...r.texts]),
        ['', `${s.total} (${s.met})`, ...section.totals],
      ],
      columnStyles: { 0: { cellWidth: numberWidth, halign: 'right' }, 1: { cellWidth: questionWidth }, ...vendorWidths },
      didParseCell: (data) => {
        if (data.section !== 'body') return;
        const row = section.rows[data.row.index];
        if (!row) {
          data.cell.styles.fontStyle = 'bold';
          return;
        }
        const v = row.verdicts[data.column.index - 2];
        if (v) {
          data.cell.styles.fillColor = VERDICT_TINT[v];
          data.cell.styles.textColor = VERDICT_COLOR[v];
          data.cell.styles.fontStyle = 'bold';
        }
      },
    });
    tick();
  }
  await checkpoint(opts.signal);
  renderComparisonTools(w, model.tools, vendorCols, landscape);
  decoratePages(doc, model.runningHeader, model.lang, false);
  const bytes = finish(doc);
  tick();
  return bytes;
}
