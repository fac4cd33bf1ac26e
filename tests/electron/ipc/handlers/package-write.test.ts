import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_CHUNK_BYTES } from '../../../../electron/ipc/contract';
import {
  abortPackageWrite, closePackageWrite, openPackageWrite, PackageWrites, writePackageChunk, type PackageWriteDeps,
} from '../../../../electron/ipc/handlers/package-write';

let dir: string;
let ids = 0;
beforeEach(async () => { dir = await mkdtemp(path.join(tmpdir(), 'siteproof-write-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

function deps(over: Partial<PackageWriteDeps> = {}): PackageWriteDeps {
  return {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: path.join(dir, 'visit.siteproof') })),
    defaultDirectory: () => dir,
    writeFs: fsp,
    packageWrites: new PackageWrites(),
    randomId: () => (++ids).toString(16).padStart(32, 'a'),
    sleep: async () => undefined,
    ...over,
  };
}

const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

async function open(d: PackageWriteDeps): Promise<string> {
  const r = await openPackageWrite({ suggestedName: 'visit.siteproof' }, d);
  if (!r.ok || !r.value) throw new Error(JSON.stringify(r));
  return r.value.id;
}

describe('package:open-write … close-write', () => {
  it('writes the chunks in order to a temporary file and renames it over the picked name at the end', async () => {
    const d = deps();
    const id = await open(d);
    expect(await writePackageChunk({ id, offset: 0, data: bytes(3, 1) }, d)).toEqual({ ok: true, value: { written: 3 } });
    expect(await writePackageChunk({ id, offset: 3, data: bytes(2, 2) }, d)).toEqual({ ok: true, value: { written: 5 } });
    // Nothing carries the final name until the close.
    expect((await readdir(dir)).filter((n) => n === 'visit.siteproof')).toEqual([]);
    expect(await closePackageWrite({ id, size: 5 }, d)).toEqual({ ok: true, value: { path: path.join(dir, 'visit.siteproof') } });
    expect([...(await readFile(path.join(dir, 'visit.siteproof')))]).toEqual([1, 1, 1, 2, 2]);
    expect(await readdir(dir)).toEqual(['visit.siteproof']);
    expect(d.packageWrites.sessions.size).toBe(0);
  });

  it('returns null and opens nothing when the user cancels the dialog', async () => {
    const d = deps({ showSaveDialog: vi.fn(async () => ({ canceled: true })) });
    expect(await openPackageWrite({ suggestedName: 'visit.siteproof' }, d)).toEqual({ ok: true, value: null });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a chunk out of order, throws the file away and takes no further chunk', async () => {
    const d = deps();
    const id = await open(d);
    await writePackageChunk({ id, offset: 0, data: bytes(4, 1) }, d);
    const skipped = await writePackageChunk({ id, offset: 8, data: bytes(4, 3) }, d);
    expect(skipped.ok).toBe(false);
    expect(!skipped.ok && skipped.error).toMatch(/lost on the way \(expected byte 4, got 8\)/);
    expect(await readdir(dir)).toEqual([]);
    expect((await writePackageChunk({ id, offset: 4, data: bytes(4, 2) }, d)).ok).toBe(false);
    expect((await closePackageWrite({ id, size: 8 }, d)).ok).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a repeated chunk (offset already written)', async () => {
    const d = deps();
    const id = await open(d);
    await writePackageChunk({ id, offset: 0, data: bytes(4, 1) }, d);
    expect((await writePackageChunk({ id, offset: 0, data: bytes(4, 1) }, d)).ok).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses to close when the announced size is not what arrived (a lost last chunk, or a chunk past the size)', async () => {
    for (const [sent, announced] of [[[4, 4], 12], [[4, 4], 6]] as const) {
      const d = deps();
      const id = await open(d);
      let offset = 0;
      for (const n of sent) {
        await writePackageChunk({ id, offset, data: bytes(n, 1) }, d);
        offset += n;
      }
      const closed = await closePackageWrite({ id, size: announced }, d);
      expect(closed.ok).toBe(false);
      expect(!closed.ok && closed.error).toMatch(new RegExp(`incomplete \\(8 of ${announced} bytes`));
      expect(await readdir(dir)).toEqual([]);
    }
  });

  it('validates every chunk: bytes, not empty, not over the chunk cap, a whole offset', async () => {
    const d = deps();
    const id = await open(d);
    for (const bad of [
      { id, offset: 0, data: [1, 2, 3] },
      { id, offset: 0, data: new Uint8Array(0) },
      { id, offset: 0, data: new Uint8Array(MAX_CHUNK_BYTES + 1) },
      { id, offset: -1, data: bytes(1, 1) },
      { id, offset: 0.5, data: bytes(1, 1) },
    ]) {
      const r = await writePackageChunk(bad, d);
      expect(r.ok, JSON.stringify(bad.offset)).toBe(false);
    }
    // A refused chunk ends the write: the file is gone.
    expect(d.packageWrites.sessions.size).toBe(0);
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes only where the user picked: a path in the input is refused, an id never seen is refused', async () => {
    const d = deps();
    const outside = path.join(dir, '..', 'evil.siteproof');
    const withPath = await openPackageWrite({ suggestedName: '../evil.siteproof' }, d);
    expect(withPath.ok).toBe(false);
    expect(d.showSaveDialog).not.toHaveBeenCalled();
    const id = await open(d);
    // Extra fields (a path) are dropped by the schema: the bytes still go to the picked file only.
    await writePackageChunk({ id, offset: 0, data: bytes(2, 7), path: outside }, d);
    await closePackageWrite({ id, size: 2, path: outside }, d);
    await expect(readFile(outside)).rejects.toThrow();
    expect([...(await readFile(path.join(dir, 'visit.siteproof')))]).toEqual([7, 7]);
    const forged = await writePackageChunk({ id: 'f'.repeat(32), offset: 0, data: bytes(1, 1) }, d);
    expect(forged.ok).toBe(false);
    expect((await writePackageChunk({ id: '../../etc/passwd', offset: 0, data: bytes(1, 1) }, d)).ok).toBe(false);
  });

  it('abort removes the temporary file and leaves an existing file of that name as it was', async () => {
    const target = path.join(dir, 'visit.siteproof');
    await fsp.writeFile(target, 'old');
    const d = deps();
    const id = await open(d);
    await writePackageChunk({ id, offset: 0, data: bytes(5, 1) }, d);
    expect(await abortPackageWrite({ id }, d)).toEqual({ ok: true, value: { aborted: true } });
    expect(await readdir(dir)).toEqual(['visit.siteproof']);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await abortPackageWrite({ id }, d)).toEqual({ ok: true, value: { aborted: false } });
  });

  it('a full disk ends the write with a readable message and no temporary file', async () => {
    const d = deps();
    const id = await open(d);
    const session = d.packageWrites.sessions.get(id)!;
    session.handle.write = vi.fn(async () => { throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }); }) as never;
    const r = await writePackageChunk({ id, offset: 0, data: bytes(5, 1) }, d);
    expect(r).toEqual({ ok: false, error: `Could not save ${path.join(dir, 'visit.siteproof')}: the disk is full` });
    expect(await readdir(dir)).toEqual([]);
  });
});
