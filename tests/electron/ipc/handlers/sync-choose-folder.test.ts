import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { chooseSyncFolder } from '../../../../electron/ipc/handlers/sync-choose-folder';
import { listSyncPackages } from '../../../../electron/ipc/handlers/sync-list-packages';
import { grantsIn } from './sync-fixture';

const fakeGrants = () => ({ add: vi.fn(async () => undefined) });

describe('sync:choose-folder', () => {
  it('opens a folder picker, grants the chosen folder and returns it', async () => {
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: ['/media/usb/siteproof'] }));
    const grants = fakeGrants();
    expect(await chooseSyncFolder(undefined, { showOpenDialog, grants })).toEqual({ ok: true, value: { path: '/media/usb/siteproof' } });
    expect(showOpenDialog).toHaveBeenCalledWith({ properties: ['openDirectory', 'createDirectory'] });
    expect(grants.add).toHaveBeenCalledWith('/media/usb/siteproof');
  });

  it('returns null when the user cancels, granting nothing', async () => {
    for (const choice of [{ canceled: true, filePaths: [] }, { canceled: false, filePaths: [] }, { canceled: true, filePaths: ['/x'] }]) {
      const grants = fakeGrants();
      expect(await chooseSyncFolder(undefined, { showOpenDialog: async () => choice, grants })).toEqual({ ok: true, value: null });
      expect(grants.add).not.toHaveBeenCalled();
    }
  });

  it('refuses unexpected input without opening a dialog', async () => {
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: ['/x'] }));
    const grants = fakeGrants();
    expect((await chooseSyncFolder({ defaultPath: '/etc' }, { showOpenDialog, grants })).ok).toBe(false);
    expect(showOpenDialog).not.toHaveBeenCalled();
    expect(grants.add).not.toHaveBeenCalled();
  });

  it('says why when the picked folder cannot be used (it vanished right after the dialog)', async () => {
    const gone = Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    const grants = { add: vi.fn(async () => Promise.reject(gone)) };
    const result = await chooseSyncFolder(undefined, { showOpenDialog: async () => ({ canceled: false, filePaths: ['/media/usb/x'] }), grants });
    expect(result).toEqual({ ok: false, error: 'Cannot use the sync folder /media/usb/x: it does not exist' });
  });

  it('a folder picked here can then be listed', async () => {
    const base = await fsp.realpath(await fsp.mkdtemp(path.join(os.tmpdir(), 'siteproof-choose-')));
    try {
      const folder = path.join(base, 'shared');
      await fsp.mkdir(folder);
      const grants = grantsIn(path.join(base, 'userData'));
      const list = () => listSyncPackages({ path: folder }, { fs: fsp, grants });
      expect((await list()).ok).toBe(false);
      await chooseSyncFolder(undefined, { showOpenDialog: async () => ({ canceled: false, filePaths: [folder] }), grants });
      expect(await list()).toEqual({ ok: true, value: [] });
    } finally {
      await fsp.rm(base, { recursive: true, force: true });
    }
  });
});
