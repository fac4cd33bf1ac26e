import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '../../electron/ipc/contract';
import { APP_ID, PRODUCT_NAME } from '../../electron/identity';

/**
 * These values key the users' data: the origin keys IndexedDB, productName and appId decide the userData folder.
 * If this test fails, someone is about to make every evaluator's captures look lost. Do not "fix" the test.
 */
const root = path.resolve(__dirname, '../..');
let pkg: { name: string; productName: string; homepage?: string; author?: { email?: string }; main: string };
let builder: Configuration;

beforeAll(async () => {
  pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  // electron-builder's own loader, so the test reads the YAML exactly as packaging will.
  builder = await getConfig(root, 'electron-builder.yml', null);
});

describe('app identity', () => {
  it('serves the renderer from app://siteproof', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_HOST).toBe('siteproof');
    expect(APP_ORIGIN).toBe('app://siteproof');
  });

  it('is called SiteProof with appId app.siteproof.desktop everywhere', () => {
    expect(PRODUCT_NAME).toBe('SiteProof');
    expect(APP_ID).toBe('app.siteproof.desktop');
    expect(pkg.productName).toBe(PRODUCT_NAME);
    expect(pkg.name).toBe('siteproof');
    expect(builder.productName).toBe(PRODUCT_NAME);
    expect(builder.appId).toBe(APP_ID);
  });

  it('starts the bundled main process', () => {
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });
});

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(structuredClone(builder), { isEnabled: false, data: new Map(), add: () => undefined, save: async () => undefined } as never)).resolves.toBeUndefined();
  });

  it('turns off the Electron fuses that let others run code as the app', () => {
    expect(builder.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('never deletes user data on uninstall and lets the user choose the install folder', () => {
    expect(builder.nsis?.deleteAppDataOnUninstall).toBe(false);
    expect(builder.nsis?.oneClick).toBe(false);
  });

  it('packages only the built app', () => {
    const patterns = (builder.files as Array<{ filter: string[] }>).flatMap((set) => set.filter);
    expect(patterns).toEqual(expect.arrayContaining(['dist/**', 'dist-electron/**', 'package.json']));
  });

  it('has what a .deb needs: homepage, maintainer e-mail, category', () => {
    expect(pkg.homepage).toBeTruthy();
    expect(pkg.author?.email).toMatch(/@/);
    expect(builder.linux?.maintainer).toMatch(/<[^>]+@[^>]+>/);
    expect(builder.linux?.category).toBe('Office');
    expect(builder.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('asks macOS for the camera in our words, under the hardened runtime with the camera entitlement', async () => {
    expect(builder.mac?.hardenedRuntime).toBe(true);
    expect(builder.mac?.extendInfo).toMatchObject({ NSCameraUsageDescription: expect.stringContaining('camera') });
    expect(builder.mac?.entitlements).toBe('build/entitlements.mac.plist');
    const plist = await readFile(path.join(root, 'build/entitlements.mac.plist'), 'utf8');
    expect(plist).toMatch(/<key>com\.apple\.security\.device\.camera<\/key>\s*<true\/>/);
    expect(plist).toMatch(/<key>com\.apple\.security\.cs\.allow-jit<\/key>\s*<true\/>/);
    expect(plist).not.toContain('audio-input');
  });
});
