import { describe, expect, it, vi } from 'vitest';
import { freeBytes, isLowSpace, judgeSpace, readStorageStatus, requestPersistence, type StorageApi } from '../../../renderer/db/storage';

const GB = 1024 ** 3;

function fakeApi(over: Partial<StorageApi> = {}): StorageApi {
  return {
    persisted: vi.fn(async () => false),
    persist: vi.fn(async () => true),
    estimate: vi.fn(async () => ({ usage: 2 * GB, quota: 50 * GB })),
    ...over,
  };
}

describe('requestPersistence', () => {
  it('asks for persistence when not yet granted and returns the answer', async () => {
    const api = fakeApi();
    expect(await requestPersistence(api)).toBe(true);
    expect(api.persist).toHaveBeenCalledOnce();
  });
  it('does not ask again when already persisted', async () => {
    const api = fakeApi({ persisted: vi.fn(async () => true) });
    expect(await requestPersistence(api)).toBe(true);
    expect(api.persist).not.toHaveBeenCalled();
  });
  it('reports a refusal, a failure and a missing API distinctly', async () => {
    expect(await requestPersistence(fakeApi({ persist: vi.fn(async () => false) }))).toBe(false);
    expect(await requestPersistence(fakeApi({ persist: vi.fn(async () => { throw new Error('no'); }) }))).toBeNull();
    expect(await requestPersistence(undefined)).toBeNull();
  });
});

describe('readStorageStatus', () => {
  it('combines persisted() and estimate()', async () => {
    expect(await readStorageStatus(fakeApi())).toEqual({ persisted: false, usage: 2 * GB, quota: 50 * GB });
  });
  it('degrades to unknown values instead of failing', async () => {
    const api = fakeApi({ estimate: vi.fn(async () => { throw new Error('x'); }), persisted: vi.fn(async () => { throw new Error('y'); }) });
    expect(await readStorageStatus(api)).toEqual({ persisted: null, usage: null, quota: null });
    expect(await readStorageStatus(undefined)).toEqual({ persisted: null, usage: null, quota: null });
  });
});

describe('isLowSpace', () => {
  it('warns below 1 GB free', () => {
    expect(isLowSpace({ usage: 0, quota: 0.9 * GB })).toBe(true);
    expect(isLowSpace({ usage: 199 * GB, quota: 200 * GB - 1 })).toBe(true);
  });
  it('warns below 10 % of the quota free', () => {
    expect(isLowSpace({ usage: 91 * GB, quota: 100 * GB })).toBe(true);
    expect(isLowSpace({ usage: 89 * GB, quota: 100 * GB })).toBe(false);
  });
  it('stays quiet with room to spare or without figures', () => {
    expect(isLowSpace({ usage: 2 * GB, quota: 50 * GB })).toBe(false);
    expect(isLowSpace({ usage: null, quota: 50 * GB })).toBe(false);
    expect(freeBytes({ usage: 3, quota: 2 })).toBe(0);
  });
});

describe('judgeSpace', () => {
  const MB = 1024 ** 2;
  it('warns from the disk even when the browser reports a large quota (1.1 GB quota on a 40 MB disk)', () => {
    expect(judgeSpace({ disk: 40 * MB, usage: 0, quota: 1.1 * GB })).toEqual({ low: true, free: 40 * MB });
    expect(judgeSpace({ disk: 499 * MB, usage: 0, quota: 500 * GB })).toMatchObject({ low: true });
  });
  it('stays quiet with room on the disk and in the quota', () => {
    expect(judgeSpace({ disk: 20 * GB, usage: 1 * GB, quota: 100 * GB })).toEqual({ low: false, free: 20 * GB });
  });
  it('wants ten photos’ worth when photos are large', () => {
    expect(judgeSpace({ disk: 600 * MB, usage: null, quota: null }, 80 * MB)).toMatchObject({ low: true });
    expect(judgeSpace({ disk: 900 * MB, usage: null, quota: null }, 80 * MB)).toMatchObject({ low: false });
  });
  it('without the disk (a browser) goes by the quota, which can warn but is the only figure', () => {
    expect(judgeSpace({ disk: null, usage: 0, quota: 0.5 * GB })).toEqual({ low: true, free: 0.5 * GB });
    expect(judgeSpace({ disk: null, usage: null, quota: null })).toEqual({ low: false, free: null });
  });
});

describe('openStorage', () => {
  it('opens the database once and gives this machine a device id', async () => {
    const { openStorage } = await import('../../../renderer/db/storage');
    const { readIdentity } = await import('../../../renderer/db/settings');
    const first = openStorage();
    expect(openStorage()).toBe(first);
    await first;
    expect((await readIdentity()).device).toMatch(/^[0-9a-f-]{36}$/);
  });
});
