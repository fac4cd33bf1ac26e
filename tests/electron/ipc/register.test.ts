import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../electron/ipc/contract';
import type { BoundHandlers } from '../../../electron/ipc/handlers';
import { registerIpc, type IpcMainLike, type InvokeEvent } from '../../../electron/ipc/register';

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

function setup(overrides: Partial<BoundHandlers> = {}) {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
  };
  const handlers = {
    'app:get-version': vi.fn(async () => ({ ok: true as const, value: '0.1.0' })),
    'file:save-file': vi.fn(async () => ({ ok: true as const, value: { saved: false } })),
    'sync:choose-folder': vi.fn(async () => ({ ok: true as const, value: null })),
    'sync:list-folders': vi.fn(async () => ({ ok: true as const, value: [] })),
    'sync:revoke-folder': vi.fn(async () => ({ ok: true as const, value: { revoked: true } })),
    'sync:list-packages': vi.fn(async () => ({ ok: true as const, value: [] })),
    'sync:read-file': vi.fn(async () => ({ ok: true as const, value: new Uint8Array() })),
    'sync:write-file': vi.fn(async () => ({ ok: true as const, value: { path: '/x' } })),
    'sync:write-dossier': vi.fn(async () => ({ ok: true as const, value: { path: '/x.pdf' } })),
    ...overrides,
  } satisfies BoundHandlers;
  registerIpc(ipcMain, handlers);
  const invoke = (channel: string, url: string | null, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: url === null ? null : { url } }, ...args);
  };
  return { listeners, handlers, invoke };
}

describe('registerIpc', () => {
  it('registers exactly one handler per contract channel', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('passes the input of a message from our page to its handler and returns its result', async () => {
    const { handlers, invoke } = setup();
    const input = { path: '/media/usb' };
    expect(await invoke('sync:list-packages', 'app://siteproof/index.html#/visits', input)).toEqual({ ok: true, value: [] });
    expect(handlers['sync:list-packages']).toHaveBeenCalledWith(input);
  });

  it.each([
    'https://evil.example/',
    'app://evil/index.html',
    'app://siteproof.evil.com/index.html',
    'file:///home/eva/page.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
    null,
  ])('refuses a message from %j without calling the handler', async (url) => {
    const { handlers, invoke } = setup();
    const result = await invoke('file:save-file', url, { suggestedName: 'a.pdf', data: new Uint8Array() });
    expect(result).toEqual({ ok: false, error: 'Refused file:save-file: the request did not come from the app' });
    expect(handlers['file:save-file']).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/',
    'app://siteproof.evil.com/index.html',
    null,
  ])('refuses a dossier write from %j without calling the handler', async (url) => {
    const { handlers, invoke } = setup();
    const result = await invoke('sync:write-dossier', url, { folder: '/media/usb', name: 'a.pdf', data: new Uint8Array() });
    expect(result).toEqual({ ok: false, error: 'Refused sync:write-dossier: the request did not come from the app' });
    expect(handlers['sync:write-dossier']).not.toHaveBeenCalled();
  });

  it('passes a dossier write from our page to its handler', async () => {
    const { handlers, invoke } = setup();
    const input = { folder: '/media/usb', name: 'a.pdf', data: new Uint8Array([1]) };
    expect(await invoke('sync:write-dossier', 'app://siteproof/index.html#/visit/v1', input)).toEqual({ ok: true, value: { path: '/x.pdf' } });
    expect(handlers['sync:write-dossier']).toHaveBeenCalledWith(input);
  });

  it('turns a thrown error into {ok:false,error}', async () => {
    const { invoke } = setup({
      'sync:read-file': async () => {
        throw new Error('disk unplugged');
      },
    });
    expect(await invoke('sync:read-file', 'app://siteproof/index.html', {})).toEqual({ ok: false, error: 'disk unplugged' });
  });

  it('turns a thrown non-Error into a generic message', async () => {
    const { invoke } = setup({
      'app:get-version': () => Promise.reject(undefined),
    });
    expect(await invoke('app:get-version', 'app://siteproof/index.html')).toEqual({ ok: false, error: 'Unexpected error' });
  });
});
