import type { DossierClosing, DossierClosingMeeting } from '../domain/dossier/closing';
import { COLOR, PAGE, SIZE, VERDICT_COLOR, VERDICT_TINT } from './theme';
import type { Writer } from './writer';

/** A signature is shown at most this wide (mm), in the canvas's proportions. */
const SIGNATURE_WIDTH = 70;

function renderMeeting(w: Writer, part: DossierClosing, m: DossierClosingMeeting): void {
  const l = part.labels;
  w.heading(l.attendees, SIZE.h2);
  for (const [label, value] of m.attendees) w.pair(label, value, { indent: 0, labelWidth: 48, size: SIZE.body });
  w.gap(1);
  w.text(`${l.hashLabel}: ${m.findingsHash}`, { size: SIZE.small, after: 0.6 });
  w.text(m.hashText, { size: SIZE.small, bold: !m.hashOk, color: m.hashOk ? VERDICT_COLOR.meets : COLOR.warn, after: 2 });

  w.heading(l.findings, SIZE.h2);
  w.table({
    theme: 'grid',
    head: [['#', l.colFinding, l.colAnswer, l.colAfter]],
    body: m.findings.map((f) => [
      String(f.n),
      `${f.kind} · ${f.question}\n${f.text}`,
      [f.answer, f.comment, ...f.resolutions].filter(Boolean).join('\n'),
      f.changed ?? l.unchanged,
    ]),
    styles: { fontSize: SIZE.small, cellPadding: 1.4 },
    columnStyles: { 0: { cellWidth: 8, halign: 'right' }, 1: { cellWidth: 82 }, 2: { cellWidth: 50 } },
    didParseCell: (data) => {
      if (data.section !== 'body') return;
      const f = m.findings[data.row.index];
      if (data.column.index === 3 && f?.changed) {
        data.cell.styles.fillColor = VERDICT_TINT.partly;
        data.cell.styles.textColor = VERDICT_COLOR.partly;
        data.cell.styles.fontStyle = 'bold';
      }
    },
  });

  w.heading(l.signatures, SIZE.h2);
  for (const s of m.signatures) {
    w.text(`${s.label} — ${s.method}`, { bold: true, after: 1 });
    if (s.image) {
      const h = Math.min(40, SIGNATURE_WIDTH * (s.image.height / Math.max(1, s.image.width)));
      w.ensure(h + 2);
      w.doc.addImage(s.image.pngBase64, 'PNG', PAGE.marginX, w.y, SIGNATURE_WIDTH, h, s.image.alias, 'FAST');
      w.doc.setDrawColor(...COLOR.rule);
      w.doc.rect(PAGE.marginX, w.y, SIGNATURE_WIDTH, h);
      w.y += h + 1.5;
    }
    if (s.typedName) w.text(s.typedName, { size: SIZE.h2, after: 1 });
    if (s.sha256) w.text(`SHA-256: ${s.sha256}`, { size: SIZE.tiny, color: COLOR.muted, after: 1 });
    if (s.warning) w.text(`⚠ ${s.warning}`, { size: SIZE.small, bold: true, color: COLOR.warn, after: 1 });
    w.gap(1.5);
  }
  if (m.refusal) w.text(m.refusal, { bold: true, color: COLOR.warn, after: 2 });

  w.heading(l.changes, SIZE.h2);
  if (m.changes.length === 0) w.text(l.none, { color: COLOR.muted });
  for (const c of m.changes) w.text(`•  ${c}`, { indent: 2, after: 1 });
  if (m.edits.length) {
    w.heading(l.editsAfter, SIZE.h3);
    for (const e of m.edits) w.text(`•  ${e}`, { indent: 2, size: SIZE.small, after: 0.8 });
  }
}

/** The closing meeting's part: attendees, findings with the vendor's answers, signatures, changes after it. */
export function renderClosing(w: Writer, part: DossierClosing): void {
  w.text(part.title, { size: SIZE.h1, bold: true, color: COLOR.brand, after: 1.5 });
  if (part.none) {
    w.text(part.none, { color: COLOR.muted });
    return;
  }
  w.text(part.intro, { size: SIZE.small, color: COLOR.muted, after: 2 });
  if (part.conflict) w.text(`⚠ ${part.conflict}`, { bold: true, color: COLOR.warn, after: 2 });
  part.meetings.forEach((m, i) => {
    if (i > 0) w.newPage();
    renderMeeting(w, part, m);
  });
}
