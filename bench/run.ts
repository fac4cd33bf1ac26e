import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Runs every bench/*.bench.ts in turn (alphabetical) and prints its figures. Each bench file exports a default
 * `run(log)`; it can also be run alone with `node --import tsx bench/<name>.bench.ts`.
 * Arguments filter by name: `node --import tsx bench/run.ts cold-start` runs only matching files.
 * `npm run bench` builds the renderer first, which the browser benches load from dist/.
 */
type Bench = (log: (line: string) => void) => Promise<unknown>;

const dir = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = (await readdir(dir))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((name) => f.includes(name)))
  .sort();

if (files.length === 0) {
  console.error(`No bench file matches ${filters.join(', ') || '*.bench.ts'} in ${dir}`);
  process.exit(1);
}

const failed: string[] = [];
const durations: string[] = [];
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const started = performance.now();
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: Bench };
    if (typeof mod.default !== 'function') throw new Error('no default export run(log)');
    await mod.default((line) => console.log(line));
  } catch (e) {
    failed.push(file);
    console.error(`${file} failed:`, e instanceof Error ? e.stack ?? e.message : e);
  }
  durations.push(`${file} ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

console.log(`\n=== done: ${files.length - failed.length}/${files.length} benches ran (${durations.join(', ')}) ===`);
if (failed.length) {
  console.error(`failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
