// Wiring only: every decision lives in a tested module under electron/.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, systemPreferences } from 'electron';
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './fs/atomic-write';
import { APP_ID, PRODUCT_NAME } from './identity';
import { APP_ORIGIN, APP_SCHEME } from './ipc/contract';
import { createHandlers } from './ipc/handlers';
import { loadWithRecovery } from './load-recovery';
import { PackageWrites } from './ipc/handlers/package-write';
import { registerIpc } from './ipc/register';
import { menuTemplate } from './menu';
import { createAssetHandler } from './protocol/handler';
import { PRIVILEGED_SCHEMES } from './protocol/scheme';
import { guardContents } from './security/navigation';
import { isRequestAllowed } from './security/network';
import { createPermissionRequestHandler, decidePermissionCheck } from './security/permissions';
import { shellLang } from './shell-text';
import { createFolderGrants } from './sync/folder-grants';
import { mainWindowOptions } from './window-options';

// userData holds IndexedDB and the single-instance lock: pin it before anything reads it.
app.setName(PRODUCT_NAME);
app.setPath('userData', path.join(app.getPath('appData'), PRODUCT_NAME));
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);
// Every renderer sandboxed, including any a dependency might open, not only the windows we configure.
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): void {
  const win = new BrowserWindow(mainWindowOptions(path.join(__dirname, 'preload.cjs'), app.isPackaged));
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  loadWithRecovery(win, {
    url: `${APP_ORIGIN}/index.html`,
    lang: shellLang(app.getPreferredSystemLanguages()),
    now: () => Date.now(),
    notify: (message) => void dialog.showMessageBox(win, { type: 'warning', message, buttons: ['OK'] }).catch(() => undefined),
    log: (message) => console.error(message),
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function dialogParent(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? mainWindow ?? undefined;
}

async function onReady(): Promise<void> {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler(
    createPermissionRequestHandler(process.platform, {
      status: () => systemPreferences.getMediaAccessStatus('camera'),
      ask: () => systemPreferences.askForMediaAccess('camera'),
    }),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => decidePermissionCheck(permission, requestingOrigin, details));
  ses.setDevicePermissionHandler(() => false);
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => callback({ cancel: !isRequestAllowed(details.url) }));

  protocol.handle(APP_SCHEME, createAssetHandler(path.join(app.getAppPath(), 'dist'), { stat: fsp.stat, readFile: fsp.readFile }));

  registerIpc(
    ipcMain,
    createHandlers({
      version: app.getVersion(),
      fs: fsp,
      defaultDirectory: () => app.getPath('documents'),
      writeFile: (filePath, data) => writeFileAtomic(filePath, data),
      writeFileAtomic: (filePath, data) => writeFileAtomic(filePath, data),
      grants: createFolderGrants({ dir: app.getPath('userData'), fs: fsp, writeFileAtomic: (filePath, data) => writeFileAtomic(filePath, data) }),
      showSaveDialog: (options) => {
        const parent = dialogParent();
        return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
      },
      writeFs: fsp,
      packageWrites: new PackageWrites(),
      randomId: () => randomBytes(16).toString('hex'),
      statfs: (dir) => fsp.statfs(dir),
      dataDirectory: () => app.getPath('userData'),
      showOpenDialog: (options) => {
        const parent = dialogParent();
        return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
      },
    }),
    () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
  );

  const template = menuTemplate(process.platform, app.isPackaged);
  Menu.setApplicationMenu(template ? Menu.buildFromTemplate(template) : null);

  createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Two instances on one IndexedDB corrupt the backing store; the first one takes over.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  app.whenReady().then(onReady).catch((error: unknown) => {
    console.error('SiteProof failed to start:', error);
    app.exit(1);
  });
}
