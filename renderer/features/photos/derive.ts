import type { DerivedImage } from '../../db/photos';
import { fitLongSide, type DerivativeSpec } from '../../domain/photo';

/**
 * Decodes an original once, upright (the browser applies the EXIF orientation), then scales it down step by
 * step, largest copy first: each smaller copy is made from the previous one, which costs far less than
 * scaling 12 MP again. Runs in the derive worker; the benchmark also runs it bare as its baseline.
 */
export async function deriveImages(original: Blob, specs: readonly DerivativeSpec[]): Promise<DerivedImage[]> {
  const ordered = [...specs].sort((a, b) => b.longSide - a.longSide);
  const bitmaps: ImageBitmap[] = [];
  try {
    let source = await createImageBitmap(original, { imageOrientation: 'from-image' });
    bitmaps.push(source);
    const images: DerivedImage[] = [];
    for (const spec of ordered) {
      const size = fitLongSide(source.width, source.height, spec.longSide);
      if (size.width !== source.width || size.height !== source.height) {
        source = await createImageBitmap(source, { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' });
        bitmaps.push(source);
      }
      images.push({ variant: spec.variant, blob: await encodeJpeg(source, spec.quality), ...size });
    }
    return images;
  } finally {
    for (const b of bitmaps) b.close();
  }
}

async function encodeJpeg(bitmap: ImageBitmap, quality: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  // JPEG has no alpha: transparent pixels of a PNG or WebP would come out black. Paper is white, so is the backdrop.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, bitmap.width, bitmap.height);
  ctx.drawImage(bitmap, 0, 0);
  return canvas.convertToBlob({ type: 'image/jpeg', quality });
}
