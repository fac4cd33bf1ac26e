import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PhotosPage } from '../pages/photos';
import { skipReason } from '../support/browser';
import { launchHarness, stopHarnessServer, type HarnessSession } from './harness';

const BURST = 20;

interface Source { name: string; sha256: string }

/**
 * Camera-sized files (3000×2000, a few MB each) so that a burst takes long enough to be cut in the middle.
 * They are made in the page and chosen there; only their names and hashes come back.
 */
async function burst(photos: PhotosPage): Promise<Source[]> {
  const specs = Array.from({ length: BURST }, (_, i) => ({ name: `burst-${String(i).padStart(2, '0')}.jpg`, width: 3000, height: 2000, seed: 500 + i }));
  const files = await photos.prepareFiles(specs);
  await photos.choosePrepared(files.map((f) => f.name));
  return files;
}

/**
 * After an interruption: every confirmed photo is there with its exact bytes, nothing is half-written (a record
 * without its original, a file row without a record, a record without its audit entry), and nothing unknown
 * appeared.
 */
async function expectIntact(photos: PhotosPage, files: Source[], confirmed: string[]): Promise<void> {
  const expected = new Map(files.map((f) => [f.name, f.sha256]));
  const { photos: stored, blobs, audit } = await photos.state();
  const byName = new Map(stored.map((p) => [p.fileName, p]));
  for (const name of confirmed) {
    const photo = byName.get(name);
    expect(photo, `${name} was confirmed as saved but is gone`).toBeDefined();
    expect(await photos.storedSha(photo!.id), `${name} bytes`).toBe(expected.get(name));
  }
  for (const photo of stored) {
    expect(photo.sha256).toBe(expected.get(photo.fileName ?? ''));
    expect(blobs.some((b) => b.photoId === photo.id && b.variant === 'original'), `${photo.fileName} has no original`).toBe(true);
    expect(await photos.blobStatus(photo.id, 'original')).toBe('ok');
    expect(audit.filter((a) => a.action === 'photo-added' && a.details.photoId === photo.id)).toHaveLength(1);
    if (photo.derivatives === 'ready') expect(blobs.filter((b) => b.photoId === photo.id).map((b) => b.variant).sort()).toEqual(['original', 'report', 'thumb']);
  }
  for (const blob of blobs) expect(stored.some((p) => p.id === blob.photoId), `orphan file row ${blob.key}`).toBe(true);
  expect(new Set(stored.map((p) => p.sha256)).size).toBe(stored.length);
}

async function expectAllDerived(photos: PhotosPage, count?: number): Promise<void> {
  await expect.poll(async () => {
    const list = await photos.photos();
    return list.length > 0 && (count === undefined || list.length === count) && list.every((p) => p.derivatives === 'ready');
  }, { timeout: 60_000, interval: 500 }).toBe(true);
}

/** The main browser process of this profile (not a renderer or GPU helper). */
async function browserPid(profile: string): Promise<number> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const args = cmdline.split('\0');
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no browser process for ${profile}`);
}

async function blobFiles(profile: string): Promise<{ path: string; size: number }[]> {
  const root = join(profile, 'Default', 'IndexedDB');
  const out: { path: string; size: number }[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else if (dir.includes('.indexeddb.blob')) out.push({ path, size: (await stat(path)).size });
    }
  };
  await walk(root);
  return out;
}

describe.skipIf(skipReason() !== '')('photo durability', () => {
  let s: HarnessSession | null = null;

  afterEach(async () => {
    if (s) {
      expect(s.errors, 'the page logged errors').toEqual([]);
      expect(s.offsite).toEqual([]);
      await s.close();
      s = null;
    }
  });

  afterAll(() => stopHarnessServer());

  it('keeps every confirmed photo whole when the page reloads in the middle of a burst', async () => {
    s = await launchHarness();
    const photos = new PhotosPage(s.page);
    await s.open();
    const files = await burst(photos);
    const confirmed = await photos.waitConfirmed(4);
    await s.page.reload();
    await s.page.waitForFunction(() => document.documentElement.dataset.ready === 'true');

    const stored = await photos.photos();
    expect(stored.length, 'the reload came too late to interrupt the burst').toBeLessThan(BURST);
    expect(stored.length).toBeGreaterThanOrEqual(confirmed.length);
    await expectIntact(photos, files, confirmed);
    // Derivatives cut short by the reload are finished by the next start.
    await expectAllDerived(photos);
    await expectIntact(photos, files, confirmed);
  });

  it('keeps every confirmed photo whole when the browser is killed in the middle of a burst', async () => {
    s = await launchHarness();
    const photos = new PhotosPage(s.page);
    await s.open();
    const files = await burst(photos);
    const confirmed = await photos.waitConfirmed(4);
    process.kill(await browserPid(s.profile), 'SIGKILL');
    const profile = s.profile;
    await s.context.close().catch(() => undefined);
    s = null;

    s = await launchHarness(profile);
    const again = new PhotosPage(s.page);
    await s.open();
    const stored = await again.photos();
    expect(stored.length, 'the kill came too late to interrupt the burst').toBeLessThan(BURST);
    await expectIntact(again, files, confirmed);
    await expectAllDerived(again);
    await expectIntact(again, files, confirmed);
  });

  it('shows the original when the thumbnail file vanished, and a missing badge when every file did', async () => {
    s = await launchHarness();
    let photos = new PhotosPage(s.page);
    await s.open();
    await photos.importFiles([{ name: 'wall.jpg', mimeType: 'image/jpeg', buffer: await photos.makeJpeg({ width: 1000, height: 800, seed: 77 }) }]);
    await expect.poll(() => photos.importLine('wall.jpg').getAttribute('data-status')).toBe('saved');
    await expectAllDerived(photos, 1);
    const [photo] = await photos.photos();
    const profile = s.profile;
    await s.close(true);

    // A disk cleaner removes files under the database while the app is closed.
    const files = await blobFiles(profile);
    expect(files).toHaveLength(3);
    const thumb = files.reduce((a, b) => (a.size <= b.size ? a : b));
    await rm(thumb.path);
    s = await launchHarness(profile);
    photos = new PhotosPage(s.page);
    await s.open();
    expect(await photos.blobStatus(photo.id, 'thumb')).toBe('missing');
    expect(await photos.blobStatus(photo.id, 'original')).toBe('ok');
    const img = photos.card(1).getByRole('img');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => [i.complete, i.naturalWidth, i.naturalHeight])).toEqual([true, 1000, 800]);
    await s.close(true);

    for (const f of await blobFiles(profile)) await rm(f.path);
    s = await launchHarness(profile);
    photos = new PhotosPage(s.page);
    await s.open();
    await expect.poll(() => photos.card(1).getByText('File missing').count()).toBe(1);
    expect(await photos.card(1).getByRole('img').count()).toBe(0);
    expect(await photos.blobStatus(photo.id, 'original')).toBe('missing');
    expect(await s.page.evaluate((id) => window.photoHarness!.verify(id), photo.id)).toEqual({ status: 'missing' });
    // The record itself is kept: the dossier can still say exactly which photo is missing.
    expect((await photos.photos()).map((p) => p.id)).toEqual([photo.id]);
  });
});
