import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../electron/window-options';

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the renderer and loads our preload', () => {
    const { webPreferences } = mainWindowOptions('/app/dist-electron/preload.cjs', true);
    expect(webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('offers DevTools only in development', () => {
    expect(mainWindowOptions('/p', true).webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions('/p', false).webPreferences?.devTools).toBe(true);
  });
});
