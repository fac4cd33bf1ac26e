import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bridge } from '../../../electron/ipc/contract';
import { AppShell } from '../pages/app-shell';
import { SyncFolderPage } from '../pages/packages';
import { VisitChecklistPage } from '../pages/packages-visit';
import { VisitFormPage, VisitsPage } from '../pages/visits-page';
import { skipReason } from '../support/browser';
import { harnessServer, launchEvaluator, type Evaluator } from './harness';

/**
 * The folders the desktop app may use, listed and revoked from the visit's "Share" tab. The page runs with a
 * stand-in for the preload's bridge (window.siteproof) that keeps the grants as the main process does: in a list
 * that outlives a reload (here in localStorage), latest pick first, and refuses nothing it was not asked.
 */
const DOCUMENTS = '/home/olena/Documents';
const USB = '/media/usb';

function installBridge({ initial, choose }: { initial: string[]; choose: string }): void {
  const KEY = 'test.grants';
  const read = (): string[] => JSON.parse(localStorage.getItem(KEY) ?? 'null') ?? initial;
  const write = (list: string[]) => localStorage.setItem(KEY, JSON.stringify(list));
  const calls: unknown[][] = JSON.parse(localStorage.getItem('test.calls') ?? '[]');
  const record = (...call: unknown[]) => { calls.push(call); localStorage.setItem('test.calls', JSON.stringify(calls)); };
  const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
  const bridge: Bridge = {
    getVersion: () => ok('0.1.0'),
    saveFile: () => ok({ saved: false }),
    chooseSyncFolder: () => {
      record('chooseSyncFolder');
      write([choose, ...read().filter((p) => p !== choose)]);
      return ok({ path: choose });
    },
    listSyncFolders: () => ok(read().map((path) => ({ path }))),
    revokeSyncFolder: (input) => {
      record('revokeSyncFolder', input);
      const before = read();
      write(before.filter((p) => p !== input.path));
      return ok({ revoked: before.includes(input.path) });
    },
    listSyncPackages: () => ok([]),
    readSyncFile: () => Promise.resolve({ ok: false as const, error: 'no file' }),
    writeSyncFile: (input) => ok({ path: `${input.folder}/${input.name}` }),
    writeSyncDossier: (input) => ok({ path: `${input.folder}/${input.name}` }),
    // This test saves nothing through the streamed write; the dialog is cancelled as saveFile is.
    openPackageWrite: () => ok(null),
    getFreeSpace: () => ok({ freeBytes: 50 * 1024 ** 3, totalBytes: 100 * 1024 ** 3 }),
    writePackageChunk: () => Promise.resolve({ ok: false as const, error: 'no write open' }),
    closePackageWrite: () => Promise.resolve({ ok: false as const, error: 'no write open' }),
    abortPackageWrite: () => ok({ aborted: false }),
  };
  Object.defineProperty(window, 'siteproof', { value: Object.freeze(bridge) });
}

const calls = (e: Evaluator) => e.page.evaluate(() => JSON.parse(localStorage.getItem('test.calls') ?? '[]') as unknown[][]);

describe.skipIf(skipReason() !== '')('folders the desktop app may use', () => {
  let e: Evaluator;
  let visitRoute = '';

  beforeAll(async () => {
    e = await launchEvaluator();
    // The function reaches the page as source text: everything it uses comes in through its argument.
    await e.context.addInitScript(installBridge, { initial: [DOCUMENTS], choose: USB });
  });

  afterAll(async () => {
    const { errors, offsite } = e;
    await e.close();
    expect(offsite, 'the page made network requests').toEqual([]);
    expect(errors, 'the page logged errors').toEqual([]);
  });

  it('lists the folder picked before, and a folder chosen now first', async () => {
    await e.open('#/visits');
    const checklist = new VisitChecklistPage(e.page);
    await checklist.setAuthor('Olena Koval');
    const shell = new AppShell(e.page, 'en');
    await new VisitsPage(shell).openNew();
    await new VisitFormPage(shell).fill({ vendor: 'Contact Plus', site: 'Kyiv', dateFrom: '2025-06-17', evaluators: 'Olena Koval', target: 'C', seats: '40' });
    await new VisitFormPage(shell).submitNew();
    await e.page.waitForURL(/#\/visits\/[0-9a-f-]{36}$/);
    visitRoute = new URL(e.page.url()).hash;
    await checklist.openShare();

    const sync = new SyncFolderPage(e.page);
    await sync.folderLine(null).waitFor();
    await expect.poll(() => sync.granted()).toEqual([DOCUMENTS]);
    await sync.chooseButton().click();
    await sync.folderLine(USB).waitFor();
    await expect.poll(() => sync.granted()).toEqual([USB, DOCUMENTS]);
  });

  it('revokes a folder by its accessible name and keeps the others', async () => {
    const sync = new SyncFolderPage(e.page);
    await sync.revokeButton(DOCUMENTS).click();
    await sync.revokedStatus(DOCUMENTS).waitFor();
    await expect.poll(() => sync.granted()).toEqual([USB]);
    expect(await calls(e)).toContainEqual(['revokeSyncFolder', { path: DOCUMENTS }]);
    // The folder in use is another one: it stays chosen and the sync stays available.
    await sync.folderLine(USB).waitFor();
    expect(await sync.syncNowButton().isEnabled()).toBe(true);
  });

  it('revoking the folder in use un-chooses it, so the sync cannot be started on it', async () => {
    const sync = new SyncFolderPage(e.page);
    await sync.revokeButton(USB).click();
    await sync.noneNote().waitFor();
    await sync.folderLine(null).waitFor();
    expect(await sync.syncNowButton().isDisabled()).toBe(true);
    expect(await sync.granted()).toEqual([]);
  });

  it('shows the list in Russian after a restart, with Russian names on the controls', async () => {
    const server = await harnessServer();
    await e.page.goto(`${server.url}features/packages/harness/index.html?lang=ru${visitRoute}`);
    await e.page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    const checklist = new VisitChecklistPage(e.page, 'ru');
    await checklist.openShare();
    const sync = new SyncFolderPage(e.page, 'ru');
    await sync.noneNote().waitFor();
    expect(await sync.noneNote().innerText()).toBe('Сейчас SiteProof не может использовать ни одну папку.');
    await sync.chooseButton().click();
    await sync.revokeButton(USB).waitFor();
    expect(await sync.access().getByRole('button', { name: `Закрыть доступ к папке ${USB}` }).count()).toBe(1);
  });
});
