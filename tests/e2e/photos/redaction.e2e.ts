import { createHash } from 'node:crypto';
import exifr from 'exifr';
import { describe, expect, it } from 'vitest';
import { withExif } from '../../../bench/fixtures/jpeg';
import { PhotoViewerPage } from '../pages/photo-viewer';
import { PhotosPage } from '../pages/photos';
import { skipReason } from '../support/browser';
import type { HarnessSession } from './harness';
import { harnessForFile } from './harness-for-file';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const isBlack = (rgb: number[] | null) => rgb !== null && rgb.every((v) => v < 30);
/** Every EXIF tag a reader finds in a file; undefined when there is no EXIF at all. */
const tags = async (bytes: Uint8Array) => (await exifr.parse(bytes, { tiff: true, exif: true, gps: true, ifd1: true })) as Record<string, unknown> | undefined;

describe.skipIf(skipReason() !== '')('photo redaction', () => {
  let s: HarnessSession;
  let photos: PhotosPage;

  harnessForFile((session) => {
    s = session;
    photos = new PhotosPage(session.page);
  });

  it('blacks out a rectangle drawn with the mouse on an EXIF-rotated photo; the copy has its own hash and no EXIF, the original is untouched', async () => {
    await s.open('step=redact');
    // Stored landscape 2400×1600 lying on its side (EXIF 6): a person sees it portrait, 1600×2400. GPS position
    // and camera serial number in the original, as a phone writes them.
    const raw = await photos.makeJpeg({ width: 2400, height: 1600, seed: 21, markers: true });
    const file = withExif(raw, { orientation: 6, dateTimeOriginal: '2025:04:14 10:32:05', gps: { latitude: 50.4501, longitude: 30.5234 }, serial: 'CAM-0042-SN' });
    await photos.importFiles([{ name: 'floor.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(file) }]);
    await expect.poll(async () => (await photos.photos())[0]?.derivatives, { timeout: 20_000 }).toBe('ready');
    const [photo] = await photos.photos();
    expect(photo.sha256).toBe(sha(file));

    // The report copy, made by re-encoding, carries no GPS and no serial number; the original keeps both.
    const originalTags = await tags((await photos.storedBytes(photo.id, 'original'))!);
    expect(originalTags).toMatchObject({ latitude: expect.closeTo(50.4501, 3), longitude: expect.closeTo(30.5234, 3), SerialNumber: 'CAM-0042-SN' });
    const reportTags = await tags((await photos.storedBytes(photo.id, 'report'))!);
    expect(reportTags?.latitude).toBeUndefined();
    expect(reportTags?.GPSLatitude).toBeUndefined();
    expect(reportTags?.SerialNumber).toBeUndefined();

    await photos.card(1).getByRole('button', { name: 'Open photo 1' }).click();
    const viewer = new PhotoViewerPage(s.page, 1);
    await viewer.redactButton.click();
    await expect.poll(() => viewer.surface.isVisible()).toBe(true);
    // The upright picture's top-right quarter, drawn right to left.
    await viewer.drag([0.95, 0.05], [0.55, 0.4]);
    await expect.poll(() => viewer.shapes.count()).toBe(1);
    await expect.poll(() => viewer.shapes.first().textContent()).toMatch(/Black area 1/);
    await viewer.saveButton.click();

    await expect.poll(() => viewer.stage.getAttribute('aria-label'), { timeout: 20_000 }).toBe('Redacted copy of the photo');
    await expect.poll(() => viewer.dialog.getByRole('status').filter({ hasText: 'Showing the redacted copy' }).count()).toBe(1);

    const state = await photos.state();
    expect(state.redactions).toHaveLength(1);
    const [r] = state.redactions;
    const copy = (await photos.storedBytes(photo.id, 'redacted'))!;
    expect(r).toMatchObject({ photoId: photo.id, originalSha256: sha(file), redacted: { sha256: sha(copy), width: 1067, height: 1600 } });
    expect(r.redacted.sha256).not.toBe(photo.sha256);
    expect(r.areas).toHaveLength(1);
    expect(state.audit.filter((e) => e.action === 'photo-redacted')).toHaveLength(1);
    // The viewer shows the redacted copy's bytes and both hashes.
    const shown = await viewer.shownImage.evaluate(async (img: HTMLImageElement) => {
      const bytes = new Uint8Array(await (await fetch(img.src)).arrayBuffer());
      return Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
    });
    expect(shown).toBe(sha(copy));
    await expect.poll(() => viewer.fact('SHA-256 of the redacted copy').textContent()).toBe(sha(copy));
    await expect.poll(() => viewer.fact('SHA-256 of the original').textContent()).toBe(sha(file));

    // Black where it was drawn on the upright picture, the picture elsewhere; no EXIF in the copy.
    expect(isBlack(await s.page.evaluate(([id]) => window.photoHarness!.pixelAt(id, 'redacted', 0.75, 0.2), [photo.id]))).toBe(true);
    expect(isBlack(await s.page.evaluate(([id]) => window.photoHarness!.pixelAt(id, 'redacted', 0.25, 0.75), [photo.id]))).toBe(false);
    expect(isBlack(await s.page.evaluate(([id]) => window.photoHarness!.pixelAt(id, 'report', 0.75, 0.2), [photo.id]))).toBe(false);
    expect(await tags(copy)).toBeUndefined();

    // The original is untouched, byte for byte.
    expect(await photos.storedSha(photo.id)).toBe(sha(file));
    expect((await photos.photos())[0]).toEqual(photo);

    // "Show original" switches to it and back.
    await viewer.showOriginal.click();
    await expect.poll(() => viewer.stage.getAttribute('aria-label')).toBe('Photo at full size');
    await viewer.showOriginal.click();
    await expect.poll(() => viewer.stage.getAttribute('aria-label')).toBe('Redacted copy of the photo');
  });

  it('adds, moves and removes an area with the keyboard alone', async () => {
    await s.open('step=redact-keys');
    const raw = await photos.makeJpeg({ width: 800, height: 600, seed: 22 });
    await photos.importFiles([{ name: 'keys.jpg', mimeType: 'image/jpeg', buffer: raw }]);
    await expect.poll(async () => (await photos.photos()).find((p) => p.stepId === 'redact-keys')?.derivatives, { timeout: 20_000 }).toBe('ready');
    const n = (await photos.photos()).find((p) => p.stepId === 'redact-keys')!.number!;
    await photos.card(n).getByRole('button', { name: `Open photo ${n}` }).click();
    const viewer = new PhotoViewerPage(s.page, n);
    await viewer.redactButton.click();
    await viewer.surface.focus();
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => viewer.shapes.count()).toBe(2);
    await s.page.keyboard.press('Delete');
    await expect.poll(() => viewer.shapes.count()).toBe(1);
    for (let i = 0; i < 5; i++) await s.page.keyboard.press('Alt+ArrowLeft');
    await s.page.keyboard.press('Shift+ArrowDown');
    await viewer.saveButton.click();
    await expect.poll(() => viewer.stage.getAttribute('aria-label'), { timeout: 20_000 }).toBe('Redacted copy of the photo');
    const photoId = (await photos.photos()).find((p) => p.stepId === 'redact-keys')!.id;
    const r = (await photos.state()).redactions.filter((x) => x.photoId === photoId);
    expect(r).toHaveLength(1);
    expect(r[0].areas).toHaveLength(1);
    const area = r[0].areas[0] as { kind: string; x: number; y: number; w: number; h: number };
    // Enter put it at 0.4–0.6; five big steps left (0.05 each), one step taller (0.01).
    expect(area.kind).toBe('rect');
    expect(area.x).toBeCloseTo(0.15);
    expect(area.y).toBeCloseTo(0.4);
    expect(area.w).toBeCloseTo(0.2);
    expect(area.h).toBeCloseTo(0.21);
  });
});
