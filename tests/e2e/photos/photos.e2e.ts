import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withExif } from '../../../bench/fixtures/jpeg';
import { readDimensions } from '../../../renderer/domain/photo';
import { PhotosPage, type FilePayload } from '../pages/photos';
import { skipReason } from '../support/browser';
import { launchHarness, type HarnessSession } from './harness';
import { harnessForFile } from './harness-for-file';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const jpegFile = (name: string, buffer: Buffer): FilePayload => ({ name, mimeType: 'image/jpeg', buffer });
const RED = [255, 0, 0];
const BLUE = [0, 0, 255];
const near = (actual: number[], expected: number[]) => actual.every((v, i) => Math.abs(v - expected[i]) < 40);

describe.skipIf(skipReason() !== '')('photos', () => {
  let s: HarnessSession;
  let photos: PhotosPage;

  harnessForFile((session) => {
    s = session;
    photos = new PhotosPage(session.page);
  });

  it('keeps an EXIF-rotated JPEG byte for byte and makes upright derivatives', async () => {
    await s.open('step=exif');
    // Stored pixels are landscape with red top-left; EXIF 6 says "turn 90° clockwise", so upright is portrait
    // with red top-right.
    const raw = await photos.makeJpeg({ width: 2400, height: 1600, seed: 6, markers: true });
    const file = withExif(raw, { orientation: 6, dateTimeOriginal: '2025:04:14 10:32:05' });
    await photos.importFiles([jpegFile('rotated.jpg', Buffer.from(file))]);
    await expect.poll(() => photos.importLine('rotated.jpg').getAttribute('data-status')).toBe('saved');

    const [photo] = await photos.photos();
    expect(photo).toMatchObject({ sha256: sha(file), size: file.length, orientation: 6, width: 1600, height: 2400, takenAt: '2025-04-14T10:32:05', fileName: 'rotated.jpg', source: 'file' });
    expect(await photos.storedSha(photo.id)).toBe(sha(file));

    await expect.poll(async () => (await photos.photos())[0].derivatives, { timeout: 20_000 }).toBe('ready');
    // Pixel grids as encoded in each stored file (EXIF ignored): the original still lies on its side, the
    // copies are stored turned upright.
    const encoded = async (v: 'original' | 'report' | 'thumb') => readDimensions((await photos.storedBytes(photo.id, v))!, 'jpeg');
    expect(await encoded('original')).toEqual({ width: 2400, height: 1600 });
    expect(await encoded('report')).toEqual({ width: 1067, height: 1600 });
    expect(await encoded('thumb')).toEqual({ width: 213, height: 320 });
    expect(sha((await photos.storedBytes(photo.id, 'original'))!)).toBe(sha(file));

    const report = await photos.decode(photo.id, 'report');
    expect(report).toMatchObject({ width: 1067, height: 1600, type: 'image/jpeg' });
    expect(near(report!.topRight, RED), `report top-right ${report!.topRight}`).toBe(true);
    expect(near(report!.bottomLeft, BLUE), `report bottom-left ${report!.bottomLeft}`).toBe(true);
    const thumb = await photos.decode(photo.id, 'thumb');
    expect(thumb).toMatchObject({ width: 213, height: 320 });
    expect(near(thumb!.topRight, RED)).toBe(true);

    // The strip shows the upright thumbnail and the EXIF capture time.
    const img = photos.card(1).getByRole('img');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => [i.complete, i.naturalWidth, i.naturalHeight])).toEqual([true, 213, 320]);
    await expect.poll(() => photos.card(1).textContent()).toMatch(/Taken 14 Apr 2025/);
  });

  it('imports several files one by one and names each bad one without stopping the rest', async () => {
    await s.open('step=mixed');
    const good1 = await photos.makeJpeg({ width: 800, height: 600, seed: 11 });
    const good2 = await photos.makeJpeg({ width: 640, height: 480, seed: 12 });
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic')]);
    await photos.importFiles([
      jpegFile('first.jpg', good1),
      jpegFile('IMG_4012.jpg', heic),
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') },
      jpegFile('broken.jpg', good2.subarray(0, 40)),
      jpegFile('second.jpg', good2),
      jpegFile('first-again.jpg', good1),
    ]);
    await expect.poll(() => photos.importLine('first-again.jpg').getAttribute('data-status')).toBe('duplicate');
    await expect.poll(() => photos.importLine('first.jpg').textContent()).toContain('saved');
    await expect.poll(() => photos.importLine('IMG_4012.jpg').textContent()).toContain('HEIC photos cannot be read here. Export the photo as JPEG');
    await expect.poll(() => photos.importLine('notes.txt').textContent()).toContain('not a JPEG, PNG or WebP');
    await expect.poll(() => photos.importLine('broken.jpg').textContent()).toContain('damaged');
    await expect.poll(() => photos.importLine('second.jpg').getAttribute('data-status')).toBe('saved');
    const stored = (await photos.photos()).filter((p) => p.stepId === 'mixed');
    expect(stored.map((p) => p.sha256).sort()).toEqual([sha(good1), sha(good2)].sort());
  });

  it('shows the error in Russian and Ukrainian too', async () => {
    await s.open('step=lang&lang=ru');
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 16]), Buffer.from('ftypmif1\0\0\0\0')]);
    await s.page.getByLabel('Добавить фото из файлов').setInputFiles([jpegFile('a.heic', heic)]);
    await expect.poll(() => s.page.getByRole('list', { name: 'Добавляемые файлы' }).textContent()).toContain('Фото в формате HEIC здесь не открываются');
    await s.open('step=lang&lang=uk');
    await s.page.getByLabel('Додати фото з файлів').setInputFiles([jpegFile('b.heic', heic)]);
    await expect.poll(() => s.page.getByRole('list', { name: 'Файли, що додаються' }).textContent()).toContain('Фото у форматі HEIC тут не відкриваються');
  });

  it('takes a photo with the camera at its full resolution and releases the camera when closed', async () => {
    await s.open('step=camera');
    await photos.cameraButton.click();
    await photos.shutter.click();
    await expect.poll(() => s.page.getByRole('status').filter({ hasText: 'Photo saved' }).count()).toBe(1);
    const [photo] = (await photos.photos()).filter((p) => p.stepId === 'camera');
    expect(photo).toMatchObject({ source: 'camera', mime: 'image/jpeg', orientation: 1 });
    // Chromium's fake camera offers up to 3840×2160; a 640×480 default would mean the constraints were ignored.
    expect([photo.width, photo.height]).toEqual([3840, 2160]);
    expect(await photos.storedSha(photo.id)).toBe(photo.sha256);
    await expect.poll(async () => (await photos.photos()).find((p) => p.id === photo.id)?.derivatives, { timeout: 20_000 }).toBe('ready');

    const live = () => s.page.evaluate(() => {
      const v = document.querySelector('video');
      return v?.srcObject instanceof MediaStream ? v.srcObject.getVideoTracks().some((t) => t.readyState === 'live') : false;
    });
    expect(await live()).toBe(true);
    await s.page.getByRole('button', { name: 'Close camera' }).click();
    expect(await s.page.locator('video').count()).toBe(0);
    await expect(photos.shutter.count()).resolves.toBe(0);
  });

  it('says the disk is full when a photo does not fit, and keeps what was stored before', async () => {
    // Chromium lets a test shrink an origin's quota; writes beyond it fail with the QuotaExceededError a full
    // disk produces. The quota is read when the database opens, so this runs in a browser of its own with
    // the override in place from the start: room for a small photo, not for a 3000×2000 one.
    const own = await launchHarness();
    try {
      const cdp = await own.context.newCDPSession(own.page);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(own.url).origin, quotaSize: 1_500_000 });
      await own.open('step=quota');
      const p = new PhotosPage(own.page);
      const small = await p.makeJpeg({ width: 800, height: 600, seed: 31 });
      await p.importFiles([jpegFile('small.jpg', small)]);
      await expect.poll(() => p.importLine('small.jpg').getAttribute('data-status')).toBe('saved');
      await expect.poll(async () => (await p.photos()).find((x) => x.fileName === 'small.jpg')?.derivatives).toBe('ready');
      const before = await p.state();

      const big = await p.makeJpeg({ width: 3000, height: 2000, seed: 32 });
      await p.importFiles([jpegFile('big.jpg', big)]);
      await expect.poll(() => p.importLine('big.jpg').getAttribute('data-status')).toBe('failed');
      expect(await p.importLine('big.jpg').textContent()).toContain('The disk is full, so this photo was not saved. Photos saved earlier are safe.');

      const after = await p.state();
      expect(after.photos).toEqual(before.photos);
      expect(after.blobs).toEqual(before.blobs);
      expect(after.audit).toEqual(before.audit);
      expect(await p.storedSha(before.photos[0].id)).toBe(sha(small));
      expect(own.errors).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('warns before shooting when little storage is left', async () => {
    const page = await s.context.newPage();
    try {
      await page.addInitScript(() => {
        navigator.storage.estimate = async () => ({ usage: 10_000_000_000 - 150 * 1024 * 1024, quota: 10_000_000_000 });
      });
      await page.goto(`${s.url}?step=space`);
      const banner = page.getByRole('alert').filter({ hasText: 'of storage is left' });
      await expect.poll(() => banner.textContent()).toContain('Only 150 MB of storage is left');
    } finally {
      await page.close();
    }
  });

  it('flattens a transparent PNG onto white in the thumbnail and the report copy', async () => {
    await s.open('step=png&visit=v-png');
    const b64 = await s.page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = 1200;
      c.height = 800;
      const g = c.getContext('2d')!;
      // Transparent everywhere but a red block in the middle, like a scanned stamp or a logo.
      g.fillStyle = '#ff0000';
      g.fillRect(400, 250, 400, 300);
      return c.toDataURL('image/png').split(',')[1];
    });
    await photos.importFiles([{ name: 'stamp.png', mimeType: 'image/png', buffer: Buffer.from(b64, 'base64') }]);
    await expect.poll(() => photos.importLine('stamp.png').getAttribute('data-status')).toBe('saved');
    const [photo] = await photos.photos();
    await expect.poll(async () => (await photos.photos())[0].derivatives, { timeout: 20_000 }).toBe('ready');
    const WHITE = [255, 255, 255];
    for (const variant of ['thumb', 'report'] as const) {
      const d = await photos.decode(photo.id, variant);
      expect(d?.type).toBe('image/jpeg');
      expect(near(d!.topLeft, WHITE), `${variant} top-left ${d!.topLeft}`).toBe(true);
      expect(near(d!.bottomLeft, WHITE), `${variant} bottom-left ${d!.bottomLeft}`).toBe(true);
    }
  });

  it('says plainly that a truncated JPEG is damaged, keeps it whole as it came, and the card stays within its bounds', async () => {
    await s.open('step=cut&visit=v-cut');
    const whole = await photos.makeJpeg({ width: 1600, height: 1200, seed: 41 });
    const cut = whole.subarray(0, Math.floor(whole.length * 0.55));
    const name = 'IMG_20250314_101522_HDR_floor2_supervisors_corner_copy_from_phone.jpg';
    await photos.importFiles([jpegFile(name, cut)]);
    await expect.poll(() => photos.importLine(name).getAttribute('data-status')).toBe('damaged');
    expect(await photos.importLine(name).textContent()).toContain('saved, but the file is damaged (cut short): it may show only in part');
    const [photo] = await photos.photos();
    expect(photo.truncated).toBe(true);
    expect(await photos.storedSha(photo.id)).toBe(sha(cut));
    await expect.poll(async () => (await photos.photos())[0].derivatives, { timeout: 20_000 }).not.toBe('pending');
    const card = photos.card(1);
    await expect.poll(() => card.textContent()).toContain('Damaged file: cut short, it may show only in part.');
    // Nothing inside the card reaches past its right edge (long file names, hints and buttons wrap).
    const overflow = await card.evaluate((el) => {
      const right = el.getBoundingClientRect().right;
      return [...el.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right - right).filter((d) => d > 0.5);
    });
    expect(overflow).toEqual([]);
  });

  it('keeps each photo number for life: a deletion shifts nothing and the number is not reused', async () => {
    await s.open('step=numbers&visit=v-numbers');
    for (const seed of [51, 52, 53]) {
      const name = `n${seed}.jpg`;
      await photos.importFiles([jpegFile(name, await photos.makeJpeg({ width: 640, height: 480, seed }))]);
      await expect.poll(() => photos.importLine(name).getAttribute('data-status')).toBe('saved');
    }
    await photos.deleteCard(2, 'blurred');
    await photos.importFiles([jpegFile('n54.jpg', await photos.makeJpeg({ width: 640, height: 480, seed: 54 }))]);
    await expect.poll(() => photos.importLine('n54.jpg').getAttribute('data-status')).toBe('saved');
    const labels = () => photos.strip.getByRole('listitem').evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')));
    await expect.poll(labels).toEqual(['Photo 1', 'Photo 3', 'Photo 4']);
    expect((await photos.photos()).map((p) => [p.fileName, p.number])).toEqual([['n51.jpg', 1], ['n52.jpg', 2], ['n53.jpg', 3], ['n54.jpg', 4]]);
  });

  it('edits a caption, deletes with a reason (kept, audited) and restores', async () => {
    // A visit of its own: photo numbers run through a visit, and this test counts from photo 1.
    await s.open('step=edit&visit=v-edit');
    await photos.importFiles([jpegFile('desk.jpg', await photos.makeJpeg({ width: 900, height: 600, seed: 21 }))]);
    await expect.poll(() => photos.importLine('desk.jpg').getAttribute('data-status')).toBe('saved');
    const caption = photos.card(1).getByLabel('Caption');
    await caption.fill('Supervisor desk, 2nd floor');
    await caption.press('Enter');
    await expect.poll(async () => (await photos.photos()).find((p) => p.stepId === 'edit')?.caption).toBe('Supervisor desk, 2nd floor');

    await photos.card(1).getByRole('button', { name: 'Delete' }).click();
    const dialog = s.page.getByRole('alertdialog', { name: 'Delete photo 1?' });
    await dialog.getByRole('button', { name: 'Delete photo' }).click();
    await expect(dialog.getByText('Give a reason for deleting the photo.').count()).resolves.toBe(1);
    await dialog.getByRole('button', { name: 'Keep it' }).click();

    await photos.deleteCard(1, 'wrong floor');
    await expect.poll(() => photos.strip.count()).toBe(0);
    const [deleted] = (await photos.photos()).filter((p) => p.stepId === 'edit');
    expect(deleted.deleted).toMatchObject({ reason: 'wrong floor' });
    expect(await photos.blobStatus(deleted.id, 'original')).toBe('ok');
    const audit = (await photos.state()).audit.filter((a) => a.stepId === 'edit').map((a) => a.action).sort();
    expect(audit).toEqual(['photo-added', 'photo-deleted']);

    await s.page.getByText('Deleted photos (1)').click();
    await s.page.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => photos.card(1).count()).toBe(1);
    expect((await photos.photos()).find((p) => p.id === deleted.id)?.deleted).toBeUndefined();
  });
});
