import { mkdtemp, readFile, rm } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../electron/ipc/contract';
import { buildElectron } from '../../scripts/build-electron.mjs';
import { createFakeElectron } from '../electron/fake-electron';

/**
 * The main process and the preload ship as the bundles scripts/build-electron.mjs makes. They are minified, and the
 * main process carries only the zod it uses: zod/mini's core and its English messages, never zod's classic API
 * (which alone made main.cjs ~770 KB).
 */
let outDir: string;
let outputs: Metafile['outputs'];

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'siteproof-main-bundle-'));
  const results = await buildElectron(outDir, 'silent');
  outputs = Object.assign({}, ...results.map((result) => result.metafile.outputs));
}, 60_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

const output = (file: string) => {
  const entry = Object.entries(outputs).find(([name]) => name.endsWith(`/${file}`));
  if (!entry) throw new Error(`${file} was not built`);
  return entry[1];
};
const packagesIn = (file: string) => Object.keys(output(file).inputs).filter((input) => input.includes('node_modules/'));

describe('dist-electron bundles', () => {
  it('main.cjs takes from node_modules only zod/mini, zod core and the English zod messages', () => {
    const inputs = packagesIn('main.cjs');
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) expect(input).toMatch(/node_modules\/zod\/v4\/(core|mini)\/[^/]+\.js$|node_modules\/zod\/v4\/locales\/(en|index)\.js$/);
    expect(inputs.some((input) => input.includes('/zod/v4/classic/'))).toBe(false);
  });

  it('the preload takes nothing from node_modules', () => {
    expect(packagesIn('preload.cjs')).toEqual([]);
  });

  it('both are minified and main.cjs stays small', async () => {
    const main = await readFile(path.join(outDir, 'main.cjs'), 'utf8');
    const preload = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
    expect(main.length).toBeLessThan(80 * 1024);
    expect(main.split('\n').length).toBeLessThan(20);
    expect(preload.split('\n').length).toBeLessThan(5);
    // Minified code keeps no comments but esbuild's legal ones.
    expect(main).not.toContain('Wiring only');
  });

  it('the minified main process still wires every channel when Electron is ready', async () => {
    const fake = createFakeElectron({ lock: true });
    const loader = Module as unknown as {
      _cache: Record<string, unknown>;
      _resolveFilename: (request: string, ...rest: unknown[]) => string;
    };
    // Electron's binary is not installed here: `require('electron')` from the bundle gets the fake instead.
    const electronId = '\0fake-electron';
    const resolve = loader._resolveFilename;
    loader._resolveFilename = (request, ...rest) => (request === 'electron' ? electronId : resolve(request, ...rest));
    loader._cache[electronId] = { id: electronId, filename: electronId, loaded: true, exports: fake.module };
    const mainPath = path.join(outDir, 'main.cjs');
    try {
      createRequire(mainPath)(mainPath);
      fake.markReady();
      await new Promise((done) => setTimeout(done, 0));
      const channels = fake.module.ipcMain.handle.mock.calls.map((call) => call[0]);
      expect(channels.sort()).toEqual(Object.values(CHANNELS).sort());
      expect(fake.FakeWindow.all).toHaveLength(1);
      expect(fake.FakeWindow.all[0].loadURL).toHaveBeenCalledWith('app://siteproof/index.html');
    } finally {
      loader._resolveFilename = resolve;
      delete loader._cache[electronId];
      delete loader._cache[mainPath];
    }
  });
});
