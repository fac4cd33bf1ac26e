import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listSyncPackages } from '../../../../electron/ipc/handlers/sync-list-packages';
import { notGrantedMessage } from '../../../../electron/sync/folder-grants';
import { canSymlink, grantThenRemove, makeSyncFixture, spyDeps } from './sync-fixture';

let fx: Awaited<ReturnType<typeof makeSyncFixture>>;

beforeEach(async () => {
  fx = await makeSyncFixture();
});

afterEach(async () => {
  await fx.cleanup();
});

describe('sync:list-packages', () => {
  it('lists complete packages with size and modification time, sorted by name', async () => {
    await fsp.writeFile(path.join(fx.folder, 'b-visit.siteproof'), 'bbbb');
    await fsp.writeFile(path.join(fx.folder, 'a-visit.siteproof'), 'aa');
    const when = new Date('2025-03-04T05:06:07Z');
    await fsp.utimes(path.join(fx.folder, 'a-visit.siteproof'), when, when);
    const result = await listSyncPackages({ path: fx.folder }, { fs: fsp, grants: fx.grants });
    expect(result).toEqual({
      ok: true,
      value: [
        { name: 'a-visit.siteproof', size: 2, modifiedMs: when.getTime() },
        { name: 'b-visit.siteproof', size: 4, modifiedMs: expect.any(Number) },
      ],
    });
  });

  it('leaves out half-written, hidden, foreign files and folders', async () => {
    await fsp.writeFile(path.join(fx.folder, 'visit.siteproof'), 'ok');
    await fsp.writeFile(path.join(fx.folder, 'visit.siteproof.part-1a2b3c'), 'half');
    await fsp.writeFile(path.join(fx.folder, '._visit.siteproof'), 'macOS shadow');
    await fsp.writeFile(path.join(fx.folder, 'notes.txt'), 'other');
    await fsp.mkdir(path.join(fx.folder, 'folder.siteproof'));
    const result = await listSyncPackages({ path: fx.folder }, { fs: fsp, grants: fx.grants });
    expect(result.ok && result.value.map((entry) => entry.name)).toEqual(['visit.siteproof']);
  });

  it('returns an empty list for an empty folder', async () => {
    expect(await listSyncPackages({ path: fx.folder }, { fs: fsp, grants: fx.grants })).toEqual({ ok: true, value: [] });
  });

  it('follows links inside the folder but not links leading out of it', async ({ skip }) => {
    if (!(await canSymlink(fx.folder))) skip();
    await fsp.writeFile(path.join(fx.folder, 'real.siteproof'), 'r');
    await fsp.writeFile(path.join(fx.outside, 'secret.siteproof'), 'secret');
    await fsp.symlink(path.join(fx.folder, 'real.siteproof'), path.join(fx.folder, 'alias.siteproof'));
    await fsp.symlink(path.join(fx.outside, 'secret.siteproof'), path.join(fx.folder, 'escape.siteproof'));
    await fsp.symlink(path.join(fx.folder, 'gone.siteproof'), path.join(fx.folder, 'dangling.siteproof'));
    const result = await listSyncPackages({ path: fx.folder }, { fs: fsp, grants: fx.grants });
    expect(result.ok && result.value.map((entry) => entry.name)).toEqual(['alias.siteproof', 'real.siteproof']);
  });

  it('explains a missing folder that was chosen', async () => {
    const missing = path.join(fx.base, 'missing');
    await grantThenRemove(fx.grants, missing);
    expect(await listSyncPackages({ path: missing }, { fs: fsp, grants: fx.grants })).toEqual({ ok: false, error: `Cannot open the sync folder ${missing}: it does not exist` });
  });

  it('explains a path that is a file', async () => {
    const file = path.join(fx.base, 'file.siteproof');
    await grantThenRemove(fx.grants, file);
    await fsp.writeFile(file, 'x');
    expect(await listSyncPackages({ path: file }, { fs: fsp, grants: fx.grants })).toEqual({ ok: false, error: `The sync folder ${file} is not a folder` });
  });

  it('refuses a folder that was not chosen in the dialog, without looking into it', async () => {
    await fsp.writeFile(path.join(fx.outside, 'secret.siteproof'), 'secret');
    const deps = spyDeps(fx.grants);
    expect(await listSyncPackages({ path: fx.outside }, deps)).toEqual({ ok: false, error: notGrantedMessage(fx.outside) });
    expect(deps.touched()).toBe(false);
  });

  it('does not tell whether a folder that was not chosen exists', async () => {
    const missing = path.join(fx.base, 'missing');
    expect(await listSyncPackages({ path: missing }, { fs: fsp, grants: fx.grants })).toEqual({ ok: false, error: notGrantedMessage(missing) });
  });

  it('lists a chosen folder through a symlink or another spelling of its path', async ({ skip }) => {
    if (!(await canSymlink(fx.base))) skip();
    await fsp.writeFile(path.join(fx.folder, 'visit.siteproof'), 'v');
    const link = path.join(fx.base, 'link');
    await fsp.symlink(fx.folder, link);
    for (const spelling of [link, `${fx.folder}${path.sep}`, path.join(fx.outside, '..', 'sync')]) {
      const result = await listSyncPackages({ path: spelling }, { fs: fsp, grants: fx.grants });
      expect(result.ok && result.value.map((entry) => entry.name)).toEqual(['visit.siteproof']);
    }
  });

  it.each([undefined, {}, { path: '' }, { path: 'relative/folder' }, { path: 42 }, '/tmp'])('refuses the input %j', async (input) => {
    const result = await listSyncPackages(input, { fs: fsp, grants: fx.grants });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid input/) });
  });

  it('explains an unreadable folder', async () => {
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    const fs = { ...fsp, readdir: async () => Promise.reject(denied) } as unknown as typeof fsp;
    expect(await listSyncPackages({ path: fx.folder }, { fs, grants: fx.grants })).toEqual({ ok: false, error: `Cannot list the sync folder ${fx.folder}: permission denied` });
  });
});
