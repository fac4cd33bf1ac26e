import { fingerprintQrText, groupFingerprint } from '../domain/dossier/fingerprint';
import type { DossierModel } from '../domain/dossier/types';
import { drawQr } from './qr';
import { COLOR, PAGE, SIZE } from './theme';
import type { Writer } from './writer';

const STATUS_COLOR = { ok: [46, 125, 50], unchecked: [84, 98, 115], deleted: [102, 102, 102], missing: [198, 40, 40], 'hash-mismatch': [198, 40, 40] } as const;

/** Landscape, so a full SHA-256 stays on one line and can be compared character by character. */
export function renderEvidence(w: Writer, model: DossierModel): void {
  const s = model.labels;
  w.heading(s.appendixEvidence, SIZE.h1);
  w.text(s.evidenceIntro, { size: SIZE.small, color: COLOR.muted, after: 3 });
  if (model.evidence.length === 0) {
    w.text(s.noPhotos, { color: COLOR.muted });
    return;
  }
  w.table({
    theme: 'grid',
    head: [['#', s.questionShort, `SHA-256 / ${s.photoId}`, s.photoCaptured, `${s.photoAuthor} / ${s.photoDevice}`, s.photoStatus]],
    // A redacted photo: both hashes, the original's first (it is the evidence), and where the original is.
    body: model.evidence.map((e, i) => [
      String(i + 1), e.question,
      e.redacted ? `${e.sha256}\n${s.photoRedactedSha}: ${e.redacted.sha256}\n${e.photoId}` : `${e.sha256}\n${e.photoId}`,
      e.capturedAt, `${e.author}\n${e.device}`, e.redacted ? `${e.statusText}; ${e.redacted.note}` : e.statusText,
    ]),
    styles: { fontSize: 6.8, cellPadding: 1.1 },
    // Wide enough for a device id (a UUID) on one line at this size: an id broken across lines cannot be compared.
    columnStyles: { 0: { cellWidth: 8, halign: 'right' }, 1: { cellWidth: 12 }, 2: { cellWidth: 104 }, 3: { cellWidth: 30 }, 4: { cellWidth: 56 } },
    didParseCell: (data) => {
      if (data.section !== 'body' || data.column.index !== 5) return;
      const status = model.evidence[data.row.index]?.status ?? 'unchecked';
      data.cell.styles.textColor = [...STATUS_COLOR[status]];
      if (status === 'missing' || status === 'hash-mismatch') data.cell.styles.fontStyle = 'bold';
    },
  });
}

export function renderAudit(w: Writer, model: DossierModel): void {
  const s = model.labels;
  w.heading(s.appendixAudit, SIZE.h1);
  w.text(s.auditIntro, { size: SIZE.small, color: COLOR.muted, after: 3 });
  if (model.auditChains.length) {
    w.text(s.auditChains, { size: SIZE.small, after: 1 });
    model.auditChains.forEach((ch, i) => {
      const broken = ch.status === 'broken';
      w.text(ch.text, { size: SIZE.small, bold: broken, color: broken ? [...STATUS_COLOR.missing] : COLOR.muted, after: i === model.auditChains.length - 1 ? 3 : 1 });
    });
  }
  if (model.audit.length === 0) {
    w.text(s.noneItems, { color: COLOR.muted });
    return;
  }
  w.table({
    theme: 'grid',
    head: [[s.time, `${s.author} / ${s.photoDevice}`, s.action, s.questionShort, s.details]],
    body: model.audit.map((a) => [a.at, `${a.author}\n${a.device}`, a.action, a.question, a.details]),
    styles: { fontSize: 6.8, cellPadding: 1.1 },
    columnStyles: { 0: { cellWidth: 38 }, 1: { cellWidth: 56 }, 2: { cellWidth: 36 }, 3: { cellWidth: 12 } },
  });
}

/** The last part: what the dossier was built from, as text and QR code, and how to check it. */
export function renderFingerprint(w: Writer, model: DossierModel): void {
  const s = model.labels;
  const fp = model.fingerprint;
  const qrSize = 40;
  w.ensure(qrSize + 30);
  w.gap(6);
  w.heading(s.fingerprintTitle, SIZE.h2);
  w.text(s.fingerprintIntro, { size: SIZE.small, color: COLOR.muted, after: 3 });
  const top = w.y;
  drawQr(w.doc, fingerprintQrText(fp.fingerprint), w.pageWidth - PAGE.marginX - qrSize, top, qrSize);
  w.table({
    theme: 'plain',
    body: [
      [s.fingerprintLabel, groupFingerprint(fp.fingerprint)],
      [s.fingerprintRecords, fp.records],
      [s.fingerprintPhotos, fp.photos],
      [s.fingerprintPhotoCount, String(fp.photoCount)],
    ],
    margin: { right: PAGE.marginX + qrSize + 6 },
    styles: { fontSize: SIZE.small, cellPadding: { top: 1, bottom: 1, left: 0, right: 2 } },
    columnStyles: { 0: { cellWidth: 62, textColor: COLOR.muted }, 1: { fontStyle: 'bold' } },
  });
  w.y = Math.max(w.y, top + qrSize + 2);
}
