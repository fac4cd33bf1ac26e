import * as fsp from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../../electron/ipc/contract';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { PackageWrites } from '../../../../electron/ipc/handlers/package-write';

describe('createHandlers', () => {
  const deps = {
    version: '9.9.9',
    fs: fsp,
    defaultDirectory: () => '/home/eva',
    writeFile: vi.fn(async () => undefined),
    writeFileAtomic: vi.fn(async () => undefined),
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    grants: {
      add: vi.fn(async () => undefined),
      lookup: vi.fn(async () => ({ status: 'refused' as const })),
      list: vi.fn(async () => ['/media/usb']),
      revoke: vi.fn(async () => true),
    },
    writeFs: fsp,
    packageWrites: new PackageWrites(),
    randomId: () => 'a'.repeat(32),
    statfs: vi.fn(async () => ({ bsize: 4096, blocks: 1000, bavail: 250 })),
    dataDirectory: () => '/home/eva/.config/SiteProof',
  };

  it('has one handler per contract channel', () => {
    expect(Object.keys(createHandlers(deps)).sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('binds each handler to its dependencies', async () => {
    const handlers = createHandlers(deps);
    expect(await handlers['app:get-version'](undefined)).toEqual({ ok: true, value: '9.9.9' });
    expect(await handlers['storage:get-free-space'](undefined)).toEqual({ ok: true, value: { freeBytes: 250 * 4096, totalBytes: 1000 * 4096 } });
    expect(deps.statfs).toHaveBeenCalledWith('/home/eva/.config/SiteProof');
    expect(await handlers['sync:choose-folder'](undefined)).toEqual({ ok: true, value: null });
    expect(deps.showOpenDialog).toHaveBeenCalledOnce();
    expect(await handlers['file:save-file']({ suggestedName: 'a.pdf', data: new Uint8Array(1) })).toEqual({ ok: true, value: { saved: false } });
    expect(deps.showSaveDialog).toHaveBeenCalledOnce();
    // The dossier channel takes only .pdf names: a package name is refused before anything is written.
    const refused = await handlers['sync:write-dossier']({ folder: '/media/usb', name: 'a.siteproof', data: new Uint8Array(1) });
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('must end with .pdf') });
    expect(deps.writeFileAtomic).not.toHaveBeenCalled();
    // Every folder channel asks the grants first.
    const notChosen = await handlers['sync:list-packages']({ path: '/media/usb' });
    expect(notChosen).toMatchObject({ ok: false, error: expect.stringContaining('Choose the sync folder again') });
    expect(deps.grants.lookup).toHaveBeenCalledWith('/media/usb');
    expect(await handlers['sync:list-folders'](undefined)).toEqual({ ok: true, value: [{ path: '/media/usb' }] });
    expect(await handlers['sync:revoke-folder']({ path: '/media/usb' })).toEqual({ ok: true, value: { revoked: true } });
    expect(deps.grants.revoke).toHaveBeenCalledWith('/media/usb');
  });
});
