import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeSyncDossier } from '../../../../electron/ipc/handlers/sync-write-dossier';
import { notOursMessage } from '../../../../electron/ipc/handlers/sync-write-file';
import { foreignPdf, siteproofDossier } from '../../sync/siteproof-files';
import { canSymlink, fullDiskDeps, makeSyncFixture, realDeps } from './sync-fixture';

let fx: Awaited<ReturnType<typeof makeSyncFixture>>;

beforeEach(async () => {
  fx = await makeSyncFixture();
});

afterEach(async () => {
  await fx.cleanup();
});

const data = new TextEncoder().encode('%PDF-1.7 dossier');

describe('sync:write-dossier', () => {
  it('writes the PDF into the folder and returns its path', async () => {
    const name = 'Контакт-Центр Київ 2026-11-20 v1.pdf';
    const result = await writeSyncDossier({ folder: fx.folder, name, data }, realDeps(fx.grants));
    expect(result).toEqual({ ok: true, value: { path: path.join(fx.folder, name) } });
    expect(await fsp.readFile(path.join(fx.folder, name), 'utf8')).toBe('%PDF-1.7 dossier');
    expect(await fsp.readdir(fx.folder)).toEqual([name]);
  });

  it('replaces an older dossier SiteProof wrote (here or on a colleague\'s machine) completely', async () => {
    await fsp.writeFile(path.join(fx.folder, 'visit.pdf'), await siteproofDossier());
    expect((await writeSyncDossier({ folder: fx.folder, name: 'visit.pdf', data }, realDeps(fx.grants))).ok).toBe(true);
    expect(await fsp.readFile(path.join(fx.folder, 'visit.pdf'), 'utf8')).toBe('%PDF-1.7 dossier');
    expect(await fsp.readdir(fx.folder)).toEqual(['visit.pdf']);
  }, 30_000);

  it.each([
    ['a PDF another program made', () => foreignPdf()],
    ['a file that only has the name', () => new TextEncoder().encode('old and much longer content than the new one')],
  ])('never replaces %s (Documents/report.pdf in a folder once granted), and says what to do', async (_label, make) => {
    const report = path.join(fx.folder, 'report.pdf');
    const mine = make();
    await fsp.writeFile(report, mine);
    const atomic = vi.fn(async () => undefined);
    const result = await writeSyncDossier({ folder: fx.folder, name: 'report.pdf', data }, { fs: fsp, grants: fx.grants, writeFileAtomic: atomic });
    expect(result).toEqual({ ok: false, error: notOursMessage(report) });
    expect(atomic).not.toHaveBeenCalled();
    expect(new Uint8Array(await fsp.readFile(report))).toEqual(mine);
    expect(await fsp.readdir(fx.folder)).toEqual(['report.pdf']);
  });

  it('never replaces a symlink at the name, even one to a dossier', async () => {
    if (!(await canSymlink(fx.base))) return;
    const elsewhere = path.join(fx.outside, 'kept.pdf');
    const original = await siteproofDossier();
    await fsp.writeFile(elsewhere, original);
    await fsp.symlink(elsewhere, path.join(fx.folder, 'visit.pdf'));
    const result = await writeSyncDossier({ folder: fx.folder, name: 'visit.pdf', data }, realDeps(fx.grants));
    expect(result).toEqual({ ok: false, error: notOursMessage(path.join(fx.folder, 'visit.pdf')) });
    expect(new Uint8Array(await fsp.readFile(elsewhere))).toEqual(original);
    expect((await fsp.lstat(path.join(fx.folder, 'visit.pdf'))).isSymbolicLink()).toBe(true);
  }, 30_000);

  it('goes through the atomic writer (temp file, then rename)', async () => {
    const atomic = vi.fn(async () => undefined);
    await writeSyncDossier({ folder: fx.folder, name: 'visit.PDF', data }, { fs: fsp, grants: fx.grants, writeFileAtomic: atomic });
    expect(atomic).toHaveBeenCalledWith(path.join(fx.folder, 'visit.PDF'), data);
  });

  it('a failed write leaves the old dossier untouched and no temporary file, and says why', async () => {
    const old = await siteproofDossier();
    await fsp.writeFile(path.join(fx.folder, 'visit.pdf'), old);
    const deps = fullDiskDeps(fx.grants);
    const result = await writeSyncDossier({ folder: fx.folder, name: 'visit.pdf', data }, deps);
    expect(result).toEqual({ ok: false, error: `Could not write ${path.join(fx.folder, 'visit.pdf')}: the disk is full` });
    expect(await fsp.readdir(fx.folder)).toEqual(['visit.pdf']);
    expect(new Uint8Array(await fsp.readFile(path.join(fx.folder, 'visit.pdf')))).toEqual(old);
  }, 30_000);

  it.each([
    ['a path as name', { name: '../outside/evil.pdf' }],
    ['a Windows path as name', { name: '..\\outside\\evil.pdf' }],
    ['a hidden name', { name: '.visit.pdf' }],
    ['a package name', { name: 'visit.siteproof' }],
    ['an executable', { name: 'dossier.pdf.exe' }],
    ['a temporary name', { name: 'visit.pdf.part-1' }],
    ['a Windows device name', { name: 'con.pdf' }],
    ['a Windows-forbidden character', { name: 'a:b.pdf' }],
    ['a control character', { name: 'a\nb.pdf' }],
    ['an over-long name', { name: `${'д'.repeat(120)}.pdf` }],
    ['a relative folder', { folder: 'sync' }],
    ['text instead of bytes', { data: 'text' }],
  ])('refuses %s and writes nothing', async (_label, override) => {
    const atomic = vi.fn(async () => undefined);
    const result = await writeSyncDossier({ folder: fx.folder, name: 'visit.pdf', data, ...override }, { fs: fsp, grants: fx.grants, writeFileAtomic: atomic });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid input/) });
    expect(atomic).not.toHaveBeenCalled();
    expect(await fsp.readdir(fx.outside)).toEqual([]);
    expect(await fsp.readdir(fx.folder)).toEqual([]);
  });

  it('names the rule a wrong extension breaks', async () => {
    const result = await writeSyncDossier({ folder: fx.folder, name: 'visit.siteproof', data }, realDeps(fx.grants));
    expect(result).toEqual({ ok: false, error: 'Invalid input: name: The file name must end with .pdf' });
  });

  it('writes into the real folder behind a symlinked sync folder', async () => {
    if (!(await canSymlink(fx.base))) return;
    const link = path.join(fx.base, 'link');
    await fsp.symlink(fx.folder, link);
    const result = await writeSyncDossier({ folder: link, name: 'visit.pdf', data }, realDeps(fx.grants));
    expect(result).toEqual({ ok: true, value: { path: path.join(link, 'visit.pdf') } });
    expect(await fsp.readdir(fx.folder)).toEqual(['visit.pdf']);
  });
});
