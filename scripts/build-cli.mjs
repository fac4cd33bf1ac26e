// Bundles the command line (cli/main.ts and the domain code it shares with the app) into plain JavaScript under
// dist-cli/, so `npx siteproof` starts without compiling TypeScript. Dependencies stay in node_modules (the CLI runs
// from an installed checkout); each command is its own chunk, loaded only when it is asked for.
//
// Each build goes to its own folder and `dist-cli/current.json` (replaced by a rename, so never half-written) names
// it, with the sources it was made from: a process that runs while another rebuilds keeps reading a complete bundle.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Builds older than this, other than the current one, are removed (a running command may still load chunks). */
const KEEP_OLD_MS = 10 * 60 * 1000;

/** The current build of the CLI under `root`, or undefined when there is none or it is older than a source. */
export function freshBuild(root = ROOT) {
  const out = path.join(root, 'dist-cli');
  try {
    const current = JSON.parse(readFileSync(path.join(out, 'current.json'), 'utf8'));
    const entry = path.join(out, current.dir, 'siteproof.js');
    if (typeof current.builtAt !== 'number' || !Array.isArray(current.inputs) || !existsSync(entry)) return undefined;
    const stale = current.inputs.some((p) => statSync(path.join(root, p)).mtimeMs > current.builtAt);
    return stale ? undefined : entry;
  } catch {
    return undefined; // no build yet, or a source it was made from was removed or renamed
  }
}

/** Builds the CLI into a new folder and makes it the current one; returns the entry file. */
export async function buildCli(root = ROOT, logLevel = 'warning') {
  const { build } = await import('esbuild'); // only here: a fresh bundle starts without loading esbuild
  const out = path.join(root, 'dist-cli');
  const builtAt = Date.now();
  const dir = `build-${builtAt}-${process.pid}`;
  mkdirSync(path.join(out, dir), { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { siteproof: 'cli/main.ts' },
    outdir: path.join(out, dir),
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    metafile: true,
    logLevel,
  });
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules'));
  const tmp = path.join(out, `current.json.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify({ dir, builtAt, inputs }, null, 1));
  renameSync(tmp, path.join(out, 'current.json'));
  for (const name of readdirSync(out)) {
    const p = path.join(out, name);
    if (name.startsWith('build-') && name !== dir && Date.now() - statSync(p).mtimeMs > KEEP_OLD_MS) rmSync(p, { recursive: true, force: true });
  }
  return path.join(out, dir, 'siteproof.js');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli(ROOT, 'info');
