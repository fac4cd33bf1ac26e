import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipReason } from '../support/browser';
import { launchHarness, type DossierHarness } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'siteproof-dossier-e2e-'));
function pdf(bytes: Buffer, name: string): { text: string; images: number } {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2).length;
  return { text, images };
}

describe.skipIf(skipReason() !== '')('dossier in the browser', () => {
  let h: DossierHarness;
  beforeAll(async () => {
    h = await launchHarness();
    await h.open('en');
  }, 180_000);
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes the full dossier in a worker, in the chosen language, and saves it', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Audit dossier (PDF)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Audit dossier' });
    await dialog.getByLabel('Language of the dossier').selectOption('uk');
    await dialog.getByRole('button', { name: 'Create PDF' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 60_000 }).toBe('The PDF is saved.');
    const [file] = await h.saved();
    expect(file.name).toBe('SiteProof ТОВ «Контакт-Сервіс Київ» № 2 2025-03-12 uk.pdf');
    expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, images } = pdf(file.bytes, 'full.pdf');
    expect(text).toContain('Досьє перевірки');
    expect(text).toContain('ґанок і їдальня');
    expect(text).toContain('ХЕШ НЕ ЗБІГАЄТЬСЯ');
    // Three photos: two with a report copy are embedded, the third is listed with a note.
    expect(images).toBe(2);
    expect(text).toContain('немає копії для звіту');
    await dialog.getByRole('button', { name: 'Close' }).click();
  }, 120_000);

  it('makes the light version without images', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Audit dossier (PDF)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Audit dossier' });
    await dialog.getByLabel('Include photos').uncheck();
    await dialog.getByRole('button', { name: 'Create PDF' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 60_000 }).toBe('The PDF is saved.');
    const files = await h.saved();
    expect(files).toHaveLength(2);
    expect(files[1].name).toMatch(/ en light\.pdf$/);
    const { text, images } = pdf(files[1].bytes, 'light.pdf');
    expect(images).toBe(0);
    expect(text).toContain('not embedded (light version)');
    await dialog.getByRole('button', { name: 'Close' }).click();
  }, 120_000);

  it('cancels while working and saves nothing', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Audit dossier (PDF)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Audit dossier' });
    await dialog.getByRole('button', { name: 'Create PDF' }).click();
    await expect.poll(() => dialog.getByRole('progressbar', { name: 'Progress of the PDF' }).isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Cancelled. Nothing was saved.');
    expect(await h.saved()).toHaveLength(2);
    await dialog.getByRole('button', { name: 'Close' }).click();
  }, 120_000);

  it('compares visits of one target category and refuses mixed ones', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Compare vendors (PDF)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare vendors' });
    const create = dialog.getByRole('button', { name: 'Create comparison' });
    await dialog.getByRole('checkbox', { name: /^ТОВ «Контакт-Сервіс Київ» № 2/ }).check();
    expect(await create.isDisabled()).toBe(true);
    await dialog.getByRole('checkbox', { name: /^ООО «Бета-Колл»/ }).check();
    await create.click();
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 60_000 }).toBe('The PDF is saved.');
    const files = await h.saved();
    const { text } = pdf(files[2].bytes, 'comparison.pdf');
    expect(text).toContain('Vendor comparison');
    expect(text).toContain('ООО «Бета-Колл»');

    await dialog.getByRole('checkbox', { name: /^Gamma Ltd/ }).check();
    await create.click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('different target categories (B, A)');
    expect(await h.saved()).toHaveLength(3);
  }, 120_000);

  it('made no request outside the app and logged no error', () => {
    expect(h.offsite).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
