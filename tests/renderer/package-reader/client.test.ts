import { describe, expect, it } from 'vitest';
import { readPackageFileOffThread } from '../../../renderer/package-reader/client';
import type { ReadReply, ReadRequest } from '../../../renderer/package-reader/protocol';

/** A stand-in for the module worker: answers each request with the replies given, and records what it was told. */
class FakeWorker {
  onmessage: ((e: MessageEvent<ReadReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  received: ReadRequest[] = [];
  constructor(private readonly replies: ReadReply[]) {}
  postMessage(msg: ReadRequest) {
    this.received.push(msg);
    queueMicrotask(() => {
      for (const r of this.replies) if (!this.terminated) this.onmessage?.({ data: r } as MessageEvent<ReadReply>);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

// The client only runs a worker where Worker exists (the browser); here it is given one.
const withWorkerGlobal = async <T>(run: () => Promise<T>): Promise<T> => {
  const g = globalThis as { Worker?: unknown };
  const had = 'Worker' in g;
  g.Worker = FakeWorker;
  try {
    return await run();
  } finally {
    if (!had) delete g.Worker;
  }
};

describe('readPackageFileOffThread', () => {
  it('sends the file itself to the worker, passes its progress on and ends it after the reply', async () => {
    const worker = new FakeWorker([
      { type: 'progress', done: 0, total: 10 },
      { type: 'progress', done: 10, total: 10 },
      { type: 'read', result: { ok: false, problems: [{ code: 'truncated', message: 'cut', params: {} }] } },
    ]);
    const file = new Blob([new Uint8Array(3)]);
    const seen: unknown[] = [];
    const r = await withWorkerGlobal(() => readPackageFileOffThread(file, { onProgress: (p) => seen.push(p) }, () => worker as unknown as Worker));
    expect(worker.received).toHaveLength(1);
    expect('file' in worker.received[0] && worker.received[0].file).toBe(file);
    expect(seen).toEqual([{ done: 0, total: 10 }, { done: 10, total: 10 }]);
    expect(r.ok).toBe(false);
    expect(worker.terminated).toBe(true);
  });

  it('a cancel ends the worker at once and rejects with the reason', async () => {
    const worker = new FakeWorker([{ type: 'progress', done: 1, total: 10 }]);
    const controller = new AbortController();
    const reading = withWorkerGlobal(() => readPackageFileOffThread(new Blob([]), {
      signal: controller.signal, onProgress: () => controller.abort(new DOMException('cancelled', 'AbortError')),
    }, () => worker as unknown as Worker));
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });

  it('a reply of the wrong kind is an error, not a result', async () => {
    const worker = new FakeWorker([{ type: 'done', result: { ok: false, problems: [], needsPassphrase: false } }]);
    await expect(withWorkerGlobal(() => readPackageFileOffThread(new Blob([]), {}, () => worker as unknown as Worker))).rejects.toThrow(/out of turn/);
  });
});
