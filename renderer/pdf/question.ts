import type { Block, DossierModel, DossierQuestion } from '../domain/dossier/types';
import { dossierT } from '../domain/dossier/strings';
import type { JpegSplice } from './jpeg-splice';
import { PHOTO_ROW_MIN, renderPhotos, type PhotoBytes } from './photos';
import { COLOR, PAGE, SIZE, VERDICT_COLOR, VERDICT_TINT } from './theme';
import { lineHeight, type Writer } from './writer';

/** A filled badge with the verdict word in it: the colour helps, the word carries the meaning. */
export function verdictBadge(w: Writer, q: DossierQuestion, label: string): void {
  const { doc } = w;
  w.font({ size: SIZE.h3, bold: true });
  const text = `${label}: ${q.verdictText}`;
  const tw = doc.getTextWidth(text);
  const h = 7.5;
  w.ensure(h + 3);
  doc.setFillColor(...VERDICT_COLOR[q.verdict]);
  doc.roundedRect(PAGE.marginX, w.y, tw + 8, h, 1.5, 1.5, 'F');
  w.font({ size: SIZE.h3, bold: true, color: COLOR.white });
  doc.text(text, PAGE.marginX + 4, w.y + h / 2, { baseline: 'middle' });
  w.y += h + 3;
}

/** One block of findings (label/value pairs, a table, a paragraph), as the question parts and the tools' parts show them. */
export function renderBlock(w: Writer, b: Block): void {
  const indent = 4;
  switch (b.kind) {
    case 'text':
      w.text(b.text, { indent, size: SIZE.small, bold: b.tone === 'warn', color: b.tone === 'warn' ? COLOR.warn : b.tone === 'muted' ? COLOR.muted : COLOR.ink, after: 1 });
      return;
    case 'fields':
      // Label and value side by side; drawn directly (not autotable): there are a hundred of these per dossier.
      for (const [label, value] of b.rows) w.pair(label, value, { indent, labelWidth: 42, size: SIZE.small });
      w.gap(1.2);
      return;
    case 'table': {
      const last = b.head.length - 1;
      w.table({
        theme: 'grid',
        margin: { left: PAGE.marginX + indent, right: PAGE.marginX, top: PAGE.top, bottom: PAGE.bottom },
        head: [b.head],
        body: b.rows,
        headStyles: { fillColor: COLOR.brandTint, textColor: COLOR.ink },
        didParseCell: (data) => {
          const tone = b.tones?.[data.row.index];
          if (data.section === 'body' && data.column.index === last && tone) {
            data.cell.styles.fillColor = VERDICT_TINT[tone];
            data.cell.styles.textColor = VERDICT_COLOR[tone];
            data.cell.styles.fontStyle = 'bold';
          }
        },
      });
      w.gap(-1);
    }
  }
}

function labelled(w: Writer, label: string, text: string): void {
  w.text(label, { size: SIZE.small, bold: true, color: COLOR.muted, after: 0.6 });
  w.text(text, { after: 2.5 });
}

export function renderQuestion(w: Writer, q: DossierQuestion, model: DossierModel, photos: ReadonlyMap<string, PhotoBytes>, splice: JpegSplice, onPhoto: () => void): void {
  const s = model.labels;
  w.text(q.sectionTitle, { size: SIZE.small, color: COLOR.muted, after: 0.8 });
  w.text(`${s.question} ${q.number}. ${q.title}`, { size: SIZE.h1, bold: true, color: COLOR.brand, after: 1.5 });
  w.text(`${s.categories}: ${q.categories}`, { size: SIZE.small, color: COLOR.muted, after: 2 });
  verdictBadge(w, q, s.verdict);
  for (const warning of q.warnings) w.text(`⚠ ${warning}`, { size: SIZE.small, bold: true, color: COLOR.warn, after: 1 });
  w.gap(1);

  labelled(w, s.why, q.why);
  labelled(w, dossierT(model.lang)('recommended', { category: model.summary.target }), q.recommended);
  labelled(w, s.vendorClaim, q.claim);

  w.heading(s.foundOnSite, SIZE.h2);
  q.steps.forEach((st, i) => {
    w.ensure(lineHeight(SIZE.body) * 3 + 6);
    const optional = st.optional ? ` (${s.optionalStep})` : '';
    w.text(`${i + 1}. ${st.title}`, { bold: true, after: 0.5 });
    w.text(`${st.kindLabel}${optional}${st.byline ? ` · ${st.byline}` : ''}`, { size: SIZE.tiny, color: COLOR.muted, indent: 4, after: 1 });
    for (const b of st.blocks) renderBlock(w, b);
    w.gap(2);
  });

  w.heading(s.verdict, SIZE.h2);
  verdictBadge(w, q, s.verdict);
  // One verdict: the evaluator's decision is said in one sentence right under the badge, before the rule's reasoning.
  if (q.overrideNotice) w.text(q.overrideNotice, { size: SIZE.small, bold: true, color: COLOR.warn, after: 1.5 });
  else if (q.suggestedText) w.text(q.suggestedText, { size: SIZE.small, color: COLOR.muted });
  if (q.reason && !q.notApplicable) labelled(w, s.reasoning, q.reason);
  if (q.measurement) w.text(q.measurement, { size: SIZE.small });
  if (q.override && !q.overrideNotice) w.text(q.override, { size: SIZE.small, bold: true });
  if (q.notApplicable) w.text(q.notApplicable, { size: SIZE.small, bold: true });

  // A question without photos says so here, in the flow, rather than as a last heading and line of its own that
  // can land alone on the next page.
  if (q.photos.length === 0) w.text(s.noPhotos, { size: SIZE.small, color: COLOR.muted });

  if (q.notes.length > 0) {
    w.heading(s.notes, SIZE.h2);
    for (const n of q.notes) w.text(`•  ${n}`, { indent: 2, after: 1 });
  }

  if (q.photos.length === 0) return;
  // Keep the heading with the first row of pictures.
  if (q.photos.some((p) => p.embed && photos.has(p.id))) w.ensure(PHOTO_ROW_MIN);
  w.heading(s.photos, SIZE.h2);
  renderPhotos(w, q.photos, photos, splice, model, onPhoto);
}
