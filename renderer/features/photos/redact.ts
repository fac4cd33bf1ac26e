import type { RedactedImage } from '../../db/redactions';
import type { RedactionAnnotation } from '../../domain/model';
import { REDACTED_COPY, fitLongSide, pixelPoint, pixelRect, type RedactionDraft } from '../../domain/photo';

/**
 * Draws the redacted copy of an original: decoded upright (EXIF orientation applied, the picture the evaluator
 * drew on), scaled to the report size, every area filled opaque black, the marks drawn in red over a white edge so
 * they read on dark and light backgrounds alike, and encoded as JPEG. A canvas encodes only pixels: the copy
 * carries no EXIF at all, so neither GPS position nor camera serial number. Runs in the derive worker.
 */
export const MARK_RED = '#e00000';

export async function renderRedacted(original: Blob, draft: RedactionDraft): Promise<RedactedImage> {
  const bitmaps: ImageBitmap[] = [];
  try {
    let source = await createImageBitmap(original, { imageOrientation: 'from-image' });
    bitmaps.push(source);
    const size = fitLongSide(source.width, source.height, REDACTED_COPY.longSide);
    if (size.width !== source.width || size.height !== source.height) {
      source = await createImageBitmap(source, { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' });
      bitmaps.push(source);
    }
    const canvas = new OffscreenCanvas(size.width, size.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.drawImage(source, 0, 0);

    ctx.fillStyle = '#000000';
    for (const area of draft.areas) {
      if (area.kind === 'rect') {
        const r = pixelRect(area, size);
        ctx.fillRect(r.x, r.y, r.width, r.height);
      } else {
        ctx.beginPath();
        area.points.forEach((p, i) => {
          const { x, y } = pixelPoint(p, size);
          if (i === 0) ctx.moveTo(x, y);
          else ctx.lineTo(x, y);
        });
        ctx.closePath();
        ctx.fill('nonzero');
        // The outline's edge too: antialiasing would leave a half-transparent rim.
        ctx.lineWidth = 2;
        ctx.strokeStyle = '#000000';
        ctx.stroke();
      }
    }
    const long = Math.max(size.width, size.height);
    for (const mark of draft.annotations) drawMark(ctx, mark, size, long);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: REDACTED_COPY.quality });
    return { blob, width: size.width, height: size.height };
  } finally {
    for (const b of bitmaps) b.close();
  }
}

type Ctx = OffscreenCanvasRenderingContext2D;

/** Strokes the current path twice: a wider white edge, then the red line, so the mark reads on any background. */
function strokeReadable(ctx: Ctx, width: number): void {
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = width * 2;
  ctx.stroke();
  ctx.strokeStyle = MARK_RED;
  ctx.lineWidth = width;
  ctx.stroke();
}

function drawMark(ctx: Ctx, mark: RedactionAnnotation, size: { width: number; height: number }, long: number): void {
  const line = Math.max(3, Math.round(long * 0.004));
  if (mark.kind === 'arrow') {
    const a = pixelPoint(mark.from, size);
    const b = pixelPoint(mark.to, size);
    const angle = Math.atan2(b.y - a.y, b.x - a.x);
    const head = Math.max(12, line * 5);
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    for (const side of [-1, 1]) {
      ctx.moveTo(b.x, b.y);
      ctx.lineTo(b.x - head * Math.cos(angle + side * Math.PI / 7), b.y - head * Math.sin(angle + side * Math.PI / 7));
    }
    strokeReadable(ctx, line);
  } else if (mark.kind === 'circle') {
    const r = pixelRect(mark, size);
    ctx.beginPath();
    ctx.ellipse(r.x + r.width / 2, r.y + r.height / 2, Math.max(1, r.width / 2), Math.max(1, r.height / 2), 0, 0, Math.PI * 2);
    strokeReadable(ctx, line);
  } else {
    const px = Math.max(16, Math.round(long * 0.03));
    const { x, y } = pixelPoint(mark, size);
    ctx.font = `bold ${px}px sans-serif`;
    ctx.textBaseline = 'top';
    // Text near the right or bottom edge is moved in so it is not cut off.
    const width = ctx.measureText(mark.text).width;
    const tx = Math.max(0, Math.min(x, size.width - width - 4));
    const ty = Math.max(0, Math.min(y, size.height - px * 1.2));
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = Math.max(3, px / 5);
    ctx.strokeText(mark.text, tx, ty);
    ctx.fillStyle = MARK_RED;
    ctx.fillText(mark.text, tx, ty);
  }
}
