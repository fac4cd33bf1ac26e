import { describe, expect, it, vi } from 'vitest';
import pkg from '../../../package.json';
import { createWebPlatform, mimeTypeForName, REVOKE_AFTER_MS, type WebEnv } from '../../../renderer/platform/web';

/** Just enough of a document for the download link, recording what happens to it. */
function fakeEnv(options: { version?: string; clickThrows?: boolean } = {}) {
  const events: string[] = [];
  const link = {
    href: '',
    download: '',
    rel: '',
    style: { display: '' },
    click: vi.fn(() => {
      events.push(`click ${link.download} ${link.href}`);
      if (options.clickThrows) throw new Error('blocked');
    }),
    remove: vi.fn(() => events.push('remove')),
  };
  const blobs: Blob[] = [];
  const timers: Array<{ callback: () => void; ms: number }> = [];
  const env: WebEnv = {
    document: {
      createElement: vi.fn(() => link),
      body: { append: vi.fn(() => events.push('append')) },
    } as unknown as WebEnv['document'],
    createObjectURL: vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:http://localhost/1';
    }),
    revokeObjectURL: vi.fn((url: string) => events.push(`revoke ${url}`)),
    setTimeout: (callback, ms) => timers.push({ callback, ms }),
    ...(options.version ? { version: options.version } : {}),
  };
  return { env, link, events, blobs, timers };
}

describe('createWebPlatform', () => {
  it('has no folder sync', () => {
    expect(createWebPlatform(fakeEnv().env).sync).toBeNull();
    expect(createWebPlatform(fakeEnv().env).kind).toBe('web');
  });

  it('reports the package version unless told otherwise', async () => {
    expect(await createWebPlatform(fakeEnv().env).getVersion()).toBe(pkg.version);
    expect(await createWebPlatform(fakeEnv({ version: '2.0.0' }).env).getVersion()).toBe('2.0.0');
    // A page cannot read the disk: no number rather than the quota's (which can exceed the disk).
    expect(await createWebPlatform(fakeEnv().env).freeDiskSpace()).toBeNull();
  });

  it('saves by offering a download of the exact bytes under the suggested name', async () => {
    const { env, link, events, blobs } = fakeEnv();
    const data = new Uint8Array([37, 80, 68, 70, 0, 255]);
    expect(await createWebPlatform(env).saveFile('Досьє.pdf', data)).toBe(true);
    expect(link.download).toBe('Досьє.pdf');
    expect(link.href).toBe('blob:http://localhost/1');
    expect(blobs[0].type).toBe('application/pdf');
    expect([...new Uint8Array(await blobs[0].arrayBuffer())]).toEqual([...data]);
    expect(events).toEqual(['append', 'click Досьє.pdf blob:http://localhost/1', 'remove']);
  });

  it('revokes the object URL later, not before the download starts', async () => {
    const { env, events, timers } = fakeEnv();
    await createWebPlatform(env).saveFile('a.siteproof', new Uint8Array([1]));
    expect(events).not.toContain('revoke blob:http://localhost/1');
    expect(timers).toHaveLength(1);
    expect(timers[0].ms).toBe(REVOKE_AFTER_MS);
    timers[0].callback();
    expect(events).toContain('revoke blob:http://localhost/1');
  });

  it('cleans up the link and the URL even when the click fails', async () => {
    const { env, events, timers } = fakeEnv({ clickThrows: true });
    await expect(createWebPlatform(env).saveFile('a.pdf', new Uint8Array([1]))).rejects.toThrow('blocked');
    expect(events).toContain('remove');
    expect(timers).toHaveLength(1);
  });
});

describe('mimeTypeForName', () => {
  it.each([
    ['a.pdf', 'application/pdf'],
    ['A.PDF', 'application/pdf'],
    ['visit.siteproof', 'application/octet-stream'],
    ['data.json', 'application/json'],
    ['noextension', 'application/octet-stream'],
  ])('%s → %s', (name, type) => {
    expect(mimeTypeForName(name)).toBe(type);
  });
});
