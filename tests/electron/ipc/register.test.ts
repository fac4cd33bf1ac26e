import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../electron/ipc/contract';
import type { BoundHandlers } from '../../../electron/ipc/handlers';
import { registerIpc, type IpcMainLike, type InvokeEvent, type TrustedContents } from '../../../electron/ipc/register';

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** The main window's contents: its id and its top frame. */
const MAIN: TrustedContents = { id: 1, mainFrame: { processId: 7, routingId: 3 } };

/** A message from the main window's top frame showing `url`, unless `from` says otherwise. */
function eventFrom(url: string | null, from: { contentsId?: number; processId?: number; routingId?: number } = {}): InvokeEvent {
  const frame = { url: url ?? '', processId: from.processId ?? MAIN.mainFrame.processId, routingId: from.routingId ?? MAIN.mainFrame.routingId };
  return { sender: { id: from.contentsId ?? MAIN.id }, senderFrame: url === null ? null : frame };
}

function setup(overrides: Partial<BoundHandlers> = {}, mainContents: () => TrustedContents | null = () => MAIN) {
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
    'package:open-write': vi.fn(async () => ({ ok: true as const, value: null })),
    'package:write-chunk': vi.fn(async () => ({ ok: true as const, value: { written: 0 } })),
    'package:close-write': vi.fn(async () => ({ ok: true as const, value: { path: '/x.siteproof' } })),
    'package:abort-write': vi.fn(async () => ({ ok: true as const, value: { aborted: false } })),
    'storage:get-free-space': vi.fn(async () => ({ ok: true as const, value: { freeBytes: 1, totalBytes: 2 } })),
    ...overrides,
  } satisfies BoundHandlers;
  registerIpc(ipcMain, handlers, mainContents);
  const send = (channel: string, event: InvokeEvent, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  const invoke = (channel: string, url: string | null, ...args: unknown[]) => send(channel, eventFrom(url), ...args);
  return { listeners, handlers, invoke, send };
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

  const refused = (channel: string) => ({ ok: false, error: `Refused ${channel}: the request did not come from the app` });
  const input = { folder: '/media/usb', name: 'a.pdf', data: new Uint8Array([1]) };

  it('refuses an iframe of our own page: only the top frame of the main window is answered', async () => {
    const { handlers, send } = setup();
    expect(await send('sync:write-dossier', eventFrom('app://siteproof/index.html', { routingId: 4 }), input)).toEqual(refused('sync:write-dossier'));
    expect(await send('sync:write-dossier', eventFrom('app://siteproof/index.html', { processId: 8 }), input)).toEqual(refused('sync:write-dossier'));
    expect(handlers['sync:write-dossier']).not.toHaveBeenCalled();
  });

  it('refuses the top frame of any other window or web contents, even on our origin', async () => {
    const { handlers, send } = setup();
    expect(await send('sync:revoke-folder', eventFrom('app://siteproof/index.html', { contentsId: 2 }), { path: '/media/usb' })).toEqual(refused('sync:revoke-folder'));
    expect(handlers['sync:revoke-folder']).not.toHaveBeenCalled();
  });

  it('refuses everything while there is no main window, and follows the window when it is made again', async () => {
    let main: TrustedContents | null = null;
    const { handlers, send } = setup({}, () => main);
    expect(await send('app:get-version', eventFrom('app://siteproof/index.html'))).toEqual(refused('app:get-version'));
    main = { id: 5, mainFrame: { processId: 9, routingId: 1 } };
    expect(await send('app:get-version', eventFrom('app://siteproof/index.html'))).toEqual(refused('app:get-version'));
    expect(await send('app:get-version', eventFrom('app://siteproof/index.html', { contentsId: 5, processId: 9, routingId: 1 }))).toEqual({ ok: true, value: '0.1.0' });
    expect(handlers['app:get-version']).toHaveBeenCalledOnce();
  });
});
