import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { VISITS_READY_MARK } from '../renderer/features/visits/marks';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/support/chromium';
import { serveStatic } from '../tests/e2e/support/static-server';

/**
 * Cold start of the built renderer (dist/) in Chromium: from navigation start (performance.timeOrigin) to the
 * visit list being rendered and usable, marked by the app itself (VISITS_READY_MARK, set once the list's live
 * query has answered and the list is on screen). Each run uses a fresh browser context (empty profile):
 *   first start — empty database, created on the way;
 *   with visits — the same profile reloaded after SEED visits were written, the usual morning start.
 * The server sends no-store, so nothing is served from the HTTP or code cache.
 *
 * Run alone: node --import tsx bench/cold-start.bench.ts   (after npm run build:renderer; results in bench/out/cold-start.json)
 */

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 10);
const SEED = Number(process.env.BENCH_COLD_VISITS ?? 50);
const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(HERE, '../dist');
const OUT = join(HERE, 'out');

export interface Stats { median: number; p90: number; min: number; max: number }
export interface ColdStartResult {
  runs: number;
  seededVisits: number;
  firstStart: { ready: Stats; firstContentfulPaint: Stats; domContentLoaded: Stats };
  withVisits: { ready: Stats; firstContentfulPaint: Stats; domContentLoaded: Stats };
  samples: { firstStart: number[]; withVisits: number[] };
}

/** Nearest-rank percentile. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
function stats(values: number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  const r = (n: number) => Math.round(n * 10) / 10;
  return { median: r(percentile(s, 50)), p90: r(percentile(s, 90)), min: r(s[0]), max: r(s[s.length - 1]) };
}

interface Timing { ready: number; fcp: number; dcl: number; cards: number }

async function readTiming(page: Page): Promise<Timing> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, VISITS_READY_MARK, { timeout: 30_000 });
  return page.evaluate((mark) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      ready: performance.getEntriesByName(mark)[0].startTime,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      dcl: nav?.domContentLoadedEventEnd ?? Number.NaN,
      cards: document.querySelectorAll('.visit-list article').length,
    };
  }, VISITS_READY_MARK);
}

/** Writes visits straight into the app's IndexedDB (already created by the first start), shaped like version 1's records. */
async function seedVisits(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('siteproof');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction('visits', 'readwrite');
      const store = tx.objectStore('visits');
      for (let i = 0; i < n; i++) {
        const at = new Date(Date.UTC(2025, 0, 1 + i)).toISOString();
        store.put({
          id: crypto.randomUUID(), templateId: 'callcenter-inbound', templateVersion: '1.0.0',
          vendor: `Vendor ${i + 1}`, site: `Kyiv, street ${i + 1}`, dateFrom: at.slice(0, 10), evaluators: ['Olena', 'Ivan'],
          targetCategory: 'B', projectSeats: 40 + i, archived: false, author: 'Olena', device: 'bench', createdAt: at, updatedAt: at,
        });
      }
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, count);
}

export default async function run(log: (line: string) => void = console.log): Promise<ColdStartResult> {
  const server = await serveStatic(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const first: Timing[] = [];
  const seeded: Timing[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}#/visits`);
        first.push(await readTiming(page));
        await seedVisits(page, SEED);
        await page.reload();
        const t = await readTiming(page);
        if (t.cards !== SEED) throw new Error(`expected ${SEED} visits on screen at the mark, saw ${t.cards}`);
        seeded.push(t);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const group = (ts: Timing[]) => ({ ready: stats(ts.map((t) => t.ready)), firstContentfulPaint: stats(ts.map((t) => t.fcp)), domContentLoaded: stats(ts.map((t) => t.dcl)) });
  const result: ColdStartResult = {
    runs: RUNS,
    seededVisits: SEED,
    firstStart: group(first),
    withVisits: group(seeded),
    samples: { firstStart: first.map((t) => Math.round(t.ready)), withVisits: seeded.map((t) => Math.round(t.ready)) },
  };
  const line = (name: string, g: ColdStartResult['firstStart']) =>
    `  ${name.padEnd(22)} ready median ${g.ready.median.toFixed(0).padStart(5)} ms  p90 ${g.ready.p90.toFixed(0).padStart(5)} ms` +
    `  (min ${g.ready.min.toFixed(0)}, max ${g.ready.max.toFixed(0)}; FCP median ${g.firstContentfulPaint.median.toFixed(0)} ms, DOMContentLoaded median ${g.domContentLoaded.median.toFixed(0)} ms)`;
  log(`cold start to interactive visit list, ${RUNS} runs, fresh Chromium context each (navigation start → "${VISITS_READY_MARK}")`);
  log(line('first start (empty)', result.firstStart));
  log(line(`with ${SEED} visits`, result.withVisits));
  await mkdir(OUT, { recursive: true });
  await writeFile(join(OUT, 'cold-start.json'), JSON.stringify(result, null, 2));
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
