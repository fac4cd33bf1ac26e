/**
 * A WritableStream that gathers small writes into chunks of about `chunkBytes` and hands each to `send` with its
 * offset, one at a time: the zip writer emits many small pieces (headers) between large ones, and each IPC round
 * trip costs far more than copying a few megabytes.
 */
export interface ChunkTarget {
  send(offset: number, data: Uint8Array): Promise<void>;
  close(size: number): Promise<void>;
  abort(): Promise<void>;
}

export function chunkedStream(target: ChunkTarget, chunkBytes: number): WritableStream<Uint8Array> {
  let offset = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (!pendingBytes) return;
    const data = new Uint8Array(pendingBytes);
    let at = 0;
    for (const p of pending) {
      data.set(p, at);
      at += p.length;
    }
    pending = [];
    pendingBytes = 0;
    await target.send(offset, data);
    offset += data.length;
  };
  return new WritableStream<Uint8Array>({
    async write(chunk) {
      for (let at = 0; at < chunk.length;) {
        const part = chunk.subarray(at, at + (chunkBytes - pendingBytes));
        // A copy: the writer may reuse its buffer once write() resolves.
        pending.push(part.slice());
        pendingBytes += part.length;
        at += part.length;
        if (pendingBytes >= chunkBytes) await flush();
      }
    },
    async close() {
      await flush();
      await target.close(offset);
    },
    async abort() {
      pending = [];
      pendingBytes = 0;
      await target.abort();
    },
  });
}
