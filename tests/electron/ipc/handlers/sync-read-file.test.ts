import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSyncFile } from '../../../../electron/ipc/handlers/sync-read-file';
import { notGrantedMessage } from '../../../../electron/sync/folder-grants';
import { canSymlink, makeSyncFixture, spyDeps } from './sync-fixture';

let fx: Awaited<ReturnType<typeof makeSyncFixture>>;

beforeEach(async () => {
  fx = await makeSyncFixture();
});

afterEach(async () => {
  await fx.cleanup();
});

describe('sync:read-file', () => {
  it('returns the bytes of a package as a Uint8Array', async () => {
    await fsp.writeFile(path.join(fx.folder, 'visit.siteproof'), Buffer.from([1, 2, 3, 250]));
    const result = await readSyncFile({ folder: fx.folder, name: 'visit.siteproof' }, { fs: fsp, grants: fx.grants });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).toBeInstanceOf(Uint8Array);
      expect([...result.value]).toEqual([1, 2, 3, 250]);
    }
  });

  it.each([
    '../outside/secret.siteproof',
    '..',
    'sub/visit.siteproof',
    'sub\\visit.siteproof',
    '/etc/passwd',
    'notes.txt',
    'visit.siteproof.part-abc',
    '',
  ])('refuses the name %j before touching the disk', async (name) => {
    const result = await readSyncFile({ folder: fx.folder, name }, { fs: fsp, grants: fx.grants });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid input: name: /) });
  });

  it('refuses a relative folder', async () => {
    const result = await readSyncFile({ folder: 'sync', name: 'visit.siteproof' }, { fs: fsp, grants: fx.grants });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid input: folder: /) });
  });

  it('refuses a folder that was not chosen in the dialog, without reading from it', async () => {
    await fsp.writeFile(path.join(fx.outside, 'secret.siteproof'), 'secret');
    const deps = spyDeps(fx.grants);
    expect(await readSyncFile({ folder: fx.outside, name: 'secret.siteproof' }, deps)).toEqual({ ok: false, error: notGrantedMessage(fx.outside) });
    expect(deps.touched()).toBe(false);
  });

  it('reads from a chosen folder named through a symlink', async ({ skip }) => {
    if (!(await canSymlink(fx.base))) skip();
    await fsp.writeFile(path.join(fx.folder, 'visit.siteproof'), 'inside');
    await fsp.symlink(fx.folder, path.join(fx.base, 'link'));
    const result = await readSyncFile({ folder: path.join(fx.base, 'link'), name: 'visit.siteproof' }, { fs: fsp, grants: fx.grants });
    expect(result.ok && new TextDecoder().decode(result.value)).toBe('inside');
  });

  it('refuses a link that leads out of the folder', async ({ skip }) => {
    if (!(await canSymlink(fx.folder))) skip();
    await fsp.writeFile(path.join(fx.outside, 'secret.siteproof'), 'secret');
    await fsp.symlink(path.join(fx.outside, 'secret.siteproof'), path.join(fx.folder, 'escape.siteproof'));
    const result = await readSyncFile({ folder: fx.folder, name: 'escape.siteproof' }, { fs: fsp, grants: fx.grants });
    expect(result).toEqual({ ok: false, error: `Refused to read ${path.join(fx.folder, 'escape.siteproof')}: it links to a file outside the sync folder` });
  });

  it('reads through a link that stays inside the folder', async ({ skip }) => {
    if (!(await canSymlink(fx.folder))) skip();
    await fsp.writeFile(path.join(fx.folder, 'real.siteproof'), 'inside');
    await fsp.symlink(path.join(fx.folder, 'real.siteproof'), path.join(fx.folder, 'alias.siteproof'));
    const result = await readSyncFile({ folder: fx.folder, name: 'alias.siteproof' }, { fs: fsp, grants: fx.grants });
    expect(result.ok && new TextDecoder().decode(result.value)).toBe('inside');
  });

  it('explains a missing package', async () => {
    const result = await readSyncFile({ folder: fx.folder, name: 'gone.siteproof' }, { fs: fsp, grants: fx.grants });
    expect(result).toEqual({ ok: false, error: `Cannot read ${path.join(fx.folder, 'gone.siteproof')}: it does not exist` });
  });

  it('refuses a folder named like a package', async () => {
    await fsp.mkdir(path.join(fx.folder, 'dir.siteproof'));
    const result = await readSyncFile({ folder: fx.folder, name: 'dir.siteproof' }, { fs: fsp, grants: fx.grants });
    expect(result).toEqual({ ok: false, error: `Cannot read ${path.join(fx.folder, 'dir.siteproof')}: it is not a file` });
  });

  it('refuses a package over the transfer cap without reading it', async () => {
    await fsp.writeFile(path.join(fx.folder, 'huge.siteproof'), 'x');
    let read = false;
    const fs = {
      ...fsp,
      stat: async (p: string) => {
        const stats = await fsp.stat(p);
        return stats.isFile() ? Object.assign(stats, { size: 2 * 1024 ** 3 }) : stats;
      },
      readFile: async () => {
        read = true;
        return Buffer.alloc(0);
      },
    } as unknown as typeof fsp;
    const result = await readSyncFile({ folder: fx.folder, name: 'huge.siteproof' }, { fs, grants: fx.grants });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('larger than 1024 MB') });
    expect(read).toBe(false);
  });
});
