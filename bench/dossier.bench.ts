import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { jsPDF } from 'jspdf';
import { buildDossier } from '../renderer/domain/dossier';
import type { Template } from '../renderer/domain/template/schema';
import { evaluateVisit } from '../renderer/domain/verdict';
import { renderDossier, type PhotoBytes } from '../renderer/pdf/dossier';
import { readDejaVuFonts } from '../renderer/pdf/node-fonts';
import { allQuestions, bundle, checks, testTemplate, type PhotoSpec } from '../tests/renderer/domain/dossier/fixtures';
import { makeJpeg, withComment } from '../tests/renderer/pdf/images';

/**
 * The dossier of a fully answered visit with 200 report-size photos (1600×1200 JPEGs), against a baseline run in
 * the same bench: bare jsPDF putting the same 200 JPEGs one per page and nothing else. Each variant runs in a
 * child process of its own so that its peak memory (the OS's max RSS of that process) is its own.
 *
 * Encoding 200 JPEGs would take minutes, so BASES are encoded (jpeg-js, quality 80, photo-like content) and each
 * photo is one of them with its own COM segment: the same size and decode cost, but distinct bytes and hash.
 *
 * A third variant, the same dossier without photos, shows what the layout and text cost on their own.
 *
 * Run alone: node --import tsx bench/dossier.bench.ts   (results also go to bench/out/dossier.json)
 * Targets: dossier time within 1.5× of the baseline, peak memory under 1 GB, file under 80 MB.
 */

const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 200);
const BASES = 8;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WIDTH = 1600;
const HEIGHT = 1200;
const OUT = join(dirname(fileURLToPath(import.meta.url)), 'out');
const BASE_DIR = join(OUT, 'dossier-bases');
const SELF = fileURLToPath(import.meta.url);

interface ChildResult { variant: 'dossier' | 'light' | 'baseline'; warm?: boolean; seconds: number; peakRssBytes: number; fileBytes: number; pages: number; images: number }

export interface DossierBenchResult {
  photos: number;
  averageJpegBytes: number;
  dossier: ChildResult;
  baseline: ChildResult;
  dossierWarm: ChildResult;
  baselineWarm: ChildResult;
  /** The same dossier without photos (cold): the layout and text work on its own. */
  light: ChildResult;
  /** Cold dossier time / cold baseline time. */
  ratio: number;
  ratioWarm: number;
  targets: { withinTime: boolean; underMemory: boolean; underSize: boolean };
}

