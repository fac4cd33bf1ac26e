import { isAppOrigin } from './security/origin';
import { errorPageUrl, shellText, type ShellLang } from './shell-text';

/**
 * The main window is created hidden and shown on `ready-to-show`. When its page never loads, or its renderer
 * dies, nothing else would ever show it: the user sees no window at all and thinks the app did not start. Here a
 * failed load becomes a plain error page (shown, with a reload link), and a crashed renderer is reloaded once,
 * with a message saying so; a second crash soon after shows the error page instead of reloading in a loop.
 */

/** Chromium's net::ERR_ABORTED: a load cut short by the next one (ours, when the error page replaces it). */
const ERR_ABORTED = -3;
/** A crash this long after the last automatic reload is a new incident, and gets its own reload. */
export const CRASH_RELOAD_WINDOW_MS = 5 * 60_000;

interface RenderProcessGoneDetails { reason: string; exitCode?: number }

/** The slice of Electron's BrowserWindow (and its webContents) this needs, so it is tested with a fake. */
export interface RecoverableWindow {
  loadURL(url: string): Promise<unknown>;
  show(): void;
  isDestroyed(): boolean;
  webContents: {
    on(event: 'did-fail-load', listener: (event: unknown, errorCode: number, errorDescription: string, validatedURL: string, isMainFrame: boolean) => void): unknown;
    on(event: 'render-process-gone', listener: (event: unknown, details: RenderProcessGoneDetails) => void): unknown;
  };
}

export interface LoadRecoveryDeps {
  /** The app's page, app://siteproof/index.html. */
  url: string;
  lang: ShellLang;
  now(): number;
  /** Tells the user something happened (a message box); must not block. */
  notify(message: string): void;
  log(message: string): void;
}

/** Loads the app's page into `win` and keeps it from ever being an invisible or dead window. */
export function loadWithRecovery(win: RecoverableWindow, deps: LoadRecoveryDeps): void {
  const text = shellText(deps.lang);
  let lastAutoReload: number | undefined;
  // Electron reports a failed load twice (did-fail-load, then loadURL rejects): the page is shown once per attempt.
  let attempts = 0;
  let reported = 0;

  const showError = (reason: string) => {
    if (win.isDestroyed()) return;
    deps.log(`SiteProof's page could not be shown: ${reason}`);
    win.loadURL(errorPageUrl(deps.lang, reason, deps.url)).catch((error: unknown) => deps.log(`The error page failed too: ${String(error)}`));
    win.show();
  };

  const loadApp = () => {
    const attempt = (attempts += 1);
    win.loadURL(deps.url).catch((error: unknown) => {
      // Cut short by a newer load (the error page, a reload): that one is watched in turn.
      if (reported >= attempt || isAborted(error)) return;
      reported = attempt;
      showError(describeLoadError(error));
    });
  };

  win.webContents.on('did-fail-load', (_event, errorCode, errorDescription, validatedURL, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    // Only our own page gets the error page: if the error page itself fails, showing it again would loop.
    if (!isAppOrigin(validatedURL)) {
      deps.log(`Could not load ${validatedURL}: ${errorDescription} (${errorCode})`);
      return;
    }
    reported = attempts;
    showError(`${errorDescription} (${errorCode})`);
  });

  win.webContents.on('render-process-gone', (_event, details) => {
    deps.log(`Renderer process gone: ${details.reason}`);
    if (win.isDestroyed() || details.reason === 'clean-exit') return;
    const now = deps.now();
    if (lastAutoReload !== undefined && now - lastAutoReload < CRASH_RELOAD_WINDOW_MS) {
      showError(text.crashedAgain(details.reason));
      return;
    }
    lastAutoReload = now;
    loadApp();
    deps.notify(text.crashReloaded(details.reason));
  });

  loadApp();
}

/** Electron rejects loadURL with an Error carrying `code` ('ERR_FILE_NOT_FOUND') and `errno` (-6). */
function isAborted(error: unknown): boolean {
  const { code, errno } = (error ?? {}) as { code?: unknown; errno?: unknown };
  return code === 'ERR_ABORTED' || errno === ERR_ABORTED;
}

function describeLoadError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}
