import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listSyncFolders } from '../../../../electron/ipc/handlers/sync-list-folders';
import { grantsIn, makeSyncFixture } from './sync-fixture';

let fx: Awaited<ReturnType<typeof makeSyncFixture>>;

beforeEach(async () => {
  fx = await makeSyncFixture();
});

afterEach(async () => {
  await fx.cleanup();
});

describe('sync:list-folders', () => {
  it('lists the folders picked in the dialog, latest first, also after a restart', async () => {
    const usb = path.join(fx.base, 'usb');
    await fsp.mkdir(usb);
    await fx.grants.add(usb);
    expect(await listSyncFolders(undefined, { grants: fx.grants })).toEqual({ ok: true, value: [{ path: usb }, { path: fx.folder }] });
    expect(await listSyncFolders(undefined, { grants: grantsIn(fx.userData) })).toEqual({ ok: true, value: [{ path: usb }, { path: fx.folder }] });
  });

  it('takes no input', async () => {
    expect(await listSyncFolders({ path: '/' }, { grants: fx.grants })).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid input/) });
  });
});
