import { isAppOrigin } from './origin';

/** The window only ever shows our own pages; links to anything else are refused, not opened elsewhere. */
export function isNavigationAllowed(url: unknown): boolean {
  return isAppOrigin(url);
}

interface PreventableEvent { preventDefault(): void }

/** The slice of Electron's WebContents the guards need, so they can be tested without Electron. */
export interface GuardableContents {
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', listener: (event: PreventableEvent & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Applied to every web contents the app creates: no foreign navigation, no popups, no <webview>. */
export function guardContents(contents: GuardableContents): void {
  const refuseForeign = (event: PreventableEvent & { url: string }) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-frame-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
