import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempPathFor, writeFileAtomic, type AtomicFs } from '../../../electron/fs/atomic-write';

let dir: string;

beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'siteproof-atomic-'));
});

afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

/** Real file system, with one step made to fail and every call recorded. */
function faultyFs(fail: { on: 'write' | 'sync' | 'rename'; code: string; times?: number }) {
  const calls: string[] = [];
  let failuresLeft = fail.times ?? Infinity;
  const boom = () => {
    failuresLeft -= 1;
    return Object.assign(new Error(`${fail.code}: simulated`), { code: fail.code });
  };
  const fs: AtomicFs = {
    async open(file, flags) {
      calls.push(`open ${path.basename(String(file))} ${String(flags)}`);
      const handle = await fsp.open(file, flags);
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile' && fail.on === 'write' && failuresLeft > 0) {
            return async (data: Uint8Array) => {
              await target.writeFile(data.subarray(0, Math.floor(data.length / 2)));
              throw boom();
            };
          }
          if (key === 'sync') {
            return async () => {
              calls.push(`sync ${path.basename(String(file))}`);
              if (fail.on === 'sync' && failuresLeft > 0) throw boom();
              return target.sync();
            };
          }
          const value = Reflect.get(target, key, target) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
    async rename(from, to) {
      calls.push(`rename ${path.basename(String(from))} -> ${path.basename(String(to))}`);
      if (fail.on === 'rename' && failuresLeft > 0) throw boom();
      return fsp.rename(from, to);
    },
    unlink: fsp.unlink,
  };
  return { fs, calls };
}

describe('writeFileAtomic', () => {
  it('writes the complete file and leaves no temporary file', async () => {
    const target = path.join(dir, 'visit.siteproof');
    await writeFileAtomic(target, bytes('complete package'));
    expect(await fsp.readFile(target, 'utf8')).toBe('complete package');
    expect(await fsp.readdir(dir)).toEqual(['visit.siteproof']);
  });

  it('writes to name.part-<random>, fsyncs it, then renames it into place', async () => {
    const target = path.join(dir, 'visit.siteproof');
    const { fs, calls } = faultyFs({ on: 'write', code: 'NONE', times: 0 });
    await writeFileAtomic(target, bytes('data'), { fs, tempSuffix: () => 'abc123' });
    expect(tempPathFor(target, 'abc123')).toBe(`${target}.part-abc123`);
    expect(calls.slice(0, 3)).toEqual(['open visit.siteproof.part-abc123 wx', 'sync visit.siteproof.part-abc123', 'rename visit.siteproof.part-abc123 -> visit.siteproof']);
    expect(await fsp.readFile(target, 'utf8')).toBe('data');
  });

  it('uses a different temporary name each time', async () => {
    const names = new Set<string>();
    for (let i = 0; i < 5; i += 1) {
      const { fs, calls } = faultyFs({ on: 'write', code: 'NONE', times: 0 });
      await writeFileAtomic(path.join(dir, 'a.siteproof'), bytes(String(i)), { fs });
      names.add(calls[0]);
    }
    expect(names.size).toBe(5);
  });

  it('replaces an existing file whole', async () => {
    const target = path.join(dir, 'visit.siteproof');
    await fsp.writeFile(target, 'old version');
    await writeFileAtomic(target, bytes('new version'));
    expect(await fsp.readFile(target, 'utf8')).toBe('new version');
  });

  it.each([
    ['a failed write (disk full)', 'write', 'ENOSPC'],
    ['a failed fsync', 'sync', 'EIO'],
    ['a failed rename', 'rename', 'EXDEV'],
  ] as const)('after %s: no final file, no temporary file, the error is passed on', async (_label, on, code) => {
    const target = path.join(dir, 'visit.siteproof');
    const { fs } = faultyFs({ on, code });
    await expect(writeFileAtomic(target, bytes('x'.repeat(1000)), { fs })).rejects.toMatchObject({ code });
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('after a failure the previous version is still intact', async () => {
    const target = path.join(dir, 'visit.siteproof');
    await fsp.writeFile(target, 'previous good version');
    const { fs } = faultyFs({ on: 'write', code: 'ENOSPC' });
    await expect(writeFileAtomic(target, bytes('new'), { fs })).rejects.toThrow('ENOSPC');
    expect(await fsp.readFile(target, 'utf8')).toBe('previous good version');
    expect(await fsp.readdir(dir)).toEqual(['visit.siteproof']);
  });

  it('retries a rename blocked for a moment (Windows antivirus) and then succeeds', async () => {
    const target = path.join(dir, 'visit.siteproof');
    const { fs, calls } = faultyFs({ on: 'rename', code: 'EPERM', times: 2 });
    const sleep = vi.fn(async () => undefined);
    await writeFileAtomic(target, bytes('data'), { fs, sleep });
    expect(calls.filter((call) => call.startsWith('rename'))).toHaveLength(3);
    expect(sleep).toHaveBeenCalledTimes(2);
    expect(await fsp.readdir(dir)).toEqual(['visit.siteproof']);
  });

  it('gives up on a rename that stays blocked, cleaning up', async () => {
    const { fs, calls } = faultyFs({ on: 'rename', code: 'EBUSY' });
    await expect(writeFileAtomic(path.join(dir, 'visit.siteproof'), bytes('data'), { fs, sleep: async () => undefined })).rejects.toMatchObject({ code: 'EBUSY' });
    expect(calls.filter((call) => call.startsWith('rename'))).toHaveLength(5);
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('fails when the folder does not exist, creating nothing', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'a.siteproof'), bytes('x'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await fsp.readdir(dir)).toEqual([]);
  });
});
