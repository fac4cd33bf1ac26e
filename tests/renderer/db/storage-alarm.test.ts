import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/db';
import { clearStorageFull, photoWriteCount, storageFull, subscribeStorage } from '../../../renderer/db/storage-alarm';
import { saveLang } from '../../../renderer/db/ui-state';
import { clearDb } from './fixtures';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

beforeEach(async () => {
  await clearDb();
  clearStorageFull();
});
afterEach(() => vi.restoreAllMocks());

describe('storage alarm', () => {
  it('is raised by any write the disk refuses, and the writer still gets its own error', async () => {
    const heard = vi.fn();
    const stop = subscribeStorage(heard);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => { throw quotaError(); });
    await expect(saveLang('uk')).rejects.toMatchObject({ name: expect.stringMatching(/QuotaExceeded/) });
    expect(storageFull()).toBe(true);
    expect(heard).toHaveBeenCalledOnce();
    stop();
  });

  it('is raised by a refused photo file', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => { throw quotaError(); });
    await expect(db.blobs.add({ key: 'p1:original', photoId: 'p1', variant: 'original', blob: new Blob([new Uint8Array(3)]) } as never)).rejects.toBeTruthy();
    expect(storageFull()).toBe(true);
  });

  it('stays down for other failures, and counts stored photo files', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => { throw new DOMException('gone', 'NotFoundError'); });
    await expect(saveLang('uk')).rejects.toBeTruthy();
    expect(storageFull()).toBe(false);
    vi.restoreAllMocks();
    const before = photoWriteCount();
    await db.blobs.put({ key: 'p2:original', photoId: 'p2', variant: 'original', blob: new Blob([new Uint8Array(3)]) } as never);
    expect(photoWriteCount()).toBe(before + 1);
    await saveLang('en');
    expect(photoWriteCount()).toBe(before + 1);
  });
});