async function ensureBases(log: (line: string) => void): Promise<void> {
  await mkdir(BASE_DIR, { recursive: true });
  const t = performance.now();
  let made = 0;
  for (let i = 0; i < BASES; i++) {
    const path = join(BASE_DIR, `base-${i}.jpg`);
    try {
      await readFile(path);
    } catch {
      await writeFile(path, makeJpeg(WIDTH, HEIGHT, 1000 + i, 80, 26));
      made += 1;
    }
  }
  if (made > 0) log(`encoded ${made} base JPEGs ${WIDTH}×${HEIGHT} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

async function photoBytes(): Promise<Uint8Array[]> {
  const bases = await Promise.all(Array.from({ length: BASES }, (_, i) => readFile(join(BASE_DIR, `base-${i}.jpg`))));
  return Array.from({ length: PHOTOS }, (_, i) => withComment(new Uint8Array(bases[i % BASES]), `siteproof bench photo ${i}`));
}

function visitWithPhotos(template: Template, count: number) {
  const qs = allQuestions(template);
  const specs: PhotoSpec[] = Array.from({ length: count }, (_, i) => {
    const q = qs[i % qs.length];
    return { questionId: q.id, stepId: q.steps[i % q.steps.length].id, caption: `Фото № ${i + 1}: зал, робочі місця «${q.id}»`, width: WIDTH, height: HEIGHT };
  });
  return bundle(template, { photos: specs });
}

async function child(variant: ChildResult['variant'], warm: boolean): Promise<ChildResult> {
  const jpegs = await photoBytes();
  // A warm run first renders a small document untimed, so the timed run measures the work, not V8's warm-up.
  if (warm) await once(variant, jpegs.slice(0, 12));
  return once(variant, jpegs);
}

async function once(variant: ChildResult['variant'], jpegs: Uint8Array[]): Promise<ChildResult> {
  if (variant === 'baseline') {
    const t = performance.now();
    const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
    jpegs.forEach((jpeg, i) => {
      if (i > 0) doc.addPage();
      doc.addImage(jpeg, 'JPEG', 15, 20, 180, 135, `photo-${i}`, 'NONE');
    });
    const bytes = new Uint8Array(doc.output('arraybuffer'));
    const seconds = (performance.now() - t) / 1000;
    return { variant, seconds, peakRssBytes: process.resourceUsage().maxRSS * 1024, fileBytes: bytes.length, pages: doc.getNumberOfPages(), images: jpegs.length };
  }
  const template = testTemplate();
  const b = visitWithPhotos(template, jpegs.length);
  const photos = new Map<string, PhotoBytes>(b.photos.map((p, i) => [p.id, { jpeg: jpegs[i], width: WIDTH, height: HEIGHT }]));
  const fonts = readDejaVuFonts();
  const t = performance.now();
  const evaluation = evaluateVisit(template, b, { lang: 'uk' });
  const model = buildDossier({
    template, bundle: b, evaluation, lang: 'uk', options: { includePhotos: variant === 'dossier', showNotApplicable: true },
    generatedAt: new Date().toISOString(), photoInfo: checks(b),
  });
  const bytes = await renderDossier(model, photos, { fonts });
  const seconds = (performance.now() - t) / 1000;
  const pages = countPages(bytes);
  // For looking at the file by hand: BENCH_SAVE=/tmp/d.pdf node --import tsx bench/dossier.bench.ts --child=dossier
  if (process.env.BENCH_SAVE) await writeFile(process.env.BENCH_SAVE, bytes);
  const images = model.questions.reduce((n, q) => n + q.photos.filter((p) => p.embed).length, 0);
  return { variant, seconds, peakRssBytes: process.resourceUsage().maxRSS * 1024, fileBytes: bytes.length, pages, images };
}

/** Page objects in the file, counted on the bytes: a dossier can be larger than the longest string V8 makes. */
function countPages(bytes: Uint8Array): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let n = 0;
  for (let at = buf.indexOf('/Type /Page'); at >= 0; at = buf.indexOf('/Type /Page', at + 1)) {
    const next = buf[at + 11];
    // "/Type /Pages" is the page tree, not a page.
    if (next !== 0x73) n += 1;
  }
  return n;
}

const run2 = promisify(execFile);
async function inChild(variant: ChildResult['variant'], warm: boolean): Promise<ChildResult> {
  const args = ['--import', 'tsx', SELF, `--child=${variant}`, ...(warm ? ['--warm'] : [])];
  const { stdout } = await run2(process.execPath, args, { maxBuffer: 1 << 20, env: { ...process.env } });
  return { ...(JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult), warm };
}

export default async function run(log: (line: string) => void = console.log): Promise<DossierBenchResult> {
  await ensureBases(log);
  const jpegs = await photoBytes();
  const averageJpegBytes = Math.round(jpegs.reduce((n, j) => n + j.length, 0) / jpegs.length);
  // Baseline and dossier alternate; the best time of each counts (the machine is shared, timings are noisy).
  // Cold: a fresh process, as the app's fresh worker is. Warm: after one small untimed document.
  const results: ChildResult[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    for (const warm of [false, true]) for (const v of ['baseline', 'dossier'] as const) results.push(await inChild(v, warm));
    results.push(await inChild('light', false));
  }
  const pick = (v: ChildResult['variant'], warm: boolean) => {
    const rs = results.filter((r) => r.variant === v && r.warm === warm);
    return { ...rs.reduce((a, b) => (b.seconds < a.seconds ? b : a)), peakRssBytes: Math.max(...rs.map((r) => r.peakRssBytes)) };
  };
  const dossier = pick('dossier', false);
  const baseline = pick('baseline', false);
  const dossierWarm = pick('dossier', true);
  const baselineWarm = pick('baseline', true);
  const light = pick('light', false);
  const ratio = dossier.seconds / baseline.seconds;
  const ratioWarm = dossierWarm.seconds / baselineWarm.seconds;
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  log(`dossier bench: ${PHOTOS} photos ${WIDTH}×${HEIGHT}, JPEG average ${mb(averageJpegBytes)}, best of ${ROUNDS} runs each`);
  for (const r of [baseline, dossier, baselineWarm, dossierWarm, light]) {
    log(`  ${`${r.variant} ${r.warm ? 'warm' : 'cold'}`.padEnd(14)} ${r.seconds.toFixed(2).padStart(6)} s   peak RSS ${mb(r.peakRssBytes).padStart(9)}   file ${mb(r.fileBytes).padStart(8)}   ${r.pages} pages, ${r.images} images`);
  }
  const targets = { withinTime: ratio <= 1.5, underMemory: Math.max(dossier.peakRssBytes, dossierWarm.peakRssBytes) < 1e9, underSize: dossier.fileBytes < 80e6 };
  log(`  dossier/baseline time: cold ${ratio.toFixed(2)}×, warm ${ratioWarm.toFixed(2)}× (target ≤ 1.5× cold: ${targets.withinTime ? 'met' : 'MISSED'}); peak < 1 GB: ${targets.underMemory ? 'met' : 'MISSED'}; file < 80 MB: ${targets.underSize ? 'met' : 'MISSED'}`);
  const result: DossierBenchResult = {
    photos: PHOTOS, averageJpegBytes, dossier, baseline, dossierWarm, baselineWarm, light, ratio: Number(ratio.toFixed(3)), ratioWarm: Number(ratioWarm.toFixed(3)), targets,
  };
  await mkdir(OUT, { recursive: true });
  await writeFile(join(OUT, 'dossier.json'), JSON.stringify(result, null, 2));
  return result;
}

const childArg = process.argv.find((a) => a.startsWith('--child='));
if (childArg) {
  const r = await child(childArg.slice('--child='.length) as ChildResult['variant'], process.argv.includes('--warm'));
  process.stdout.write(`${JSON.stringify(r)}\n`);
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
