import { describe, expect, it, vi } from 'vitest';
import { chooseSyncFolder } from '../../../../electron/ipc/handlers/sync-choose-folder';

describe('sync:choose-folder', () => {
  it('opens a folder picker and returns the chosen folder', async () => {
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: ['/media/usb/siteproof'] }));
    expect(await chooseSyncFolder(undefined, { showOpenDialog })).toEqual({ ok: true, value: { path: '/media/usb/siteproof' } });
    expect(showOpenDialog).toHaveBeenCalledWith({ properties: ['openDirectory', 'createDirectory'] });
  });

  it('returns null when the user cancels', async () => {
    for (const choice of [{ canceled: true, filePaths: [] }, { canceled: false, filePaths: [] }, { canceled: true, filePaths: ['/x'] }]) {
      expect(await chooseSyncFolder(undefined, { showOpenDialog: async () => choice })).toEqual({ ok: true, value: null });
    }
  });

  it('refuses unexpected input without opening a dialog', async () => {
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: ['/x'] }));
    expect((await chooseSyncFolder({ defaultPath: '/etc' }, { showOpenDialog })).ok).toBe(false);
    expect(showOpenDialog).not.toHaveBeenCalled();
  });
});
