import { describe, expect, it, vi } from 'vitest';
import { freeBytes, isLowSpace, readStorageStatus, requestPersistence, type StorageApi } from '../../../renderer/db/storage';

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
