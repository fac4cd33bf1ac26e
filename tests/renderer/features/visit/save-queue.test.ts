import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue } from '../../../../renderer/features/visit/logic/save-queue';

describe('SaveQueue', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('writes a click at once and reports saved only after the write resolved', async () => {
    let release!: () => void;
    const written: number[] = [];
    const q = new SaveQueue<number>((v) => new Promise<void>((r) => { release = () => { written.push(v); r(); }; }), () => 42);
    q.schedule('a', 1, 0);
    await vi.advanceTimersByTimeAsync(0);
    expect(q.get('a').status).toBe('saving');
    expect(q.hasUnsaved('a')).toBe(true);
    release();
    await q.idle();
    expect(written).toEqual([1]);
    expect(q.get('a')).toEqual({ status: 'saved', savedAt: 42, result: undefined });
    expect(q.hasUnsaved('a')).toBe(false);
  });

  it('waits for a pause in typing and writes only the newest state', async () => {
    const write = vi.fn(async () => undefined);
    const q = new SaveQueue<string>(write);
    q.schedule('note', 'h', 600);
    await vi.advanceTimersByTimeAsync(300);
    q.schedule('note', 'he', 600);
    await vi.advanceTimersByTimeAsync(300);
    q.schedule('note', 'hello', 600);
    expect(write).not.toHaveBeenCalled();
    expect(q.get('note').status).toBe('waiting');
    await vi.advanceTimersByTimeAsync(600);
    await q.idle();
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith('hello');
  });

  it('flush writes what waits without waiting for the pause', async () => {
    const write = vi.fn(async () => undefined);
    const q = new SaveQueue<string>(write);
    q.schedule('k', 'typed', 10_000);
    await q.flush('k');
    expect(write).toHaveBeenCalledWith('typed');
  });

  it('keeps the input of a failed write and retries it', async () => {
    let fail = true;
    const write = vi.fn(async (v: string) => { if (fail) throw new Error(`disk full (${v})`); });
    const q = new SaveQueue<string>(write);
    q.schedule('k', 'precious', 0);
    await q.idle();
    expect(q.get('k')).toMatchObject({ status: 'error', unsaved: 'precious', error: 'disk full (precious)' });
    expect(q.failed()).toEqual(['k']);
    fail = false;
    q.retry('k');
    await q.idle();
    expect(q.get('k').status).toBe('saved');
    expect(write).toHaveBeenLastCalledWith('precious');
    expect(q.failed()).toEqual([]);
  });

  it('runs writes one after another in the order they were made', async () => {
    const log: string[] = [];
    const slow = (v: string, ms: number) => new Promise<void>((r) => setTimeout(() => { log.push(v); r(); }, ms));
    const q = new SaveQueue<string>((v) => slow(v, v === 'a' ? 50 : 1));
    q.schedule('a', 'a', 0);
    q.schedule('b', 'b', 0);
    const picked = q.run(async () => { log.push('pick'); return 7; });
    await vi.advanceTimersByTimeAsync(100);
    expect(await picked).toBe(7);
    expect(log).toEqual(['a', 'b', 'pick']);
  });

  it('a newer state arriving during a write is written after it, not lost', async () => {
    const written: number[] = [];
    const q = new SaveQueue<number>(async (v) => { await new Promise((r) => setTimeout(r, 10)); written.push(v); });
    q.schedule('k', 1, 0);
    await vi.advanceTimersByTimeAsync(5);
    q.schedule('k', 2, 0);
    await vi.advanceTimersByTimeAsync(50);
    await q.idle();
    expect(written).toEqual([1, 2]);
    expect(q.get('k').status).toBe('saved');
  });

  it('keeps what the write returned, so later stale reads can be recognised', async () => {
    const q = new SaveQueue<number>(async (v) => ({ id: 'x', rev: v }));
    q.schedule('k', 3, 0);
    await q.idle();
    expect(q.get('k').result).toEqual({ id: 'x', rev: 3 });
  });

  it('notifies subscribers on every change', async () => {
    const q = new SaveQueue<number>(async () => undefined);
    const seen: string[] = [];
    const off = q.subscribe(() => seen.push(q.get('k').status));
    q.schedule('k', 1, 0);
    await q.idle();
    off();
    q.schedule('k', 2, 0);
    await q.idle();
    expect(seen).toEqual(['waiting', 'saving', 'saved']);
  });
});
