import { vi } from 'vitest';

type Fn = (...args: never[]) => unknown;

/** A stand-in for the `electron` module (its binary is not installed here) that records how main.ts wires it. */
export function createFakeElectron(options: { lock: boolean; platform?: NodeJS.Platform }) {
  const order: string[] = [];
  const appListeners = new Map<string, Fn>();
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  let nextId = 1;

  /** A webContents that remembers its listeners so tests can fire Electron's events at it. */
  class FakeWebContents {
    readonly id = nextId++;
    listeners = new Map<string, Fn[]>();
    /** The top frame; iframes would be other objects with `parent` set. */
    mainFrame = { url: 'app://siteproof/index.html', processId: 7, routingId: this.id, parent: null };
    on = vi.fn((event: string, listener: Fn) => {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    });
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
    }
  }

  class FakeWindow {
    static all: FakeWindow[] = [];
    static getAllWindows = () => FakeWindow.all;
    static getFocusedWindow = () => null;
    listeners = new Map<string, Fn>();
    minimized = true;
    loadURL = vi.fn(async () => undefined);
    restore = vi.fn(() => {
      this.minimized = false;
    });
    show = vi.fn();
    focus = vi.fn();
    webContents = new FakeWebContents();
    destroyed = false;
    isDestroyed = () => this.destroyed;
    constructor(readonly options: { webPreferences?: { preload?: string } }) {
      order.push('new BrowserWindow');
      FakeWindow.all.push(this);
    }
    once(event: string, listener: Fn) {
      this.listeners.set(event, listener);
    }
    on(event: string, listener: Fn) {
      this.listeners.set(event, listener);
    }
    isMinimized() {
      return this.minimized;
    }
  }

  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };

  const module = {
    app: {
      isPackaged: true,
      setName: vi.fn((name: string) => order.push(`setName ${name}`)),
      getPath: vi.fn((name: string) => `/fake/${name}`),
      setPath: vi.fn((name: string, value: string) => order.push(`setPath ${name} ${value}`)),
      setAppUserModelId: vi.fn(),
      enableSandbox: vi.fn(() => order.push('enableSandbox')),
      requestSingleInstanceLock: vi.fn(() => {
        order.push('requestSingleInstanceLock');
        return options.lock;
      }),
      quit: vi.fn(() => order.push('quit')),
      exit: vi.fn(),
      on: vi.fn((event: string, listener: Fn) => appListeners.set(event, listener)),
      whenReady: vi.fn(() => ready),
      isReady: vi.fn(() => true),
      getVersion: () => '0.1.0',
      getAppPath: () => '/fake/app',
      getPreferredSystemLanguages: vi.fn(() => ['en-GB']),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => order.push('registerSchemesAsPrivileged')),
      handle: vi.fn(() => order.push('protocol.handle')),
    },
    session: { defaultSession: session },
    ipcMain: { handle: vi.fn() },
    BrowserWindow: FakeWindow,
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
    systemPreferences: { getMediaAccessStatus: vi.fn(() => 'granted'), askForMediaAccess: vi.fn(async () => true) },
  };

  return { module, order, appListeners, session, FakeWindow, FakeWebContents, markReady };
}
