import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../electron/ipc/contract';
import { PRIVILEGED_SCHEMES } from '../../electron/protocol/scheme';
import { createFakeElectron } from './fake-electron';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function loadMain(lock: boolean) {
  const fake = createFakeElectron({ lock });
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  await import('../../electron/main');
  return fake;
}

afterEach(() => {
  vi.doUnmock('electron');
});

describe('electron/main.ts wiring', () => {
  it('pins userData, registers app:// as privileged and takes the single-instance lock before ready', async () => {
    const fake = await loadMain(true);
    expect(fake.module.app.setPath).toHaveBeenCalledWith('userData', path.join('/fake/appData', 'SiteProof'));
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith(PRIVILEGED_SCHEMES);
    expect(fake.module.app.enableSandbox).toHaveBeenCalled();
    // The lock lives in userData, so userData must be pinned first.
    expect(fake.order.indexOf(`setPath userData ${path.join('/fake/appData', 'SiteProof')}`)).toBeLessThan(fake.order.indexOf('requestSingleInstanceLock'));
    expect(fake.order).not.toContain('new BrowserWindow');
    expect(fake.module.protocol.handle).not.toHaveBeenCalled();
  });

  it('a second instance quits at once and sets nothing up', async () => {
    const fake = await loadMain(false);
    expect(fake.module.app.quit).toHaveBeenCalled();
    expect(fake.module.app.whenReady).not.toHaveBeenCalled();
    expect(fake.appListeners.size).toBe(0);
  });

  it('on ready installs the security policy, the protocol, IPC and the window', async () => {
    const fake = await loadMain(true);
    fake.markReady();
    await flush();

    const check = fake.session.setPermissionCheckHandler.mock.calls[0][0] as (...args: unknown[]) => boolean;
    expect(check(null, 'media', 'app://siteproof', { mediaType: 'video', isMainFrame: true })).toBe(true);
    expect(check(null, 'media', 'app://siteproof', { mediaType: 'audio', isMainFrame: true })).toBe(false);
    expect(check(null, 'geolocation', 'app://siteproof', { isMainFrame: true })).toBe(false);

    const request = fake.session.setPermissionRequestHandler.mock.calls[0][0] as (...args: unknown[]) => void;
    const answer = await new Promise((resolve) => request(null, 'notifications', resolve, { requestingUrl: 'app://siteproof/', isMainFrame: true }));
    expect(answer).toBe(false);

    expect(fake.session.setDevicePermissionHandler.mock.calls[0][0]()).toBe(false);
    expect(fake.session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);

    const [filter, onBeforeRequest] = fake.session.webRequest.onBeforeRequest.mock.calls[0] as [{ urls: string[] }, (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void];
    expect(filter.urls).toEqual(['<all_urls>']);
    const cancelled = (url: string) => new Promise((resolve) => onBeforeRequest({ url }, (response) => resolve(response.cancel)));
    expect(await cancelled('https://example.com/')).toBe(true);
    expect(await cancelled('app://siteproof/index.html')).toBe(false);

    expect(fake.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const channels = fake.module.ipcMain.handle.mock.calls.map((call) => call[0]);
    expect(channels.sort()).toEqual(Object.values(CHANNELS).sort());

    expect(fake.FakeWindow.all).toHaveLength(1);
    const [win] = fake.FakeWindow.all;
    expect(win.options.webPreferences?.preload).toMatch(/preload\.cjs$/);
    expect(win.loadURL).toHaveBeenCalledWith('app://siteproof/index.html');
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalled();
    // The protocol must be in place before the window asks for its page.
    expect(fake.order.indexOf('protocol.handle')).toBeLessThan(fake.order.indexOf('new BrowserWindow'));
  });

  it('wires the sync channels to the folder grants: a folder not picked in the dialog is refused', async () => {
    const fake = await loadMain(true);
    fake.markReady();
    await flush();
    const [, listener] = fake.module.ipcMain.handle.mock.calls.find((call) => call[0] === 'sync:list-packages') as unknown as [string, (event: unknown, input: unknown) => Promise<unknown>];
    const [win] = fake.FakeWindow.all;
    const result = await listener({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, { path: os.tmpdir() });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('Choose the sync folder again') });
  });

  it('answers IPC only from the main window\'s top frame', async () => {
    const fake = await loadMain(true);
    fake.markReady();
    await flush();
    const [, listener] = fake.module.ipcMain.handle.mock.calls.find((call) => call[0] === 'app:get-version') as unknown as [string, (event: unknown) => Promise<unknown>];
    const [win] = fake.FakeWindow.all;
    expect(await listener({ sender: win.webContents, senderFrame: win.webContents.mainFrame })).toEqual({ ok: true, value: '0.1.0' });
    const iframe = { ...win.webContents.mainFrame, routingId: win.webContents.mainFrame.routingId + 100, parent: win.webContents.mainFrame };
    expect(await listener({ sender: win.webContents, senderFrame: iframe })).toEqual({ ok: false, error: 'Refused app:get-version: the request did not come from the app' });
    const other = new fake.FakeWebContents();
    expect(await listener({ sender: other, senderFrame: other.mainFrame })).toEqual({ ok: false, error: 'Refused app:get-version: the request did not come from the app' });
  });

  it('guards every web contents the app creates', async () => {
    const fake = await loadMain(true);
    const onCreated = fake.appListeners.get('web-contents-created') as (event: unknown, contents: unknown) => void;
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    onCreated({}, contents);
    expect(contents.on.mock.calls.map((call) => call[0])).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
    expect(contents.setWindowOpenHandler.mock.calls[0][0]({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('a second launch brings the first window back', async () => {
    const fake = await loadMain(true);
    fake.markReady();
    await flush();
    (fake.appListeners.get('second-instance') as () => void)();
    const [win] = fake.FakeWindow.all;
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('a page that fails to load becomes a shown error page in the system language, not an invisible window', async () => {
    const fake = await loadMain(true);
    fake.module.app.getPreferredSystemLanguages.mockReturnValue(['uk-UA']);
    fake.markReady();
    await flush();
    const [win] = fake.FakeWindow.all;
    win.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://siteproof/index.html', true);
    const last = (win.loadURL.mock.calls.at(-1) as unknown as [string])[0];
    expect(decodeURIComponent(last)).toContain('<a href="app://siteproof/index.html">Перезавантажити</a>');
    expect(win.show).toHaveBeenCalled();
  });

  it('a crashed renderer is reloaded once and the user is told', async () => {
    const fake = await loadMain(true);
    fake.markReady();
    await flush();
    const [win] = fake.FakeWindow.all;
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    expect(win.loadURL.mock.calls.map((call) => (call as unknown as [string])[0])).toEqual(['app://siteproof/index.html', 'app://siteproof/index.html']);
    expect(fake.module.dialog.showMessageBox).toHaveBeenCalledWith(win, expect.objectContaining({ type: 'warning', message: expect.stringContaining('(crashed) and was reloaded') }));
  });
});
