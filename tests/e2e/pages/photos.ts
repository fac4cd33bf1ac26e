import type { Locator, Page } from 'playwright-core';
import type { Photo, PhotoVariant } from '../../../renderer/domain/model';
import type { PhotoHarness } from '../../../renderer/features/photos/harness/harness';
import type { PhotoSpec } from '../../../bench/fixtures/canvas-photo';

export interface FilePayload { name: string; mimeType: string; buffer: Buffer }
type Variant = PhotoVariant;
type HarnessState = Awaited<ReturnType<PhotoHarness['state']>>;


/** The photo panel of one step, found by the names a user sees (English UI), plus storage probes. */
export class PhotosPage {
  constructor(readonly page: Page) {}

  get fileInput(): Locator { return this.page.getByLabel('Add photos from files'); }
  get importList(): Locator { return this.page.getByRole('list', { name: 'Files being added' }); }
  get strip(): Locator { return this.page.getByRole('list', { name: 'Photos of this step' }); }
  get cameraButton(): Locator { return this.page.getByRole('button', { name: 'Use camera' }); }
  get shutter(): Locator { return this.page.getByRole('button', { name: 'Take photo' }); }

  card(n: number): Locator { return this.strip.getByRole('listitem', { name: `Photo ${n}`, exact: true }); }
  importLine(fileName: string): Locator { return this.importList.getByRole('listitem').filter({ hasText: fileName }); }

  async importFiles(files: FilePayload[]): Promise<void> {
    await this.fileInput.setInputFiles(files);
  }

  /** Makes photo-like JPEGs inside the page (no megabytes through the driver); returns their hashes. */
  prepareFiles(specs: (PhotoSpec & { name: string })[]): Promise<{ name: string; sha256: string; size: number }[]> {
    return this.page.evaluate((list) => window.photoHarness!.prepareFiles(list), specs);
  }

  /** Chooses prepared files in the labelled file input, as a file picker would. */
  async choosePrepared(names: string[]): Promise<void> {
    await this.fileInput.evaluate((input: HTMLInputElement, list) => window.photoHarness!.choosePrepared(input, list), names);
  }

  /** Waits in the page until at least `count` files show as saved, then returns their names at once. */
  async waitConfirmed(count: number): Promise<string[]> {
    const handle = await this.page.waitForFunction((min) => {
      const saved = [...document.querySelectorAll('[data-status="saved"] .photo-import__name')].map((e) => e.textContent ?? '');
      return saved.length >= min ? saved : null;
    }, count, { polling: 'raf' });
    return (await handle.jsonValue()) as string[];
  }

  async deleteCard(n: number, reason: string): Promise<void> {
    await this.card(n).getByRole('button', { name: 'Delete' }).click();
    const dialog = this.page.getByRole('alertdialog', { name: `Delete photo ${n}?` });
    await dialog.getByLabel('Why is it deleted?').fill(reason);
    await dialog.getByRole('button', { name: 'Delete photo' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  // Storage probes (window.photoHarness).
  makeJpeg(spec: PhotoSpec): Promise<Buffer> {
    return this.page.evaluate((s) => window.photoHarness!.makeJpeg(s), spec).then((b64) => Buffer.from(b64, 'base64'));
  }
  state(): Promise<HarnessState> { return this.page.evaluate(() => window.photoHarness!.state()); }
  photos(): Promise<Photo[]> { return this.state().then((s) => s.photos); }
  storedSha(photoId: string): Promise<string> { return this.page.evaluate((id) => window.photoHarness!.storedSha(id), photoId); }
  blobStatus(photoId: string, variant: Variant): Promise<string> {
    return this.page.evaluate(([id, v]) => window.photoHarness!.blobStatus(id, v as Variant), [photoId, variant] as const);
  }
  async storedBytes(photoId: string, variant: Variant): Promise<Buffer | null> {
    const b64 = await this.page.evaluate(([id, v]) => window.photoHarness!.storedBytes(id, v as Variant), [photoId, variant] as const);
    return b64 === null ? null : Buffer.from(b64, 'base64');
  }
  decode(photoId: string, variant: Variant) {
    return this.page.evaluate(([id, v]) => window.photoHarness!.decode(id, v as Variant), [photoId, variant] as const);
  }
}
