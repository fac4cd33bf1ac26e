import { describe, expect, it, vi } from 'vitest';
import { CRASH_RELOAD_WINDOW_MS, loadWithRecovery } from '../../electron/load-recovery';
import { shellText } from '../../electron/shell-text';
import { createFakeElectron } from './fake-electron';

const APP = 'app://siteproof/index.html';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A main window of the fake electron module, loaded the way main.ts loads it. */
function setup(loadURL?: (url: string) => Promise<unknown>) {
  const { FakeWindow } = createFakeElectron({ lock: true });
  const win = new FakeWindow({});
  if (loadURL) win.loadURL.mockImplementation(loadURL as never);
  let clock = 1_000_000;
  const deps = { url: APP, lang: 'en' as const, now: () => clock, notify: vi.fn(), log: vi.fn() };
  loadWithRecovery(win, deps);
  const loaded = () => win.loadURL.mock.calls.map((call) => (call as unknown as [string])[0]);
  const errorPage = () => {
    const url = loaded().at(-1) ?? '';
    return url.startsWith('data:text/html') ? decodeURIComponent(url.slice(url.indexOf(',') + 1)) : null;
  };
  return { win, deps, loaded, errorPage, advance: (ms: number) => { clock += ms; } };
}

const loadError = (code: string, errno: number) => Object.assign(new Error(`${code} (${errno}) loading '${APP}'`), { code, errno, url: APP });

describe('loadWithRecovery', () => {
  it('loads the app page and shows nothing else while it works', async () => {
    const { win, loaded, deps } = setup();
    await flush();
    expect(loaded()).toEqual([APP]);
    expect(win.show).not.toHaveBeenCalled();
    expect(deps.notify).not.toHaveBeenCalled();
  });

  it('a loadURL that fails shows the error page with a reload link, and shows the window', async () => {
    const { win, errorPage } = setup(async (url) => {
      if (url === APP) throw new Error('the app files are missing');
    });
    await flush();
    const page = errorPage();
    expect(page).toContain(shellText('en').title);
    expect(page).toContain(`<a href="${APP}">Reload</a>`);
    expect(page).toContain('the app files are missing');
    expect(win.show).toHaveBeenCalledOnce();
  });

  it('did-fail-load of the main frame shows the error page once, although loadURL rejects too', async () => {
    let rejectApp: (error: unknown) => void = () => undefined;
    const { win, loaded, errorPage } = setup((url) => (url === APP ? new Promise((_resolve, reject) => { rejectApp = reject; }) : Promise.resolve()));
    win.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', APP, true);
    rejectApp(loadError('ERR_FILE_NOT_FOUND', -6));
    await flush();
    expect(loaded().filter((url) => url.startsWith('data:'))).toHaveLength(1);
    expect(errorPage()).toContain('ERR_FILE_NOT_FOUND (-6)');
    expect(win.show).toHaveBeenCalledOnce();
  });

  it('a reload from the error page that fails again shows the error page again', async () => {
    const { win, loaded } = setup();
    await flush();
    win.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', APP, true);
    // The user clicked "Reload": the page navigates itself, and that navigation fails too.
    win.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', APP, true);
    expect(loaded().filter((url) => url.startsWith('data:'))).toHaveLength(2);
  });

  it.each([
    ['a failing iframe', [-6, 'ERR_FILE_NOT_FOUND', `${APP}#frame`, false]],
    ['a load cut short by the next one', [-3, 'ERR_ABORTED', APP, true]],
    ['the error page itself failing (no loop)', [-2, 'ERR_FAILED', 'data:text/html,x', true]],
  ])('ignores %s', async (_label, args) => {
    const { win, loaded } = setup();
    await flush();
    win.webContents.emit('did-fail-load', {}, ...args);
    expect(loaded()).toEqual([APP]);
    expect(win.show).not.toHaveBeenCalled();
  });

  it('reloads once after a renderer crash and says so', async () => {
    const { win, loaded, deps } = setup();
    await flush();
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    expect(loaded()).toEqual([APP, APP]);
    expect(deps.notify).toHaveBeenCalledExactlyOnceWith(shellText('en').crashReloaded('crashed'));
  });

  it('a second crash soon after shows the error page instead of reloading in a loop', async () => {
    const { win, loaded, deps, errorPage, advance } = setup();
    await flush();
    win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 });
    advance(30_000);
    win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 });
    expect(loaded().filter((url) => url === APP)).toHaveLength(2);
    expect(errorPage()).toContain(shellText('en').crashedAgain('oom'));
    expect(deps.notify).toHaveBeenCalledOnce();
    expect(win.show).toHaveBeenCalled();
  });

  it('a crash long after the last one gets its own reload', async () => {
    const { win, loaded, deps, advance } = setup();
    await flush();
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    advance(CRASH_RELOAD_WINDOW_MS + 1);
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    expect(loaded()).toEqual([APP, APP, APP]);
    expect(deps.notify).toHaveBeenCalledTimes(2);
  });

  it('does nothing for a renderer that exited cleanly or a window already closed', async () => {
    const { win, loaded, deps } = setup();
    await flush();
    win.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    win.destroyed = true;
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    win.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', APP, true);
    expect(loaded()).toEqual([APP]);
    expect(deps.notify).not.toHaveBeenCalled();
  });
});
