import { createRoot } from 'react-dom/client';
import { setLang } from '../../../i18n';
import { db } from '../../../db/db';
import { getBlob, listVisitPhotos, sha256Hex, verifyPhoto } from '../../../db/photos';
import type { PhotoVariant } from '../../../domain/model';
import { LANGS, type Lang } from '../../../domain/template/schema';
import { PhotoPanel } from '../PhotoPanel';
import { makePhotoBlob, type PhotoSpec } from '../../../../bench/fixtures/canvas-photo';
import { runPhotoBench, type BenchOptions } from './bench';
import '../../../app/app.css';

/**
 * Test harness: mounts the photo panel for one step and exposes probes on `window.photoHarness` that tests
 * and the benchmark read storage through. Test-only; nothing in the app imports it.
 */
const params = new URLSearchParams(location.search);
const step = {
  visitId: params.get('visit') ?? 'visit-harness',
  questionId: params.get('question') ?? 'q-evidence',
  stepId: params.get('step') ?? 's-photos',
};

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function pixel(bitmap: ImageBitmap, x: number, y: number): Promise<number[]> {
  const canvas = new OffscreenCanvas(1, 1);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, x, y, 1, 1, 0, 0, 1, 1);
  return Array.from(ctx.getImageData(0, 0, 1, 1).data.slice(0, 3));
}

/** Files made in the page for bulk tests, so megabytes do not travel through the test driver. */
const prepared = new Map<string, File>();

const harness = {
  step,
  makeJpeg: async (spec: PhotoSpec) => toBase64(await makePhotoBlob(spec)),
  prepareFiles: async (specs: (PhotoSpec & { name: string })[]) => {
    const out: { name: string; sha256: string; size: number }[] = [];
    for (const { name, ...spec } of specs) {
      const file = new File([await makePhotoBlob(spec)], name, { type: 'image/jpeg' });
      prepared.set(name, file);
      out.push({ name, sha256: await sha256Hex(new Uint8Array(await file.arrayBuffer())), size: file.size });
    }
    return out;
  },
  /** Puts prepared files into a file input the way a file picker does, and fires its change event. */
  choosePrepared: (input: HTMLInputElement, names: string[]) => {
    const transfer = new DataTransfer();
    for (const name of names) transfer.items.add(prepared.get(name)!);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  },
  /** Every photo record and every stored file row (without the bytes). */
  state: async () => ({
    photos: await listVisitPhotos(step.visitId),
    blobs: (await db.blobs.toArray()).map(({ blob, ...row }) => ({ ...row, size: blob.size })),
    audit: await db.audit.toArray(),
    redactions: await db.redactions.toArray(),
  }),
  /** SHA-256 of the bytes actually stored as the original. */
  storedSha: async (photoId: string) => {
    const found = await getBlob(photoId, 'original');
    return found.status === 'ok' ? sha256Hex(new Uint8Array(await found.blob.arrayBuffer())) : 'missing';
  },
  verify: (photoId: string) => verifyPhoto(photoId),
  blobStatus: async (photoId: string, variant: PhotoVariant) => (await getBlob(photoId, variant)).status,
  /** The stored bytes, base64. */
  storedBytes: async (photoId: string, variant: PhotoVariant) => {
    const found = await getBlob(photoId, variant);
    return found.status === 'ok' ? toBase64(found.blob) : null;
  },
  /** Decodes a stored copy as a browser shows it (EXIF orientation applied) and samples three corners. */
  decode: async (photoId: string, variant: PhotoVariant) => {
    const found = await getBlob(photoId, variant);
    if (found.status !== 'ok') return null;
    const bitmap = await createImageBitmap(found.blob, { imageOrientation: 'from-image' });
    const { width, height } = bitmap;
    const inset = (v: number) => Math.max(1, Math.round(v * 0.05));
    const result = {
      width, height, type: found.blob.type,
      topLeft: await pixel(bitmap, inset(width), inset(height)),
      topRight: await pixel(bitmap, width - 1 - inset(width), inset(height)),
      bottomLeft: await pixel(bitmap, inset(width), height - 1 - inset(height)),
    };
    bitmap.close();
    return result;
  },
  /** The colour of a stored copy, decoded upright, at a point given in 0..1 of its width and height. */
  pixelAt: async (photoId: string, variant: PhotoVariant, fx: number, fy: number) => {
    const found = await getBlob(photoId, variant);
    if (found.status !== 'ok') return null;
    const bitmap = await createImageBitmap(found.blob, { imageOrientation: 'from-image' });
    const rgb = await pixel(bitmap, Math.min(bitmap.width - 1, Math.floor(fx * bitmap.width)), Math.min(bitmap.height - 1, Math.floor(fy * bitmap.height)));
    bitmap.close();
    return rgb;
  },
  bench: (options: BenchOptions) => runPhotoBench(step, options),
};

declare global {
  interface Window { photoHarness?: typeof harness }
}
export type PhotoHarness = typeof harness;

const lang = params.get('lang');
await setLang(LANGS.includes(lang as Lang) ? (lang as Lang) : 'en');
window.photoHarness = harness;
if (params.get('ui') !== '0') {
  createRoot(document.getElementById('root')!).render(
    <main>
      <h1>Photo harness</h1>
      <PhotoPanel {...step} />
    </main>,
  );
}
document.documentElement.dataset.ready = 'true';
