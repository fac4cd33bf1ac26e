import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../electron/ipc/contract';

describe('electron/preload.ts', () => {
  it('exposes the contract bridge as window.siteproof and routes calls through ipcRenderer.invoke', async () => {
    const exposeInMainWorld = vi.fn();
    const invoke = vi.fn(async () => ({ ok: true, value: '0.1.0' }));
    vi.resetModules();
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke, send: vi.fn(), on: vi.fn() } }));
    await import('../../electron/preload');
    vi.doUnmock('electron');

    expect(exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, bridge] = exposeInMainWorld.mock.calls[0] as [string, Record<string, (...args: unknown[]) => Promise<unknown>>];
    expect(key).toBe('siteproof');
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(CHANNELS).sort());
    expect(await bridge.getVersion()).toEqual({ ok: true, value: '0.1.0' });
    expect(invoke).toHaveBeenLastCalledWith('app:get-version');
    await bridge.listSyncPackages({ path: '/media/usb' });
    expect(invoke).toHaveBeenLastCalledWith('sync:list-packages', { path: '/media/usb' });
  });
});
