import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/db/db';
import { addPhoto, type Deriver, type DerivedImage } from '../../../../renderer/db/photos';
import { DeriverUnavailableError } from '../../../../renderer/domain/photo';
import { queueDerivatives, savePhoto, setDeriver, startPhotoPipeline } from '../../../../renderer/features/photos/pipeline';
import { headerOnlyJpeg } from '../../../../bench/fixtures/jpeg';

const step = { visitId: 'v1', questionId: 'q1', stepId: 's1' };
const who = { author: 'Olena', device: 'dev-o' };
const jpeg = (seed: string) => headerOnlyJpeg(4000, 3000, seed);
const images = (specs: Parameters<Deriver>[1]): DerivedImage[] =>
  specs.map((s) => ({ variant: s.variant, blob: new Blob([s.variant]), width: s.longSide, height: s.longSide }));

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => {
  setDeriver(null);
  vi.restoreAllMocks();
});

describe('savePhoto', () => {
  it('resolves once the original is stored, and derives afterwards', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    setDeriver(async (_b, specs) => { await gate; return images(specs); });
    const saved = await savePhoto({ ...step, data: jpeg('a'), source: 'camera' }, who);
    expect((await db.photos.get(saved.photo.id))!.derivatives).toBe('pending');
    release();
    expect(await saved.derived).toBe('ready');
    expect((await db.photos.get(saved.photo.id))!.derivatives).toBe('ready');
  });

  it('derives one photo at a time, in the order they were stored', async () => {
    let running = 0;
    let most = 0;
    const order: number[] = [];
    setDeriver(async (blob, specs) => {
      running += 1;
      most = Math.max(most, running);
      order.push(blob.size);
      await new Promise((r) => setTimeout(r, 5));
      running -= 1;
      return images(specs);
    });
    const saved = [];
    for (const seed of ['1', '22', '333']) saved.push(await savePhoto({ ...step, data: jpeg(seed), source: 'file' }, who));
    expect(await Promise.all(saved.map((s) => s.derived))).toEqual(['ready', 'ready', 'ready']);
    expect(most).toBe(1);
    expect(order).toEqual(saved.map((s) => s.photo.size));
  });

  it('does not queue a photo twice', async () => {
    const calls = vi.fn(async (_b: Blob, specs: Parameters<Deriver>[1]) => images(specs));
    setDeriver(calls);
    const { photo } = await addPhoto(who, { ...step, data: jpeg('once'), source: 'file' });
    const [a, b] = [queueDerivatives(photo.id), queueDerivatives(photo.id)];
    expect(a).toBe(b);
    expect(await a).toBe('ready');
    expect(calls).toHaveBeenCalledTimes(1);
  });

  it('keeps a photo pending (not failed) when the worker itself is gone', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    setDeriver(() => Promise.reject(new DeriverUnavailableError('worker crashed')));
    const saved = await savePhoto({ ...step, data: jpeg('crash'), source: 'file' }, who);
    expect(await saved.derived).toBe('deferred');
    expect((await db.photos.get(saved.photo.id))!.derivatives).toBe('pending');
  });

  it('rejects a bad file with its typed error and queues nothing', async () => {
    const calls = vi.fn();
    setDeriver(calls);
    await expect(savePhoto({ ...step, data: new TextEncoder().encode('hello'), source: 'file' }, who)).rejects.toMatchObject({ code: 'unsupported' });
    expect(calls).not.toHaveBeenCalled();
  });
});

describe('startPhotoPipeline', () => {
  it('finishes derivatives a previous session left pending', async () => {
    const ids: string[] = [];
    for (const seed of ['p1', 'p2']) ids.push((await addPhoto(who, { ...step, data: jpeg(seed), source: 'file' })).photo.id);
    setDeriver(async (_b, specs) => images(specs));
    await startPhotoPipeline();
    await vi.waitFor(async () => {
      for (const id of ids) expect((await db.photos.get(id))!.derivatives).toBe('ready');
    });
    expect(await db.blobs.count()).toBe(6);
  });
});
