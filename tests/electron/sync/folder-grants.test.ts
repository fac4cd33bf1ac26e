import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../electron/fs/atomic-write';
import { createFolderGrants, GRANTS_FILE_NAME, MAX_GRANTED_FOLDERS, type FolderGrantsDeps } from '../../../electron/sync/folder-grants';

let base: string;
let userData: string;
let grantsFile: string;

beforeEach(async () => {
  base = await fsp.realpath(await fsp.mkdtemp(path.join(os.tmpdir(), 'siteproof-grants-')));
  userData = path.join(base, 'userData');
  grantsFile = path.join(userData, GRANTS_FILE_NAME);
});

afterEach(async () => {
  await fsp.rm(base, { recursive: true, force: true });
});

/** A store as main.ts makes one; a new call over the same userData is the app after a restart. */
function store(overrides: Partial<FolderGrantsDeps> = {}) {
  const warn = vi.fn();
  const grants = createFolderGrants({ dir: userData, fs: fsp, writeFileAtomic: (file, data) => writeFileAtomic(file, data), warn, ...overrides });
  return Object.assign(grants, { warn });
}

async function folder(name: string): Promise<string> {
  const dir = path.join(base, name);
  await fsp.mkdir(dir, { recursive: true });
  return dir;
}

const canSymlink = async () => {
  try {
    await fsp.symlink(base, path.join(base, 'probe-link'));
    await fsp.unlink(path.join(base, 'probe-link'));
    return true;
  } catch {
    return false;
  }
};

