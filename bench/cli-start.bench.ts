import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * How fast `npx siteproof` starts, on the path the user takes: a fresh node process on bin/siteproof.mjs from start
 * to exit, for `--help` and for a staffing check, beside a bare `node -e 0` (the floor no CLI can beat). Median of 9
 * runs each. SITEPROOF_BIN_BEFORE=/other/checkout/bin/siteproof.mjs adds the same two runs of another checkout's
 * CLI (e.g. one from before the CLI was built), side by side.
 *
 * Run alone: node --import tsx bench/cli-start.bench.ts
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'siteproof.mjs');
const ROUNDS = 9;

function medianMs(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)];
}

export default async function run(log: (line: string) => void = console.log): Promise<Record<string, number>> {
  spawnSync(process.execPath, [BIN, '--help'], { cwd: ROOT }); // builds the bundle if it is missing or stale
  const staffing = ['staffing', '--calls', '600', '--interval', '60', '--aht', '240', '--service-level', '80/20', '--json'];
  const figures: Record<string, number> = {
    'node -e 0': medianMs(['-e', '0']),
    'siteproof --help': medianMs([BIN, '--help']),
    'siteproof staffing … --json': medianMs([BIN, ...staffing]),
  };
  const before = process.env.SITEPROOF_BIN_BEFORE;
  if (before) {
    figures['before: siteproof --help'] = medianMs([before, '--help']);
    figures['before: siteproof staffing … --json'] = medianMs([before, ...staffing]);
  }
  for (const [name, ms] of Object.entries(figures)) log(`${name.padEnd(46)} ${ms.toFixed(0).padStart(5)} ms  (median of ${ROUNDS})`);
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
