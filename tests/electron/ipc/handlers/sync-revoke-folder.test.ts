import * as fsp from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { revokeSyncFolder } from '../../../../electron/ipc/handlers/sync-revoke-folder';
import { writeSyncDossier } from '../../../../electron/ipc/handlers/sync-write-dossier';
import { notGrantedMessage } from '../../../../electron/sync/folder-grants';
import { grantsIn, makeSyncFixture, realDeps } from './sync-fixture';

let fx: Awaited<ReturnType<typeof makeSyncFixture>>;

beforeEach(async () => {
  fx = await makeSyncFixture();
});

afterEach(async () => {
  await fx.cleanup();
});

const data = new TextEncoder().encode('%PDF-1.7');

describe('sync:revoke-folder', () => {
  it('takes the grant back: the sync refuses the folder at once and after a restart', async () => {
    expect(await revokeSyncFolder({ path: fx.folder }, { grants: fx.grants })).toEqual({ ok: true, value: { revoked: true } });
    expect(await writeSyncDossier({ folder: fx.folder, name: 'visit.pdf', data }, realDeps(fx.grants))).toEqual({ ok: false, error: notGrantedMessage(fx.folder) });
    const restarted = grantsIn(fx.userData);
    expect(await writeSyncDossier({ folder: fx.folder, name: 'visit.pdf', data }, realDeps(restarted))).toEqual({ ok: false, error: notGrantedMessage(fx.folder) });
    expect(await fsp.readdir(fx.folder)).toEqual([]);
  });

  it('says when the folder was not granted', async () => {
    expect(await revokeSyncFolder({ path: fx.outside }, { grants: fx.grants })).toEqual({ ok: true, value: { revoked: false } });
  });

  it.each([
    ['no input', undefined],
    ['a relative path', { path: 'sync' }],
    ['a bare string', '/media/usb'],
  ])('refuses %s and revokes nothing', async (_label, input) => {
    const grants = { revoke: vi.fn(async () => true) };
    expect(await revokeSyncFolder(input, { grants })).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid input/) });
    expect(grants.revoke).not.toHaveBeenCalled();
  });

  it('passes on a revoke that could not be saved', async () => {
    const grants = { revoke: vi.fn(async () => Promise.reject(new Error('the change could not be saved'))) };
    expect(await revokeSyncFolder({ path: fx.folder }, { grants })).toEqual({ ok: false, error: 'the change could not be saved' });
  });
});