describe('folder grants', () => {
  it('grants nothing before a folder is picked, and writes no file for asking', async () => {
    const grants = store();
    expect(await grants.lookup(await folder('sync'))).toEqual({ status: 'refused' });
    expect(grants.warn).not.toHaveBeenCalled();
    await expect(fsp.access(userData)).rejects.toThrow();
  });

  it('grants a picked folder by its real path, and no other', async () => {
    const grants = store();
    const sync = await folder('sync');
    const other = await folder('other');
    await grants.add(sync);
    expect(await grants.lookup(sync)).toEqual({ status: 'granted', realPath: sync });
    expect(await grants.lookup(other)).toEqual({ status: 'refused' });
    expect(await grants.lookup(path.join(sync, 'sub'))).toEqual({ status: 'refused' });
    expect(await grants.lookup(base)).toEqual({ status: 'refused' });
  });

  it('matches another spelling of a granted folder', async () => {
    const grants = store();
    const sync = await folder('sync');
    await grants.add(sync);
    for (const spelling of [`${sync}${path.sep}`, path.join(base, 'other', '..', 'sync'), path.join(sync, '.')]) {
      expect(await grants.lookup(spelling)).toEqual({ status: 'granted', realPath: sync });
    }
  });

  it('matches a symlink to a granted folder, and a folder picked through a symlink', async ({ skip }) => {
    if (!(await canSymlink())) skip();
    const grants = store();
    const sync = await folder('sync');
    const picked = await folder('picked-target');
    await fsp.symlink(sync, path.join(base, 'link-to-sync'));
    await fsp.symlink(picked, path.join(base, 'picked-link'));
    await grants.add(sync);
    await grants.add(path.join(base, 'picked-link'));
    expect(await grants.lookup(path.join(base, 'link-to-sync'))).toEqual({ status: 'granted', realPath: sync });
    expect(await grants.lookup(picked)).toEqual({ status: 'granted', realPath: picked });
  });

  it('refuses a granted path whose symlink now leads elsewhere', async ({ skip }) => {
    if (!(await canSymlink())) skip();
    const grants = store();
    const link = path.join(base, 'link');
    await fsp.symlink(await folder('sync'), link);
    await grants.add(link);
    await fsp.unlink(link);
    await fsp.symlink(await folder('elsewhere'), link);
    expect(await grants.lookup(link)).toEqual({ status: 'refused' });
  });

  it('keeps grants across a restart, in a small JSON file in userData written atomically', async () => {
    const atomic = vi.fn((file: string, data: Uint8Array) => writeFileAtomic(file, data));
    const sync = await folder('sync');
    await store({ writeFileAtomic: atomic }).add(sync);
    expect(atomic).toHaveBeenCalledWith(grantsFile, expect.any(Uint8Array));
    expect(JSON.parse(await fsp.readFile(grantsFile, 'utf8'))).toEqual({ version: 1, folders: [{ path: sync, realPath: sync }] });
    expect(await fsp.readdir(userData)).toEqual([GRANTS_FILE_NAME]);

    const restarted = store();
    expect(await restarted.lookup(sync)).toEqual({ status: 'granted', realPath: sync });
    expect(restarted.warn).not.toHaveBeenCalled();
  });

  it('forgets every grant when the file is removed', async () => {
    const sync = await folder('sync');
    await store().add(sync);
    await fsp.rm(grantsFile);
    expect(await store().lookup(sync)).toEqual({ status: 'refused' });
  });

  it.each([
    ['not JSON', '{"version":1,"folders":['],
    ['JSON null', 'null'],
    ['an unknown version', JSON.stringify({ version: 2, folders: [] })],
    ['folders that are not a list', JSON.stringify({ version: 1, folders: 'everything' })],
    ['an entry without a real path', JSON.stringify({ version: 1, folders: [{ path: '/' }] })],
    ['an empty file', ''],
  ])('treats a grants file holding %s as no grants, without throwing', async (_label, text) => {
    const sync = await folder('sync');
    await fsp.mkdir(userData);
    await fsp.writeFile(grantsFile, text);
    const grants = store();
    expect(await grants.lookup(sync)).toEqual({ status: 'refused' });
    expect(grants.warn).toHaveBeenCalledWith(expect.stringContaining('damaged'));
    // Picking the folder again replaces the damaged file.
    await grants.add(sync);
    expect(await store().lookup(sync)).toEqual({ status: 'granted', realPath: sync });
  });

  it('treats an unreadable grants file as no grants', async () => {
    const sync = await folder('sync');
    await fsp.mkdir(grantsFile, { recursive: true });
    const grants = store();
    expect(await grants.lookup(sync)).toEqual({ status: 'refused' });
    expect(grants.warn).toHaveBeenCalledWith(expect.stringContaining(`Cannot read ${grantsFile}`));
  });

  it('ignores entries with relative paths in the file', async () => {
    const sync = await folder('sync');
    const relative = 'siteproof-no-such-folder';
    await fsp.mkdir(userData);
    await fsp.writeFile(grantsFile, JSON.stringify({ version: 1, folders: [{ path: relative, realPath: relative }, { path: sync, realPath: sync }] }));
    const grants = store();
    expect(await grants.lookup(sync)).toEqual({ status: 'granted', realPath: sync });
    // Taken as granted, the relative entry would make this missing folder "unreachable" instead of refused.
    expect(await grants.lookup(path.resolve(relative))).toEqual({ status: 'refused' });
  });

  it(`remembers only the last ${MAX_GRANTED_FOLDERS} picked folders`, async () => {
    const grants = store();
    const folders: string[] = [];
    for (let i = 0; i < MAX_GRANTED_FOLDERS + 2; i += 1) folders.push(await folder(`f${i}`));
    for (const dir of folders) await grants.add(dir);
    const granted = async (s: ReturnType<typeof store>) => {
      const out: string[] = [];
      for (const dir of folders) if ((await s.lookup(dir)).status === 'granted') out.push(path.basename(dir));
      return out;
    };
    const expected = folders.slice(2).map((dir) => path.basename(dir));
    expect(await granted(grants)).toEqual(expected);
    expect(await granted(store())).toEqual(expected);
    expect(JSON.parse(await fsp.readFile(grantsFile, 'utf8')).folders).toHaveLength(MAX_GRANTED_FOLDERS);
  });

  it('picking a remembered folder again makes it the most recent, without a duplicate', async () => {
    const grants = store();
    const folders: string[] = [];
    for (let i = 0; i < MAX_GRANTED_FOLDERS; i += 1) folders.push(await folder(`f${i}`));
    for (const dir of folders) await grants.add(dir);
    await grants.add(`${folders[0]}${path.sep}`);
    await grants.add(await folder('newest'));
    const saved = JSON.parse(await fsp.readFile(grantsFile, 'utf8')).folders as Array<{ realPath: string }>;
    expect(saved.map((grant) => path.basename(grant.realPath))).toEqual(['newest', 'f0', ...folders.slice(2, MAX_GRANTED_FOLDERS).reverse().map((dir) => path.basename(dir))]);
    expect((await grants.lookup(folders[1])).status).toBe('refused');
  });

  it('keeps every grant when several folders are picked at once', async () => {
    const grants = store();
    const folders = await Promise.all(['a', 'b', 'c'].map(folder));
    await Promise.all(folders.map((dir) => grants.add(dir)));
    const restarted = store();
    for (const dir of folders) expect((await restarted.lookup(dir)).status).toBe('granted');
  });

  it('tells why a granted folder cannot be reached, but not about folders that were not granted', async () => {
    const grants = store();
    const usb = await folder('usb');
    await grants.add(usb);
    await fsp.rmdir(usb);
    expect(await grants.lookup(usb)).toMatchObject({ status: 'unreachable', error: expect.objectContaining({ code: 'ENOENT' }) });
    expect(await grants.lookup(path.join(base, 'never-there'))).toEqual({ status: 'refused' });
  });

  it('a folder that cannot be resolved is not granted', async () => {
    const grants = store();
    await expect(grants.add(path.join(base, 'gone'))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(fsp.access(grantsFile)).rejects.toThrow();
  });

  it('when the file cannot be written the folder still works until a restart, and the failure is logged', async () => {
    const full = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    const grants = store({ writeFileAtomic: async () => Promise.reject(full) });
    const sync = await folder('sync');
    await expect(grants.add(sync)).resolves.toBeUndefined();
    expect(await grants.lookup(sync)).toEqual({ status: 'granted', realPath: sync });
    expect(grants.warn).toHaveBeenCalledWith(expect.stringContaining('Cannot remember the sync folder'));
    expect(await store().lookup(sync)).toEqual({ status: 'refused' });
  });

  it('asking about a folder reads only the grants file', async () => {
    const sync = await folder('sync');
    await store().add(sync);
    const readFile = vi.fn(fsp.readFile);
    const fs = { ...fsp, readFile } as typeof fsp;
    const grants = store({ fs });
    const outside = await folder('outside');
    await fsp.writeFile(path.join(outside, 'secret.siteproof'), 'secret');
    expect(await grants.lookup(outside)).toEqual({ status: 'refused' });
    expect(readFile.mock.calls.map((call) => call[0])).toEqual([grantsFile]);
  });

  it('lists the granted folders as picked, latest first', async () => {
    const grants = store();
    const a = await folder('a');
    const b = await folder('b');
    expect(await grants.list()).toEqual([]);
    await grants.add(a);
    await grants.add(b);
    expect(await grants.list()).toEqual([b, a]);
    expect(await store().list()).toEqual([b, a]);
  });

  it('a revoked folder is refused at once and after a restart, and the others stay granted', async () => {
    const grants = store();
    const documents = await folder('Documents');
    const usb = await folder('usb');
    await grants.add(documents);
    await grants.add(usb);
    expect(await grants.revoke(`${documents}${path.sep}`)).toBe(true);
    expect(await grants.lookup(documents)).toEqual({ status: 'refused' });
    expect(await grants.list()).toEqual([usb]);
    const restarted = store();
    expect(await restarted.lookup(documents)).toEqual({ status: 'refused' });
    expect(await restarted.lookup(usb)).toEqual({ status: 'granted', realPath: usb });
    expect(grants.warn).not.toHaveBeenCalled();
  });

  it('revokes a granted folder that cannot be reached now (an unplugged stick)', async () => {
    const grants = store();
    const usb = await folder('usb');
    await grants.add(usb);
    await fsp.rmdir(usb);
    expect(await grants.revoke(usb)).toBe(true);
    expect(await store().list()).toEqual([]);
  });

  it('revoking a folder that was not granted changes nothing', async () => {
    const grants = store();
    const sync = await folder('sync');
    await grants.add(sync);
    const before = await fsp.readFile(grantsFile, 'utf8');
    expect(await grants.revoke(await folder('other'))).toBe(false);
    expect(await fsp.readFile(grantsFile, 'utf8')).toBe(before);
    expect(await grants.list()).toEqual([sync]);
  });

  it('a revoke that cannot be saved says so instead of coming back silently after a restart', async () => {
    const sync = await folder('sync');
    await store().add(sync);
    const full = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    const grants = store({ writeFileAtomic: async () => Promise.reject(full) });
    await expect(grants.revoke(sync)).rejects.toThrow(/could not be saved/);
    expect(await grants.lookup(sync)).toEqual({ status: 'refused' });
  });
});
