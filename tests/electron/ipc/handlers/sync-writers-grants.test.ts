import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSyncDossier } from '../../../../electron/ipc/handlers/sync-write-dossier';
import { writeSyncFile } from '../../../../electron/ipc/handlers/sync-write-file';
import { GRANTS_FILE_NAME, notGrantedMessage } from '../../../../electron/sync/folder-grants';
import { grantsIn, grantThenRemove, makeSyncFixture, realDeps, spyDeps } from './sync-fixture';

let fx: Awaited<ReturnType<typeof makeSyncFixture>>;

beforeEach(async () => {
  fx = await makeSyncFixture();
});

afterEach(async () => {
  await fx.cleanup();
});

const data = new TextEncoder().encode('bytes');

// Both writers are folderWriter(name): the folder grant is checked the same way for each.
describe.each([
  { channel: 'sync:write-file', write: writeSyncFile, name: 'visit.siteproof' },
  { channel: 'sync:write-dossier', write: writeSyncDossier, name: 'visit.pdf' },
])('$channel and the folders the user chose', ({ write, name }) => {
  it('explains a missing folder that was chosen', async () => {
    const missing = path.join(fx.base, 'unplugged-usb');
    await grantThenRemove(fx.grants, missing);
    const result = await write({ folder: missing, name, data }, realDeps(fx.grants));
    expect(result).toEqual({ ok: false, error: `Cannot open the sync folder ${missing}: it does not exist` });
  });

  it('refuses a folder that was not chosen in the dialog and writes nothing', async () => {
    const deps = spyDeps(fx.grants);
    const result = await write({ folder: fx.outside, name, data }, deps);
    expect(result).toEqual({ ok: false, error: notGrantedMessage(fx.outside) });
    expect(deps.touched()).toBe(false);
    expect(await fsp.readdir(fx.outside)).toEqual([]);
  });

  it('refuses a folder that was chosen once but is no longer remembered', async () => {
    await fsp.rm(path.join(fx.userData, GRANTS_FILE_NAME));
    const result = await write({ folder: fx.folder, name, data }, realDeps(grantsIn(fx.userData)));
    expect(result).toEqual({ ok: false, error: notGrantedMessage(fx.folder) });
    expect(await fsp.readdir(fx.folder)).toEqual([]);
  });
});
