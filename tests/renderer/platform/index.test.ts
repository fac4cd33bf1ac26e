import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../../electron/ipc/bridge';
import { selectPlatform } from '../../../renderer/platform';
import type { WebEnv } from '../../../renderer/platform/web';

describe('selectPlatform', () => {
  it('uses Electron when the preload exposed the bridge', () => {
    const webEnv = vi.fn(() => ({}) as WebEnv);
    const platform = selectPlatform(createBridge(vi.fn()), webEnv);
    expect(platform.kind).toBe('electron');
    expect(webEnv).not.toHaveBeenCalled();
  });

  it('falls back to the browser without it', () => {
    const platform = selectPlatform(undefined, () => ({}) as WebEnv);
    expect(platform.kind).toBe('web');
    expect(platform.sync).toBeNull();
  });
});

describe('getPlatform', () => {
  it('detects the browser fallback where there is no window.siteproof, without touching the DOM', async () => {
    const { getPlatform, setPlatform } = await import('../../../renderer/platform');
    setPlatform(undefined);
    expect(getPlatform().kind).toBe('web');
    expect(getPlatform()).toBe(getPlatform());
  });

  it('picks up window.siteproof when the preload exposed it', async () => {
    const { getPlatform, setPlatform } = await import('../../../renderer/platform');
    setPlatform(undefined);
    vi.stubGlobal('window', { siteproof: createBridge(vi.fn()) });
    try {
      expect(getPlatform().kind).toBe('electron');
    } finally {
      vi.unstubAllGlobals();
      setPlatform(undefined);
    }
  });

  it('can be replaced, e.g. by a test', async () => {
    const { getPlatform, setPlatform } = await import('../../../renderer/platform');
    const fake = selectPlatform(undefined, () => ({}) as WebEnv);
    setPlatform(fake);
    expect(getPlatform()).toBe(fake);
    setPlatform(undefined);
  });
});
