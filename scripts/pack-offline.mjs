// Packs the app the way `npm run dist` does (electron-builder with electron-builder.yml), but offline: the Linux
// unpacked target ('dir') with a stand-in for Electron's binary, which a closed network cannot download.
// Everything that decides what goes into app.asar runs for real: the `files` patterns, electron-builder's own
// file matcher and its node_modules collector. Prints every file in app.asar and the archive's size.
//
//   npm run build && node scripts/pack-offline.mjs [projectDir]
//
// projectDir: a checkout with dist/ and dist-electron/ built (default: this one).
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listPackage, statFile } from '@electron/asar';
import { build, Platform } from 'electron-builder';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A folder electron-builder accepts as an unpacked Electron: the executable it renames, and its version. */
async function standInElectron(dir, version) {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'electron'), '#!/bin/sh\necho "stand-in for Electron: packed only to list app.asar" >&2\nexit 1\n');
  await chmod(path.join(dir, 'electron'), 0o755);
  await writeFile(path.join(dir, 'version'), version);
}

/** The files (not folders) in an asar archive, as '/dist/index.html', sorted. */
export function asarFiles(asar) {
  return listPackage(asar, { isPack: false })
    .map((entry) => entry.split(path.sep).join('/'))
    .filter((entry) => !('files' in statFile(asar, entry.slice(1), false)))
    .sort();
}

/**
 * Packs `projectDir` into `outDir` (a fresh temporary folder when absent) and returns app.asar's path, its size in
 * bytes and its files. The stand-in forces only three settings: where Electron comes from, its version (the one
 * installed in node_modules) and no fuses, which can only be flipped in a real Electron binary.
 */
export async function packOffline({ projectDir = ROOT, outDir } = {}) {
  const work = await mkdtemp(path.join(tmpdir(), 'siteproof-pack-'));
  const output = outDir ?? path.join(work, 'release');
  const electronDist = path.join(work, 'electron-dist');
  try {
    const { version } = JSON.parse(await readFile(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8'));
    await standInElectron(electronDist, version);
    await build({
      projectDir,
      targets: Platform.LINUX.createTarget('dir'),
      publish: 'never',
      config: { electronDist, electronVersion: version, electronFuses: null, directories: { output } },
    });
    const asar = path.join(output, 'linux-unpacked', 'resources', 'app.asar');
    return { asar, size: (await stat(asar)).size, files: asarFiles(asar) };
  } finally {
    await rm(electronDist, { recursive: true, force: true });
    if (!outDir) await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const projectDir = path.resolve(process.argv[2] ?? ROOT);
  const work = await mkdtemp(path.join(tmpdir(), 'siteproof-pack-out-'));
  try {
    const { size, files } = await packOffline({ projectDir, outDir: path.join(work, 'release') });
    for (const file of files) console.log(file);
    console.log(`app.asar: ${size} bytes (${(size / 1024 ** 2).toFixed(2)} MiB), ${files.length} files`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
