import { describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../electron/ipc/contract';
import { createElectronPlatform, unwrap } from '../../../renderer/platform/electron';

function fakeBridge(overrides: Partial<Bridge> = {}): Bridge {
  return {
    getVersion: vi.fn(async () => ({ ok: true as const, value: '1.4.0' })),
    saveFile: vi.fn(async () => ({ ok: true as const, value: { saved: true, path: '/home/eva/a.pdf' } })),
    chooseSyncFolder: vi.fn(async () => ({ ok: true as const, value: { path: '/media/usb' } })),
    listSyncFolders: vi.fn(async () => ({ ok: true as const, value: [{ path: '/media/usb' }, { path: '/home/eva/Documents' }] })),
    revokeSyncFolder: vi.fn(async () => ({ ok: true as const, value: { revoked: true } })),
    listSyncPackages: vi.fn(async () => ({ ok: true as const, value: [{ name: 'a.siteproof', size: 3, modifiedMs: 1 }] })),
    readSyncFile: vi.fn(async () => ({ ok: true as const, value: new Uint8Array([7]) })),
    writeSyncFile: vi.fn(async () => ({ ok: true as const, value: { path: '/media/usb/a.siteproof' } })),
    writeSyncDossier: vi.fn(async () => ({ ok: true as const, value: { path: '/media/usb/a.pdf' } })),
    openPackageWrite: vi.fn(async () => ({ ok: true as const, value: { id: 'a'.repeat(32), path: '/home/eva/a.siteproof' } })),
    writePackageChunk: vi.fn(async (input: { offset: number; data: Uint8Array }) => ({ ok: true as const, value: { written: input.offset + input.data.length } })),
    closePackageWrite: vi.fn(async () => ({ ok: true as const, value: { path: '/home/eva/a.siteproof' } })),
    abortPackageWrite: vi.fn(async () => ({ ok: true as const, value: { aborted: true } })),
    getFreeSpace: vi.fn(async () => ({ ok: true as const, value: { freeBytes: 40 * 1024 ** 2, totalBytes: 8 * 1024 ** 3 } })),
    ...overrides,
  };
}

describe('unwrap', () => {
  it('returns the value of an ok result', async () => {
    expect(await unwrap(Promise.resolve({ ok: true as const, value: 5 }))).toBe(5);
  });

  it('throws an Error carrying the main process message', async () => {
    await expect(unwrap(Promise.resolve({ ok: false as const, error: 'Could not save /a.pdf: the disk is full' }))).rejects.toThrow(
      new Error('Could not save /a.pdf: the disk is full'),
    );
  });
});

describe('createElectronPlatform', () => {
  it('is the electron platform with folder sync', () => {
    const platform = createElectronPlatform(fakeBridge());
    expect(platform.kind).toBe('electron');
    expect(platform.sync).not.toBeNull();
  });

  it('reads the version', async () => {
    expect(await createElectronPlatform(fakeBridge()).getVersion()).toBe('1.4.0');
  });

  it('reads the free disk space through the bridge, and null when the main process could not', async () => {
    expect(await createElectronPlatform(fakeBridge()).freeDiskSpace()).toBe(40 * 1024 ** 2);
    const failing = fakeBridge({ getFreeSpace: vi.fn(async () => ({ ok: false as const, error: 'Could not read the free space of /x: permission denied' })) });
    expect(await createElectronPlatform(failing).freeDiskSpace()).toBeNull();
  });

  it('saves through the bridge and reports whether the user saved', async () => {
    const bridge = fakeBridge();
    const data = new Uint8Array([1, 2]);
    const filters = [{ name: 'PDF', extensions: ['pdf'] }];
    expect(await createElectronPlatform(bridge).saveFile('a.pdf', data, filters)).toBe(true);
    expect(bridge.saveFile).toHaveBeenCalledWith({ suggestedName: 'a.pdf', data, filters });
    const cancelled = fakeBridge({ saveFile: async () => ({ ok: true, value: { saved: false } }) });
    expect(await createElectronPlatform(cancelled).saveFile('a.pdf', data)).toBe(false);
  });

  it('throws with the message when a save fails', async () => {
    const bridge = fakeBridge({ saveFile: async () => ({ ok: false, error: 'Could not save: the disk is full' }) });
    await expect(createElectronPlatform(bridge).saveFile('a.pdf', new Uint8Array())).rejects.toThrow('Could not save: the disk is full');
  });

  it('maps the sync calls onto the contract', async () => {
    const bridge = fakeBridge();
    const sync = createElectronPlatform(bridge).sync!;
    expect(await sync.chooseFolder()).toBe('/media/usb');
    expect(await sync.list('/media/usb')).toEqual([{ name: 'a.siteproof', size: 3, modifiedMs: 1 }]);
    expect(bridge.listSyncPackages).toHaveBeenCalledWith({ path: '/media/usb' });
    expect([...(await sync.read('/media/usb', 'a.siteproof'))]).toEqual([7]);
    expect(bridge.readSyncFile).toHaveBeenCalledWith({ folder: '/media/usb', name: 'a.siteproof' });
    const data = new Uint8Array([9]);
    await expect(sync.write('/media/usb', 'a.siteproof', data)).resolves.toBeUndefined();
    expect(bridge.writeSyncFile).toHaveBeenCalledWith({ folder: '/media/usb', name: 'a.siteproof', data });
  });

  it('lists and revokes the granted folders through the contract', async () => {
    const bridge = fakeBridge();
    const sync = createElectronPlatform(bridge).sync!;
    expect(await sync.listFolders()).toEqual(['/media/usb', '/home/eva/Documents']);
    await expect(sync.revokeFolder('/home/eva/Documents')).resolves.toBeUndefined();
    expect(bridge.revokeSyncFolder).toHaveBeenCalledWith({ path: '/home/eva/Documents' });
    const failing = fakeBridge({ revokeSyncFolder: async () => ({ ok: false, error: 'the change could not be saved' }) });
    await expect(createElectronPlatform(failing).sync!.revokeFolder('/x')).rejects.toThrow('could not be saved');
  });

  it('writes a dossier through its own channel, not the package one', async () => {
    const bridge = fakeBridge();
    const data = new Uint8Array([4, 2]);
    await expect(createElectronPlatform(bridge).sync!.writeDossier('/media/usb', 'a.pdf', data)).resolves.toBeUndefined();
    expect(bridge.writeSyncDossier).toHaveBeenCalledWith({ folder: '/media/usb', name: 'a.pdf', data });
    expect(bridge.writeSyncFile).not.toHaveBeenCalled();
  });

  it('throws the message of a refused dossier write', async () => {
    const bridge = fakeBridge({ writeSyncDossier: async () => ({ ok: false, error: 'Invalid input: name: The file name must end with .pdf' }) });
    await expect(createElectronPlatform(bridge).sync!.writeDossier('/x', 'a.exe', new Uint8Array())).rejects.toThrow('must end with .pdf');
  });

  it('returns null when the folder picker is cancelled', async () => {
    const sync = createElectronPlatform(fakeBridge({ chooseSyncFolder: async () => ({ ok: true, value: null }) })).sync!;
    expect(await sync.chooseFolder()).toBeNull();
  });

  it('throws the message of a failed sync read', async () => {
    const sync = createElectronPlatform(fakeBridge({ readSyncFile: async () => ({ ok: false, error: 'Cannot read /x: it does not exist' }) })).sync!;
    await expect(sync.read('/x', 'a.siteproof')).rejects.toThrow('Cannot read /x: it does not exist');
  });
});
