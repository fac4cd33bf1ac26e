import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notOursMessage, writeSyncFile } from '../../../../electron/ipc/handlers/sync-write-file';
import { encryptedSiteproofPackage, foreignPdf, siteproofPackage } from '../../sync/siteproof-files';
import { fullDiskDeps, makeSyncFixture, realDeps } from './sync-fixture';

let fx: Awaited<ReturnType<typeof makeSyncFixture>>;

beforeEach(async () => {
  fx = await makeSyncFixture();
});

afterEach(async () => {
  await fx.cleanup();
});

const data = new TextEncoder().encode('package bytes');

describe('sync:write-file', () => {
  it('writes the package into the folder and returns its path', async () => {
    const result = await writeSyncFile({ folder: fx.folder, name: 'visit-A.siteproof', data }, realDeps(fx.grants));
    const target = path.join(fx.folder, 'visit-A.siteproof');
    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(await fsp.readFile(target, 'utf8')).toBe('package bytes');
    expect(await fsp.readdir(fx.folder)).toEqual(['visit-A.siteproof']);
  });

  it.each([
    ['a plain package', siteproofPackage],
    ['an encrypted package', encryptedSiteproofPackage],
  ])('replaces %s SiteProof wrote under the same name', async (_label, make) => {
    const target = path.join(fx.folder, 'visit.siteproof');
    await fsp.writeFile(target, await make());
    expect(await writeSyncFile({ folder: fx.folder, name: 'visit.siteproof', data }, realDeps(fx.grants))).toEqual({ ok: true, value: { path: target } });
    expect(await fsp.readFile(target, 'utf8')).toBe('package bytes');
  });

  it.each([
    ['a file of another program with that name', () => new TextEncoder().encode('my notes, saved as .siteproof by mistake')],
    ['a PDF renamed to .siteproof', () => foreignPdf()],
  ])('never replaces %s, and says what to do', async (_label, make) => {
    const target = path.join(fx.folder, 'visit.siteproof');
    const mine = make();
    await fsp.writeFile(target, mine);
    const atomic = vi.fn(async () => undefined);
    const result = await writeSyncFile({ folder: fx.folder, name: 'visit.siteproof', data }, { fs: fsp, grants: fx.grants, writeFileAtomic: atomic });
    expect(result).toEqual({ ok: false, error: notOursMessage(target) });
    expect(atomic).not.toHaveBeenCalled();
    expect(new Uint8Array(await fsp.readFile(target))).toEqual(mine);
  });

  it('goes through the atomic writer (temp file, then rename)', async () => {
    const atomic = vi.fn(async () => undefined);
    await writeSyncFile({ folder: fx.folder, name: 'visit.siteproof', data }, { fs: fsp, grants: fx.grants, writeFileAtomic: atomic });
    expect(atomic).toHaveBeenCalledWith(path.join(fx.folder, 'visit.siteproof'), data);
  });

  it('a failed write leaves no package behind and says why', async () => {
    const deps = fullDiskDeps(fx.grants);
    const result = await writeSyncFile({ folder: fx.folder, name: 'visit.siteproof', data }, deps);
    expect(result).toEqual({ ok: false, error: `Could not write ${path.join(fx.folder, 'visit.siteproof')}: the disk is full` });
    expect(await fsp.readdir(fx.folder)).toEqual([]);
  });

  it.each([
    ['a path as name', { name: '../outside/evil.siteproof' }],
    ['a hidden name', { name: '.visit.siteproof' }],
    ['a name without the package extension', { name: 'autorun.inf' }],
    ['a temporary name', { name: 'visit.siteproof.part-1' }],
    ['a relative folder', { folder: 'sync' }],
    ['text instead of bytes', { data: 'text' }],
  ])('refuses %s and writes nothing', async (_label, override) => {
    const atomic = vi.fn(async () => undefined);
    const result = await writeSyncFile({ folder: fx.folder, name: 'visit.siteproof', data, ...override }, { fs: fsp, grants: fx.grants, writeFileAtomic: atomic });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid input/) });
    expect(atomic).not.toHaveBeenCalled();
    expect(await fsp.readdir(fx.outside)).toEqual([]);
  });
});
