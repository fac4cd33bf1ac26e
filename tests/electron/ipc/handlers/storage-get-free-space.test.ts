import { describe, expect, it, vi } from 'vitest';
import { getFreeSpace } from '../../../../electron/ipc/handlers/storage-get-free-space';

const MB = 1024 ** 2;

describe('storage:get-free-space', () => {
  it('reads the space left to this user on the disk of the app data (bavail, not bfree)', async () => {
    const statfs = vi.fn(async () => ({ bsize: 4096, blocks: 10_240, bavail: 2_560, bfree: 5_000 }));
    const result = await getFreeSpace(undefined, { statfs, dataDirectory: () => '/home/eva/.config/SiteProof' });
    expect(result).toEqual({ ok: true, value: { freeBytes: 10 * MB, totalBytes: 40 * MB } });
    expect(statfs).toHaveBeenCalledWith('/home/eva/.config/SiteProof');
  });

  it('takes bigint figures (statfs with bigint: true)', async () => {
    const result = await getFreeSpace(undefined, { statfs: async () => ({ bsize: 4096n, blocks: 2_097_152n, bavail: 262_144n }), dataDirectory: () => '/d' });
    expect(result).toEqual({ ok: true, value: { freeBytes: 1024 * MB, totalBytes: 8192 * MB } });
  });

  it('reports a readable failure when the file system cannot be read', async () => {
    const error = Object.assign(new Error('EACCES: permission denied, statfs'), { code: 'EACCES' });
    const result = await getFreeSpace(undefined, { statfs: async () => { throw error; }, dataDirectory: () => '/d' });
    expect(result).toEqual({ ok: false, error: 'Could not read the free space of /d: permission denied' });
  });

  it('refuses input it does not expect', async () => {
    const statfs = vi.fn();
    const result = await getFreeSpace({ path: '/etc' }, { statfs, dataDirectory: () => '/d' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Invalid input/);
    expect(statfs).not.toHaveBeenCalled();
  });
});
