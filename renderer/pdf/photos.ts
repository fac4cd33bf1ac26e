import type { DossierModel, DossierPhoto } from '../domain/dossier/types';
import type { JpegSplice } from './jpeg-splice';
import { COLOR, PAGE, SIZE } from './theme';
import { lineHeight, type Writer } from './writer';

export interface PhotoBytes {
  jpeg: Uint8Array;
  width: number;
  height: number;
}

const COLS = 2;
const GAP = 6;
const IMAGE_MAX_H = 66;
const PLACEHOLDER_H = 16;
/** Room for a heading plus one row of pictures with captions. */
export const PHOTO_ROW_MIN = 12 + IMAGE_MAX_H + 18;

interface Cell { photo: DossierPhoto; image?: PhotoBytes; standIn?: Uint8Array; lines: { text: string; size: number; bold?: boolean; warn?: boolean }[] }

function captionLines(w: Writer, p: DossierPhoto, model: DossierModel, width: number): Cell['lines'] {
  const s = model.labels;
  const out: Cell['lines'] = [];
  const add = (text: string, size: number, opts: { bold?: boolean; warn?: boolean; max?: number } = {}) => {
    const split = w.lines(text, { size, bold: opts.bold, width });
    for (const line of split.slice(0, opts.max ?? 3)) out.push({ text: line, size, bold: opts.bold, warn: opts.warn });
  };
  add(p.caption, SIZE.small, { bold: true, max: 3 });
  add(`${s.photoCaptured}: ${p.capturedAt} · ${s.photoAuthor}: ${p.author}`, SIZE.tiny, { max: 2 });
  add(`SHA-256 ${p.shaPrefix}… · ${p.id}`, SIZE.tiny, { max: 2 });
  if (p.redactedSha256) add(`${s.photoRedactedSha}: SHA-256 ${p.redactedSha256.slice(0, 12)}…`, SIZE.tiny, { max: 2 });
  if (p.status !== 'ok') add(`${s.photoStatus}: ${p.statusText}`, SIZE.tiny, { bold: true, warn: true, max: 3 });
  return out;
}

function imageBox(cellW: number, img: PhotoBytes | undefined): { w: number; h: number } {
  if (!img || img.width <= 0 || img.height <= 0) return { w: cellW, h: PLACEHOLDER_H };
  const scale = Math.min(cellW / img.width, IMAGE_MAX_H / img.height);
  return { w: img.width * scale, h: img.height * scale };
}

/**
 * Photos two to a row, each scaled to fit its cell, with caption, time, author and fingerprint beneath.
 * The report-size JPEG goes in as it is (no re-encode, spliced in when the file is assembled) under its own
 * alias, the photo id, so two photos can never be merged into one image object. A photo without usable bytes
 * gets a framed note instead of a gap.
 */
export function renderPhotos(w: Writer, photos: DossierPhoto[], bytes: ReadonlyMap<string, PhotoBytes>, splice: JpegSplice, model: DossierModel, onPhoto: () => void): void {
  const { doc } = w;
  const cellW = (w.contentWidth - GAP * (COLS - 1)) / COLS;
  for (let i = 0; i < photos.length; i += COLS) {
    const row: Cell[] = photos.slice(i, i + COLS).map((photo) => {
      const given = photo.embed ? bytes.get(photo.id) : undefined;
      const standIn = given ? splice.standIn(photo.id, given.jpeg) ?? undefined : undefined;
      // Bytes whose JPEG header cannot be read get the note, not a broken image.
      const shown = given && !standIn ? { ...photo, imageNote: model.labels.photoUnreadable } : photo;
      return { photo: shown, image: standIn ? given : undefined, standIn, lines: captionLines(w, shown, model, cellW) };
    });
    const heights = row.map((c) => imageBox(cellW, c.image).h + 2 + c.lines.reduce((h, l) => h + lineHeight(l.size), 0));
    const rowH = Math.max(...heights);
    w.ensure(rowH + 4);
    row.forEach((c, col) => {
      const x = PAGE.marginX + col * (cellW + GAP);
      let y = w.y;
      const box = imageBox(cellW, c.image);
      if (c.image && c.standIn) {
        doc.addImage(c.standIn, 'JPEG', x + (cellW - box.w) / 2, y, box.w, box.h, c.photo.id, 'NONE');
        doc.setDrawColor(...COLOR.rule);
        doc.setLineWidth(0.2);
        doc.rect(x + (cellW - box.w) / 2, y, box.w, box.h, 'S');
      } else {
        doc.setFillColor(...COLOR.placeholder);
        doc.setDrawColor(...COLOR.rule);
        doc.rect(x, y, box.w, box.h, 'FD');
        const note = c.photo.imageNote ?? model.labels.photoNoImage;
        w.font({ size: SIZE.tiny, color: COLOR.muted });
        doc.text((doc.splitTextToSize(note, cellW - 6) as string[]).slice(0, 2), x + cellW / 2, y + box.h / 2, { baseline: 'middle', align: 'center' });
      }
      y += box.h + 2;
      for (const l of c.lines) {
        w.font({ size: l.size, bold: l.bold, color: l.warn ? COLOR.warn : l.size === SIZE.tiny ? COLOR.muted : COLOR.ink });
        doc.text(l.text, x, y, { baseline: 'top' });
        y += lineHeight(l.size);
      }
      onPhoto();
    });
    w.y += rowH + 4;
  }
}
