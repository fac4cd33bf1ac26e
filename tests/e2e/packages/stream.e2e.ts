import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPackage } from '../../../renderer/domain/package';
import { AppShell } from '../pages/app-shell';
import { PackagesPanelPage } from '../pages/packages';
import { VisitChecklistPage } from '../pages/packages-visit';
import { VisitFormPage, VisitsPage } from '../pages/visits-page';
import { skipReason } from '../support/browser';
import { launchEvaluator, type Evaluator } from './harness';

interface TemplateFile { sections: { questions: { id: string; steps: { id: string }[] }[] }[] }
const template = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../templates/callcenter-inbound.json'), 'utf8')) as TemplateFile;
const question = template.sections.flatMap((s) => s.questions).find((q) => q.id === 'agent-seats')!;
const PHOTOS = 24;

/**
 * Chromium's save picker stands in for a native dialog here: it hands out a file in the origin-private file
 * system (which has the same createWritable as a file on disk), refuses like a user pressing Cancel, or
 * writes slowly so a test can cancel midway. Which one is set per test in window.__pickMode.
 */
function installPicker(): void {
  const w = window as unknown as { __pickMode: string; __picks: string[]; __aborted: boolean; showSaveFilePicker: unknown };
  w.__pickMode = 'file';
  w.__picks = [];
  w.__aborted = false;
  w.showSaveFilePicker = async (options: { suggestedName: string }) => {
    w.__picks.push(options.suggestedName);
    if (w.__pickMode === 'cancel') throw new DOMException('The user aborted a request.', 'AbortError');
    const root = await navigator.storage.getDirectory();
    const handle = await root.getFileHandle('picked.siteproof', { create: true });
    if (w.__pickMode !== 'slow') return handle;
    return {
      async createWritable() {
        const writer = (await handle.createWritable()).getWriter();
        return new WritableStream<Uint8Array>({
          async write(chunk) {
            await new Promise((r) => setTimeout(r, 300));
            await writer.write(chunk);
          },
          close: () => writer.close(),
          async abort(reason) {
            w.__aborted = true;
            await writer.abort(reason);
          },
        });
      },
    };
  };
}

describe.skipIf(skipReason() !== '')('a package streamed into a file picked in the browser', () => {
  let e: Evaluator;
  let panel: PackagesPanelPage;
  let first: Buffer;
  const picked = async () => Buffer.from(await e.page.evaluate(async () => {
    const file = await (await (await navigator.storage.getDirectory()).getFileHandle('picked.siteproof')).getFile();
    const bytes = new Uint8Array(await file.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }), 'base64');
  const setMode = (mode: 'file' | 'cancel' | 'slow') => e.page.evaluate((m) => { (window as unknown as { __pickMode: string }).__pickMode = m; }, mode);

  beforeAll(async () => {
    e = await launchEvaluator({ savePicker: true });
    await e.context.addInitScript(installPicker);
    await e.open('#/visits');
    const checklist = new VisitChecklistPage(e.page);
    await checklist.setAuthor('Olena Koval');
    const shell = new AppShell(e.page, 'en');
    await new VisitsPage(shell).openNew();
    const form = new VisitFormPage(shell);
    await form.fill({ vendor: 'Contact Plus', site: 'Lviv', dateFrom: '2025-06-18', evaluators: 'Olena Koval', target: 'C', seats: '40' });
    await form.submitNew();
    await e.page.waitForURL(/#\/visits\/[0-9a-f-]{36}$/);
    const visitId = /#\/visits\/([0-9a-f-]{36})$/.exec(e.page.url())![1];
    await e.page.evaluate(({ id, n, q, s }) => (window as unknown as { packagesHarness: { seedPhotos(a: string, b: number, c: string, d: string): Promise<void> } }).packagesHarness.seedPhotos(id, n, q, s),
      { id: visitId, n: PHOTOS, q: question.id, s: question.steps[0].id });
    await checklist.openShare();
    panel = new PackagesPanelPage(e.page);
  });

  afterAll(async () => {
    const report = { errors: e?.errors, offsite: e?.offsite };
    await e?.close();
    expect(report.offsite, 'the page made network requests').toEqual([]);
    expect(report.errors, 'the page logged errors').toEqual([]);
  });

  it('writes the package into the picked file, whole and readable, photos included', async () => {
    await panel.exportButton().click();
    await expect.poll(() => panel.region().getByText('Package ready: Contact-Plus-Lviv-2025-06-18.siteproof').count()).toBe(1);
    // No "downloaded from memory" note: the file was written straight to disk.
    expect(await panel.region().getByText(/cannot write straight to a file/).count()).toBe(0);
    first = await picked();
    const read = await readPackage(first);
    expect(read.ok, JSON.stringify(!read.ok && read.problems)).toBe(true);
    if (!read.ok) return;
    expect(read.manifest.visits[0].photos).toHaveLength(PHOTOS);
    expect(read.manifest.files.filter((f) => f.variant === 'original')).toHaveLength(PHOTOS);
  });

  it('says "not saved" when the user cancels the picker, and leaves the file as it was', async () => {
    await setMode('cancel');
    await panel.exportButton().click();
    await expect.poll(() => panel.region().getByText('The package was not saved.').count()).toBe(1);
    expect((await picked()).equals(first)).toBe(true);
  });

  it('cancel midway aborts the write: the picked file keeps its earlier content', async () => {
    await setMode('slow');
    await panel.exportButton().click();
    await panel.region().getByRole('button', { name: 'Cancel export' }).click();
    await expect.poll(() => panel.region().getByText('Export cancelled; no file was saved.').count()).toBe(1);
    expect(await e.page.evaluate(() => (window as unknown as { __aborted: boolean }).__aborted)).toBe(true);
    expect((await picked()).equals(first)).toBe(true);
  });
});
