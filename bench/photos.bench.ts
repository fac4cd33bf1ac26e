import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from '../renderer/features/photos/harness/bench';
import { launchHarness, stopHarnessServer } from '../tests/e2e/photos/harness';

/**
 * Photo capture in real Chromium: COUNT photo-like 12 MP JPEGs (4000×3000, about 5 MB each, made in the page
 * with canvas gradients, shapes and noise) imported one by one into one visit through the app's pipeline
 * (renderer/features/photos/harness, UI not mounted). Per photo: time until the original is committed, time from
 * there until the report copy and thumbnail are committed, and — the baseline — the same decode + scale +
 * encode (renderer/features/photos/derive.ts) called bare in the same page, no worker and no storage.
 *
 * Run alone: node --import tsx bench/photos.bench.ts   (results also go to bench/out/photos.json)
 * Targets: stored median < 150 ms; derivatives median within 1.3× of the bare baseline median.
 */

const COUNT = Number(process.env.BENCH_PHOTOS ?? 50);
const OUT = join(dirname(fileURLToPath(import.meta.url)), 'out');

export interface PhotoBenchResult {
  photos: number;
  averageBytes: number;
  medianStoredMs: number;
  medianDerivedMs: number;
  medianBareMs: number;
  ratio: number;
  burst: { medianStoredMs: number; maxStoredMs: number; allDerivedSeconds: number };
  targets: { storedUnder150ms: boolean; derivedWithin1_3x: boolean };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (v: number, digits = 1) => Number(v.toFixed(digits));

export default async function run(log: (line: string) => void = console.log): Promise<PhotoBenchResult> {
  const session = await launchHarness();
  try {
    await session.open('ui=0&visit=bench-visit&step=bench');
    const raw: BenchResult = await session.page.evaluate(
      (options) => window.photoHarness!.bench(options),
      { count: COUNT, width: 4000, height: 3000, quality: 0.9 },
    );
    if (session.errors.length) throw new Error(`page errors: ${session.errors.join('; ')}`);
    const s = raw.samples;
    const result: PhotoBenchResult = {
      photos: s.length,
      averageBytes: Math.round(s.reduce((a, x) => a + x.bytes, 0) / s.length),
      medianStoredMs: round(median(s.map((x) => x.storedMs))),
      medianDerivedMs: round(median(s.map((x) => x.derivedMs))),
      medianBareMs: round(median(s.map((x) => x.bareMs))),
      ratio: round(median(s.map((x) => x.derivedMs)) / median(s.map((x) => x.bareMs)), 2),
      burst: {
        medianStoredMs: round(median(raw.burstStoredMs)),
        maxStoredMs: round(Math.max(...raw.burstStoredMs)),
        allDerivedSeconds: round(raw.burstAllDerivedMs / 1000, 2),
      },
      targets: { storedUnder150ms: false, derivedWithin1_3x: false },
    };
    result.targets = { storedUnder150ms: result.medianStoredMs < 150, derivedWithin1_3x: result.ratio <= 1.3 };

    log(`photos: ${result.photos} JPEGs 4000×3000, average ${(result.averageBytes / 1e6).toFixed(2)} MB (generated in ${(raw.generatedMs / 1000).toFixed(1)} s)`);
    log(`  stored (file → committed), median           ${result.medianStoredMs.toFixed(1).padStart(7)} ms   target < 150 ms: ${result.targets.storedUnder150ms ? 'met' : 'MISSED'}`);
    log(`  derivatives (committed → ready), median     ${result.medianDerivedMs.toFixed(1).padStart(7)} ms`);
    log(`  baseline: bare decode+scale+encode, median  ${result.medianBareMs.toFixed(1).padStart(7)} ms`);
    log(`  ratio derivatives / baseline                ${result.ratio.toFixed(2).padStart(7)}      target ≤ 1.3: ${result.targets.derivedWithin1_3x ? 'met' : 'MISSED'}`);
    log(`  burst of ${s.length} at once: stored median ${result.burst.medianStoredMs} ms, max ${result.burst.maxStoredMs} ms; all derivatives in ${result.burst.allDerivedSeconds} s`);
    await mkdir(OUT, { recursive: true });
    await writeFile(join(OUT, 'photos.json'), JSON.stringify({ ...result, samples: s }, null, 2));
    return result;
  } finally {
    await session.close();
    await stopHarnessServer();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
