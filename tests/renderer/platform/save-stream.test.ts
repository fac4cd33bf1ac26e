import { describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../electron/ipc/contract';
import { chunkedStream } from '../../../renderer/platform/chunked';
import { createElectronPlatform, SAVE_CHUNK_BYTES } from '../../../renderer/platform/electron';
import { createWebPlatform, type SaveFilePicker, type WebEnv } from '../../../renderer/platform/web';

async function pour(stream: WritableStream<Uint8Array>, chunks: Uint8Array[]): Promise<void> {
  const w = stream.getWriter();
  for (const c of chunks) await w.write(c);
  await w.close();
}

describe('chunkedStream', () => {
  it('gathers small writes into chunks of the set size, each with its offset, then closes with the total', async () => {
    const sent: [number, number[]][] = [];
    const close = vi.fn(async () => undefined);
    const s = chunkedStream({ send: async (offset, data) => { sent.push([offset, [...data]]); }, close, abort: async () => undefined }, 4);
    await pour(s, [new Uint8Array([1, 2]), new Uint8Array([3, 4, 5, 6, 7]), new Uint8Array([8])]);
    expect(sent).toEqual([[0, [1, 2, 3, 4]], [4, [5, 6, 7, 8]]]);
    expect(close).toHaveBeenCalledWith(8);
  });

  it('copies what it holds: the writer may reuse its buffer after a write', async () => {
    const sent: number[][] = [];
    const s = chunkedStream({ send: async (_o, data) => { sent.push([...data]); }, close: async () => undefined, abort: async () => undefined }, 8);
    const w = s.getWriter();
    const buf = new Uint8Array([1, 1]);
    await w.write(buf);
    buf.fill(9);
    await w.write(buf);
    await w.close();
    expect(sent).toEqual([[1, 1, 9, 9]]);
  });

  it('aborts the target when the stream is aborted', async () => {
    const abort = vi.fn(async () => undefined);
    const s = chunkedStream({ send: async () => undefined, close: async () => undefined, abort }, 8);
    await s.abort(new Error('cancelled'));
    expect(abort).toHaveBeenCalledOnce();
  });
});

describe('Electron openSaveStream', () => {
  const id = 'b'.repeat(32);
  function bridge(over: Partial<Bridge> = {}) {
    return {
      openPackageWrite: vi.fn(async () => ({ ok: true as const, value: { id, path: '/home/eva/a.siteproof' } })),
      writePackageChunk: vi.fn(async (i: { offset: number; data: Uint8Array }) => ({ ok: true as const, value: { written: i.offset + i.data.length } })),
      closePackageWrite: vi.fn(async () => ({ ok: true as const, value: { path: '/home/eva/a.siteproof' } })),
      abortPackageWrite: vi.fn(async () => ({ ok: true as const, value: { aborted: true } })),
      ...over,
    } as unknown as Bridge;
  }

  it('opens through the dialog, sends chunks with offsets under the cap, and closes with the size', async () => {
    const b = bridge();
    const opened = await createElectronPlatform(b).openSaveStream('a.siteproof', [{ name: 'SiteProof', extensions: ['siteproof'] }]);
    expect(opened?.target).toBe('file');
    await pour(opened!.stream, [new Uint8Array(SAVE_CHUNK_BYTES + 10), new Uint8Array(5)]);
    const calls = (b.writePackageChunk as unknown as { mock: { calls: [{ id: string; offset: number; data: Uint8Array }][] } }).mock.calls.map(([i]) => [i.id, i.offset, i.data.length]);
    expect(calls).toEqual([[id, 0, SAVE_CHUNK_BYTES], [id, SAVE_CHUNK_BYTES, 15]]);
    expect(b.closePackageWrite).toHaveBeenCalledWith({ id, size: SAVE_CHUNK_BYTES + 15 });
  });

  it('returns null when the dialog was cancelled', async () => {
    expect(await createElectronPlatform(bridge({ openPackageWrite: vi.fn(async () => ({ ok: true as const, value: null })) })).openSaveStream('a.siteproof')).toBeNull();
  });

  it('a refused chunk fails the stream with the main process message', async () => {
    const b = bridge({ writePackageChunk: vi.fn(async () => ({ ok: false as const, error: 'Could not save /home/eva/a.siteproof: the disk is full' })) });
    const opened = await createElectronPlatform(b).openSaveStream('a.siteproof');
    await expect(pour(opened!.stream, [new Uint8Array(SAVE_CHUNK_BYTES)])).rejects.toThrow(/the disk is full/);
  });

  it('aborting the stream aborts the write in the main process', async () => {
    const b = bridge();
    const opened = await createElectronPlatform(b).openSaveStream('a.siteproof');
    await opened!.stream.abort(new Error('cancelled'));
    expect(b.abortPackageWrite).toHaveBeenCalledWith({ id });
  });
});

describe('browser openSaveStream', () => {
  function env(picker?: SaveFilePicker) {
    const blobs: Blob[] = [];
    const link = { href: '', download: '', rel: '', style: { display: '' }, click: vi.fn(), remove: vi.fn() };
    const e: WebEnv = {
      document: { createElement: () => link, body: { append: () => undefined } } as unknown as WebEnv['document'],
      createObjectURL: (b) => { blobs.push(b); return 'blob:x'; },
      revokeObjectURL: () => undefined,
      setTimeout: () => undefined,
      ...(picker ? { showSaveFilePicker: picker } : {}),
    };
    return { e, blobs, link };
  }

  it('writes into the file the picker returns', async () => {
    const written: number[] = [];
    const picker = vi.fn(async () => ({ createWritable: async () => new WritableStream<Uint8Array>({ write: (c) => { written.push(...c); } }) }));
    const opened = await createWebPlatform(env(picker as unknown as SaveFilePicker).e).openSaveStream('a.siteproof', [{ name: 'SiteProof', extensions: ['siteproof'] }]);
    expect(opened?.target).toBe('file');
    expect(picker).toHaveBeenCalledWith({ suggestedName: 'a.siteproof', types: [{ description: 'SiteProof', accept: { 'application/octet-stream': ['.siteproof'] } }] });
    await pour(opened!.stream, [new Uint8Array([1, 2, 3])]);
    expect(written).toEqual([1, 2, 3]);
  });

  it('returns null when the user cancels the picker; other picker errors are thrown', async () => {
    const cancel = async () => { throw new DOMException('aborted', 'AbortError'); };
    expect(await createWebPlatform(env(cancel as unknown as SaveFilePicker).e).openSaveStream('a.siteproof')).toBeNull();
    const broken = async () => { throw new DOMException('not allowed', 'SecurityError'); };
    await expect(createWebPlatform(env(broken as unknown as SaveFilePicker).e).openSaveStream('a.siteproof')).rejects.toThrow(/not allowed/);
  });

  it('without a picker, gathers the stream and offers it as one download, saying so', async () => {
    const { e, blobs, link } = env();
    const opened = await createWebPlatform(e).openSaveStream('a.siteproof');
    expect(opened?.target).toBe('download');
    await pour(opened!.stream, [new Uint8Array([1, 2]), new Uint8Array([3])]);
    expect(link.download).toBe('a.siteproof');
    expect(link.click).toHaveBeenCalledOnce();
    expect([...new Uint8Array(await blobs[0].arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('without a picker, an aborted stream offers nothing', async () => {
    const { e, link } = env();
    const opened = await createWebPlatform(e).openSaveStream('a.siteproof');
    await opened!.stream.abort(new Error('cancelled'));
    expect(link.click).not.toHaveBeenCalled();
  });
});
