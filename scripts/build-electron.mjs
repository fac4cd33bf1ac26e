// Bundles the Electron main process and preload into minified CommonJS files under dist-electron/. Both are
// complete bundles (only `electron` stays outside), so the installer ships them and no node_modules.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** esbuild options for both bundles; `outDir` lets tests build into a temporary folder. */
export function electronBuildOptions(outDir = path.join(ROOT, 'dist-electron')) {
  // Electron 40 and later run Node 24 or newer; the target only decides which syntax esbuild may leave as it is.
  const common = { absWorkingDir: ROOT, bundle: true, platform: 'node', format: 'cjs', target: 'node24', external: ['electron'], minify: true, sourcemap: true, metafile: true, logLevel: 'info' };
  return [
    { ...common, entryPoints: ['electron/main.ts'], outfile: path.join(outDir, 'main.cjs') },
    { ...common, entryPoints: ['electron/preload.ts'], outfile: path.join(outDir, 'preload.cjs') },
  ];
}

export async function buildElectron(outDir, logLevel = 'info') {
  return Promise.all(electronBuildOptions(outDir).map((options) => build({ ...options, logLevel })));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildElectron();
