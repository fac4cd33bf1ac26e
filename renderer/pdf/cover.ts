import { fingerprintQrText, groupFingerprint } from '../domain/dossier/fingerprint';
import type { DossierModel } from '../domain/dossier/types';
import { drawQr } from './qr';
import type { Category } from '../domain/template/schema';
import { renderAnswer } from './answer';
import { COLOR, PAGE, SIZE, type Rgb } from './theme';
import { lineHeight, type Writer } from './writer';

const rank = (c: Category | null | undefined) => (c ? 3 - ['A', 'B', 'C'].indexOf(c) : 0);

/** Three boxes side by side: what the client needs, what the vendor says, what the visit showed. */
export function categoryBoxes(w: Writer, model: DossierModel): void {
  const { summary, labels: s } = model;
  const boxes: { label: string; value: string; color: Rgb }[] = [
    { label: s.targetCategory, value: summary.target, color: COLOR.brand },
    { label: s.claimedCategory, value: summary.claimedText, color: COLOR.muted },
    {
      label: s.verifiedCategory,
      value: summary.verifiedText,
      color: rank(summary.verified) >= rank(summary.target) ? [46, 125, 50] : [198, 40, 40],
    },
  ];
  const gap = 4;
  const bw = (w.contentWidth - 2 * gap) / 3;
  const bh = 30;
  w.ensure(bh + 4);
  const doc = w.doc;
  boxes.forEach((b, i) => {
    const x = PAGE.marginX + i * (bw + gap);
    doc.setDrawColor(...b.color);
    doc.setLineWidth(0.6);
    doc.roundedRect(x, w.y, bw, bh, 2, 2, 'S');
    doc.setFillColor(...b.color);
    doc.rect(x, w.y, 2.2, bh, 'F');
    w.font({ size: SIZE.small, color: COLOR.muted });
    const labelLines = doc.splitTextToSize(b.label, bw - 8) as string[];
    doc.text(labelLines.slice(0, 2), x + 5, w.y + 3, { baseline: 'top' });
    const big = b.value.length <= 2 ? 20 : 11;
    w.font({ size: big, bold: true, color: b.color });
    const valueLines = doc.splitTextToSize(b.value, bw - 8) as string[];
    doc.text(valueLines.slice(0, 2), x + 5, w.y + 3 + 2 * lineHeight(SIZE.small) + 2, { baseline: 'top' });
  });
  w.y += bh + 6;
}

export function renderCover(w: Writer, model: DossierModel): void {
  const { doc } = w;
  const { cover, labels: s } = model;
  doc.setFillColor(...COLOR.brand);
  doc.rect(0, 0, w.pageWidth, 66, 'F');
  w.font({ size: SIZE.small, color: COLOR.white });
  doc.text(s.appName, PAGE.marginX, 16, { baseline: 'top' });
  w.font({ size: SIZE.title, bold: true, color: COLOR.white });
  doc.text(s.dossierTitle, PAGE.marginX, 24, { baseline: 'top' });
  // The fingerprint's QR code sits at the banner's right; the vendor's name and the site wrap short of it.
  const qrSize = 34;
  drawQr(doc, fingerprintQrText(model.fingerprint.fingerprint), w.pageWidth - PAGE.marginX - qrSize, 16, qrSize);
  const textWidth = w.contentWidth - qrSize - 6;
  w.font({ size: 16, bold: true, color: COLOR.white });
  const vendor = (doc.splitTextToSize(cover.vendor, textWidth) as string[]).slice(0, 2);
  doc.text(vendor, PAGE.marginX, 42, { baseline: 'top' });
  w.font({ size: 11, color: COLOR.white });
  doc.text((doc.splitTextToSize(`${cover.site} · ${cover.dates}`, textWidth) as string[]).slice(0, 1), PAGE.marginX, 42 + vendor.length * lineHeight(16) + 2, { baseline: 'top' });

  w.y = 74;
  w.table({
    theme: 'plain',
    body: [
      [s.vendor, cover.vendor],
      [s.site, cover.site],
      [s.visitDates, cover.dates],
      [s.evaluators, cover.evaluators],
      [s.template, `${cover.template}, ${cover.templateVersion}`],
      [s.targetCategory, cover.target],
      [s.claimedCategory, cover.claimed],
      [s.verifiedCategory, cover.verified],
      [s.generatedAt, cover.generatedAt],
      [s.fingerprintLabel, groupFingerprint(model.fingerprint.fingerprint)],
    ],
    styles: { fontSize: SIZE.body + 0.5, cellPadding: { top: 1.2, bottom: 1.2, left: 0, right: 2 } },
    columnStyles: { 0: { cellWidth: 62, textColor: COLOR.muted }, 1: { fontStyle: 'bold' } },
  });
  // The time zone is stated once, here; every time after it is in that zone.
  w.text(cover.timeZone, { size: SIZE.tiny, color: COLOR.muted, after: 0 });
  w.gap(3);
  // Page 1 answers the committee's question; the category boxes open the executive summary.
  renderAnswer(w, model);
  if (cover.notices.length > 0) {
    w.gap(2);
    for (const n of cover.notices) w.text(n, { size: SIZE.small, color: COLOR.muted, after: 1 });
  }
}
