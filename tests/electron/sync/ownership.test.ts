import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dossierMarker, inspectTarget, packageMarker, type Marker } from '../../../electron/sync/ownership';
import { encryptedSiteproofPackage, foreignPdf, siteproofDossier, siteproofPackage } from './siteproof-files';

let dir: string;

beforeAll(async () => {
  dir = await fsp.realpath(await fsp.mkdtemp(path.join(os.tmpdir(), 'siteproof-ownership-')));
});

afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

let counter = 0;
async function fileWith(bytes: Uint8Array | string): Promise<string> {
  const file = path.join(dir, `file-${(counter += 1)}`);
  await fsp.writeFile(file, bytes);
  return file;
}

const inspect = async (bytes: Uint8Array | string, marker: Marker) => (await inspectTarget(fsp, await fileWith(bytes), marker)).status;

describe('dossierMarker', () => {
  it('knows a dossier SiteProof rendered, without and with photos spliced in', async () => {
    expect(await inspect(await siteproofDossier(false), dossierMarker)).toBe('ours');
    expect(await inspect(await siteproofDossier(true), dossierMarker)).toBe('ours');
  }, 60_000);

  it('reads only a few kilobytes of a large dossier', async () => {
    const file = await fileWith(await siteproofDossier(true));
    const size = (await fsp.stat(file)).size;
    const read = vi.fn<typeof fsp.open>(fsp.open);
    let bytesRead = 0;
    const fs = {
      lstat: fsp.lstat,
      open: async (p: Parameters<typeof fsp.open>[0], flags?: Parameters<typeof fsp.open>[1]) => {
        const handle = await read(p, flags);
        const original = handle.read.bind(handle) as (...args: unknown[]) => Promise<{ bytesRead: number }>;
        handle.read = (async (...args: unknown[]) => {
          const result = await original(...args);
          bytesRead += result.bytesRead;
          return result;
        }) as typeof handle.read;
        return handle;
      },
    } as unknown as Parameters<typeof inspectTarget>[0];
    expect((await inspectTarget(fs, file, dossierMarker)).status).toBe('ours');
    expect(size).toBeGreaterThan(200 * 1024);
    expect(bytesRead).toBeLessThan(80 * 1024);
  }, 60_000);

  it.each([
    ['a PDF another program made', foreignPdf()],
    ['a PDF whose creator only starts like ours', foreignPdf('SiteProofish')],
    ['a dossier cut short by an interrupted copy', async () => (await siteproofDossier()).subarray(0, 20_000)],
    ['a text file', 'just some notes'],
    ['an empty file', ''],
  ])('does not claim %s', async (_label, bytes) => {
    const content = typeof bytes === 'function' ? await bytes() : bytes;
    expect(await inspect(content, dossierMarker)).toBe('foreign');
  });
});

describe('packageMarker', () => {
  it('knows a package SiteProof wrote, plain and encrypted', async () => {
    expect(await inspect(await siteproofPackage(), packageMarker)).toBe('ours');
    expect(await inspect(await encryptedSiteproofPackage(), packageMarker)).toBe('ours');
  }, 30_000);

  it.each([
    ['a zip of something else', zipSync({ 'notes.txt': new TextEncoder().encode('hello') })],
    ['a zip whose first entry merely starts like the manifest', zipSync({ 'manifest.json.bak': new Uint8Array(1) })],
    ['a PDF', foreignPdf()],
    ['an empty file', ''],
  ])('does not claim %s', async (_label, bytes) => {
    expect(await inspect(bytes, packageMarker)).toBe('foreign');
  });
});

describe('inspectTarget', () => {
  it('says absent when nothing is there', async () => {
    expect(await inspectTarget(fsp, path.join(dir, 'nothing.pdf'), dossierMarker)).toEqual({ status: 'absent' });
  });

  it('a folder at the name is foreign', async () => {
    const folder = path.join(dir, 'folder.pdf');
    await fsp.mkdir(folder);
    expect(await inspectTarget(fsp, folder, dossierMarker)).toEqual({ status: 'foreign' });
  });

  it('a symlink is foreign even when it leads to a SiteProof dossier', async ({ skip }) => {
    const target = await fileWith(await siteproofDossier());
    const link = path.join(dir, 'link.pdf');
    try {
      await fsp.symlink(target, link);
    } catch {
      skip();
    }
    expect(await inspectTarget(fsp, link, dossierMarker)).toEqual({ status: 'foreign' });
  });

  it('a file that cannot be read is foreign, never replaced on a doubt', async () => {
    const file = await fileWith(await siteproofDossier());
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    const fs = { lstat: fsp.lstat, open: async () => Promise.reject(denied) } as unknown as Parameters<typeof inspectTarget>[0];
    expect(await inspectTarget(fs, file, dossierMarker)).toEqual({ status: 'foreign' });
    const lstatFails = { lstat: async () => Promise.reject(denied), open: fsp.open } as unknown as Parameters<typeof inspectTarget>[0];
    expect(await inspectTarget(lstatFails, file, dossierMarker)).toEqual({ status: 'foreign' });
  });
});
