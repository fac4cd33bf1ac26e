// Prints what app.asar weighs with electron-builder.yml as it is, and without its node_modules exclusion: the
// same packing command (scripts/pack-offline.mjs, electron-builder's own file matcher and collector) for both.
//
//   npm run build && node scripts/asar-size.mjs
import { copyFile, cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packOffline } from './pack-offline.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = await readFile(path.join(root, 'electron-builder.yml'), 'utf8');
const variants = [
  ['without the node_modules exclusion', config.replace(/^\s*- "!node_modules\/\*\*"\n/m, '')],
  ['electron-builder.yml as it is', config],
];
for (const [label, yml] of variants) {
  const dir = await mkdtemp(path.join(tmpdir(), 'siteproof-asar-size-'));
  try {
    await copyFile(path.join(root, 'package.json'), path.join(dir, 'package.json'));
    await writeFile(path.join(dir, 'electron-builder.yml'), yml);
    await cp(path.join(root, 'build'), path.join(dir, 'build'), { recursive: true });
    await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    await cp(path.join(root, 'dist'), path.join(dir, 'dist'), { recursive: true });
    await cp(path.join(root, 'dist-electron'), path.join(dir, 'dist-electron'), { recursive: true });
    const packed = await packOffline({ projectDir: dir, outDir: path.join(dir, 'release') });
    const modules = packed.files.filter((f) => f.startsWith('/node_modules/')).length;
    console.log(`${label}: app.asar ${(packed.size / 1024 ** 2).toFixed(2)} MiB, ${packed.files.length} files, ${modules} of them under node_modules`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
