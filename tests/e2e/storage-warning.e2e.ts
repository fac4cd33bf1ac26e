import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bridge } from '../../electron/ipc/contract';
import type { Template } from '../../renderer/domain/template/schema';
import { formatBytes } from '../../renderer/features/photos/format';
import { AppShell } from './pages/app-shell';
import { createVisit } from './pages/visits-page';
import { VisitPageObject } from './pages/visit-page';
import { closeClean, favicon, launchApp, skipReason, type AppSession } from './support/browser';

const template = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../templates/callcenter-inbound.json'), 'utf8')) as Template;
const MB = 1024 ** 2;

/** The desktop bridge as the preload exposes it, with the main process reading `freeBytes` free on the data disk. */
function installBridge({ freeBytes }: { freeBytes: number }): void {
  const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
  const no = () => Promise.resolve({ ok: false as const, error: 'not in this test' });
  const bridge: Bridge = {
    getVersion: () => ok('0.1.0'),
    saveFile: () => ok({ saved: false }),
    chooseSyncFolder: () => ok(null),
    listSyncFolders: () => ok([]),
    revokeSyncFolder: () => ok({ revoked: false }),
    listSyncPackages: () => ok([]),
    readSyncFile: no,
    writeSyncFile: no,
    writeSyncDossier: no,
    openPackageWrite: () => ok(null),
    writePackageChunk: no,
    closePackageWrite: no,
    abortPackageWrite: () => ok({ aborted: false }),
    getFreeSpace: () => ok({ freeBytes, totalBytes: 8 * 1024 ** 3 }),
  };
  Object.defineProperty(window, 'siteproof', { value: Object.freeze(bridge) });
}

/** A JPEG made by the browser itself. */
async function makeJpeg(s: AppSession): Promise<Buffer> {
  const b64 = await s.page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 640;
    c.height = 480;
    const g = c.getContext('2d')!;
    g.fillStyle = '#1d3557';
    g.fillRect(0, 0, 640, 480);
    return c.toDataURL('image/jpeg', 0.85).split(',')[1];
  });
  return Buffer.from(b64, 'base64');
}

describe.skipIf(skipReason() !== '')('low storage', () => {
  let s: AppSession | null = null;
  afterEach(async () => {
    if (s) await closeClean(s, favicon);
    s = null;
  });

  it('warns in the UI language when the desktop app reads little free disk space, though the browser reports a large quota', async () => {
    s = await launchApp();
    await s.context.addInitScript(installBridge, { freeBytes: 40 * MB });
    const shell = new AppShell(s.page, 'ru');
    await s.open('#/visits');
    // The browser's own estimate says there is room (a quota of gigabytes): the disk's figure wins.
    const quota = await s.page.evaluate(async () => (await navigator.storage.estimate()).quota ?? 0);
    expect(quota).toBeGreaterThan(500 * MB);
    const banner = shell.alert(shell.t('app', 'storage.lowTitle', { free: formatBytes(40 * MB, 'ru') }));
    await banner.waitFor();
    expect(await banner.innerText()).toContain(shell.t('app', 'storage.lowText'));

    await shell.setLanguage('uk');
    await shell.alert(shell.t('app', 'storage.lowTitle', { free: formatBytes(40 * MB, 'uk') })).waitFor();
  });

  it('stays quiet with room on the disk', async () => {
    s = await launchApp();
    await s.context.addInitScript(installBridge, { freeBytes: 20 * 1024 ** 3 });
    const shell = new AppShell(s.page, 'ru');
    await s.open('#/visits');
    await s.page.waitForTimeout(500);
    expect(await s.page.getByText(shell.t('app', 'storage.lowText')).count()).toBe(0);
  });

  it('says storage is full, and that nothing captured is lost, when a photo cannot be written', async () => {
    const session = await launchApp({ width: 1366, height: 900 });
    s = session;
    const shell = new AppShell(session.page, 'ru');
    const v = new VisitPageObject(shell, template);
    await session.open('#/visits');
    await createVisit(session, shell, {
      template: `${template.id}@${template.version}`, vendor: 'Full Disk Odesa', site: 'Odesa, Deribasivska 3', dateFrom: '2025-06-02',
      evaluators: 'Olena Koval', target: 'B', seats: '20',
    });
    await v.waitReady('Full Disk Odesa');
    await v.openQuestion(1);
    const step = v.step(1, 'count-seats');
    await v.countInput(step).fill('20');
    await v.countInput(step).blur();
    await v.waitSaved(step);

    // The disk fills up: every IndexedDB write is refused as Chromium refuses it then.
    await session.page.evaluate(() => {
      const refuse = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
      IDBObjectStore.prototype.put = refuse;
      IDBObjectStore.prototype.add = refuse;
    });
    await v.importPhoto(step, { name: 'seats.jpg', mimeType: 'image/jpeg', buffer: await makeJpeg(session) });
    const banner = shell.alert(shell.t('app', 'storage.fullTitle'));
    await banner.waitFor();
    expect(await banner.innerText()).toContain(shell.t('app', 'storage.fullText'));
    expect(shell.t('app', 'storage.fullText')).toContain('не потеряно');

    // What was captured before is still there after a restart.
    await session.page.reload();
    await v.waitReady('Full Disk Odesa');
    await v.openQuestion(1);
    expect(await v.countInput(v.step(1, 'count-seats')).inputValue()).toBe('20');
  }, 180_000);
});
