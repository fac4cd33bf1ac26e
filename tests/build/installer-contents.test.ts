import { copyFile, cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractFile } from '@electron/asar';
import { build as viteBuild } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../scripts/build-electron.mjs';
import { packOffline } from '../../scripts/pack-offline.mjs';

/**
 * What the installers ship: electron-builder packs a copy of this project (the real package.json,
 * electron-builder.yml and node_modules, freshly built bundles) for real, with only Electron's binary stood in
 * (scripts/pack-offline.mjs). app.asar must hold the bundles and what they load (assets, fonts; the templates are
 * inside the renderer bundle) and nothing else: no node_modules, no source maps, no sources.
 */
const root = path.resolve(__dirname, '../..');
let project: string;
let builtDist: string[];
let packed: { size: number; files: string[]; asar: string };

/** Every file under `dir`, as '/dist/…' paths relative to `base`. */
async function filesUnder(base: string, dir: string): Promise<string[]> {
  const entries = await readdir(path.join(base, dir), { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => `/${path.relative(base, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`);
}

async function projectCopy(dir: string, builderConfig: string): Promise<void> {
  await copyFile(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  await writeFile(path.join(dir, 'electron-builder.yml'), builderConfig);
  await cp(path.join(root, 'build'), path.join(dir, 'build'), { recursive: true });
  // The real dependencies, where electron-builder's collector looks for them.
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'siteproof-installer-'));
  await projectCopy(project, await readFile(path.join(root, 'electron-builder.yml'), 'utf8'));
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir: path.join(project, 'dist'), emptyOutDir: true } });
  await buildElectron(path.join(project, 'dist-electron'), 'silent');
  builtDist = await filesUnder(project, 'dist');
  packed = await packOffline({ projectDir: project, outDir: path.join(project, 'release') });
}, 240_000);

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

describe('app.asar', () => {
  it('holds exactly the built renderer (minus source maps), the two Electron bundles and package.json', () => {
    const expected = [...builtDist.filter((f) => !f.endsWith('.map')), '/dist-electron/main.cjs', '/dist-electron/preload.cjs', '/package.json'].sort();
    expect(packed.files).toEqual(expected);
  });

  it('ships no node_modules, no source maps and no sources', () => {
    expect(packed.files.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(packed.files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(packed.files.filter((f) => /\.(tsx?|mts)$/.test(f))).toEqual([]);
    expect(packed.files.every((f) => f === '/package.json' || f.startsWith('/dist/') || f.startsWith('/dist-electron/'))).toBe(true);
  });

  it('carries the page, its scripts and styles, both workers, the icon and the PDF fonts', () => {
    expect(packed.files).toContain('/dist/index.html');
    expect(packed.files).toContain('/dist/favicon.svg');
    expect(packed.files.some((f) => /^\/dist\/assets\/index-[\w-]+\.js$/.test(f))).toBe(true);
    expect(packed.files.some((f) => /^\/dist\/assets\/[\w-]+\.css$/.test(f))).toBe(true);
    expect(packed.files.some((f) => /^\/dist\/assets\/dossier\.worker-[\w-]+\.js$/.test(f))).toBe(true);
    expect(packed.files.some((f) => /^\/dist\/assets\/derive\.worker-[\w-]+\.js$/.test(f))).toBe(true);
    expect(packed.files.some((f) => /^\/dist\/assets\/DejaVuSans-[\w-]+\.ttf$/.test(f))).toBe(true);
    expect(packed.files.some((f) => /^\/dist\/assets\/DejaVuSans-Bold-[\w-]+\.ttf$/.test(f))).toBe(true);
  });

  it('has the shipped templates inside the renderer bundle', async () => {
    const templateIds = (await readdir(path.join(root, 'templates'))).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(templateIds.length).toBeGreaterThan(0);
    const scripts = packed.files.filter((f) => f.startsWith('/dist/assets/') && f.endsWith('.js')).map((f) => extractFile(packed.asar, f.slice(1)).toString('utf8'));
    for (const id of templateIds) expect(scripts.some((code) => code.includes(`"${id}"`) || code.includes(`'${id}'`) || code.includes(`\`${id}\``))).toBe(true);
  });

  it('starts the bundled main process', () => {
    const pkg = JSON.parse(extractFile(packed.asar, 'package.json').toString('utf8')) as { main: string };
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });

  it('is small: a few MiB, not the ~100 MiB the runtime dependencies would add', () => {
    expect(packed.size).toBeLessThan(8 * 1024 ** 2);
  });
});

describe('the check above can fail', () => {
  it('without the node_modules exclusion electron-builder would ship the runtime dependencies', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'siteproof-installer-control-'));
    try {
      const config = await readFile(path.join(root, 'electron-builder.yml'), 'utf8');
      const withoutExclusion = config.replace(/^\s*- "!node_modules\/\*\*"\n/m, '');
      expect(withoutExclusion).not.toBe(config);
      await projectCopy(dir, withoutExclusion);
      await cp(path.join(project, 'dist'), path.join(dir, 'dist'), { recursive: true });
      await cp(path.join(project, 'dist-electron'), path.join(dir, 'dist-electron'), { recursive: true });
      const control = await packOffline({ projectDir: dir, outDir: path.join(dir, 'release') });
      expect(control.files.some((f) => f.startsWith('/node_modules/react/'))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
