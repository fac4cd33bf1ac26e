import type { BrowserWindowConstructorOptions } from 'electron';
import { PRODUCT_NAME } from './identity';

/**
 * The main window. The renderer gets no Node, runs sandboxed in its own JS world, and can reach the main process
 * only through the preload's contract methods. Spellcheck stays off: on Linux it downloads dictionaries.
 */
export function mainWindowOptions(preloadPath: string, isPackaged: boolean): BrowserWindowConstructorOptions {
  return {
    title: PRODUCT_NAME,
    width: 1280,
    height: 860,
    minWidth: 760,
    minHeight: 560,
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: !isPackaged,
    },
  };
}
