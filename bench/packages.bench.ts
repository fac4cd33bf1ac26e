import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildDemo } from '../cli/demo/build';
import { encodeJpeg, randomScene } from '../cli/demo/images';
import { createRng } from '../cli/demo/random';
import { DEMO_TEMPLATE, templateFromFile } from '../cli/templates';
import type { Photo } from '../renderer/domain/model';
import { readPackage, writePackage, type PhotoFile } from '../renderer/domain/package';

/**
 * Export and import of one large visit: 200 photos of 12 MP (4000×3000), each with its report (1600×1200) and
 * thumbnail (320×240) copy, plus the records of a fully answered template. Measured next to what the same disk
 * does with the same number of bytes when nothing is checked: fs.copyFile, and a plain read + write.
 *
 * Encoding 200 real 12 MP JPEGs would take minutes, so BASES real ones are encoded (jpeg-js, quality 88 to 97, busy
 * generated scenes) and each photo is one of them with a unique JPEG comment segment (COM, 0xFFFE) after SOI:
 * still a valid JPEG of the same size, but with its own bytes and SHA-256, as distinct photos have.
 *
 * Run alone: node --import tsx bench/packages.bench.ts  (results also go to bench/out/packages.json)
 */

const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 200);
const BASES = 4;
const ROUNDS = 2;
const OUT = join(dirname(fileURLToPath(import.meta.url)), 'out');

export interface PackagesBenchResult {
  photos: number;
  packageBytes: number;
  averageOriginalBytes: number;
  rows: { step: string; seconds: number; mbPerSecond: number }[];
  longestPauseMs: { write: number; read: number };
}

function withComment(jpegBytes: Uint8Array, text: string): Uint8Array {
  const payload = new TextEncoder().encode(text);
  const out = new Uint8Array(jpegBytes.length + 4 + payload.length);
  out.set(jpegBytes.subarray(0, 2), 0);
  out.set([0xff, 0xfe, (payload.length + 2) >> 8, (payload.length + 2) & 0xff], 2);
  out.set(payload, 6);
  out.set(jpegBytes.subarray(2), 6 + payload.length);
  return out;
}

/**
 * The longest pause of the event loop while `fn` runs: how long a UI on the same thread would freeze at worst.
 * Package work runs on the page's thread in the app, so this is the figure that says whether it needs a worker.
 */
async function longestPause<T>(fn: () => Promise<T>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 2);
  try {
    await fn();
  } finally {
    clearInterval(ticker);
  }
  return Math.max(longest, performance.now() - last);
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  let best = Infinity;
  let value: T | undefined;
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    value = await fn();
    best = Math.min(best, (performance.now() - t) / 1000);
  }
  return { value: value as T, seconds: best };
}

export default async function run(log: (line: string) => void = console.log): Promise<PackagesBenchResult> {
  const template = templateFromFile(DEMO_TEMPLATE);
  const { bundle } = buildDemo(template, { evaluators: 2, photos: 0, seed: 11, width: 4000, height: 3000 });
  const rng = createRng(12);

  const t0 = performance.now();
  // Qualities 88…97 spread the sizes the way different scenes and phones do.
  const bases = Array.from({ length: BASES }, (_, i) => {
    const scene = randomScene(rng);
    return { original: encodeJpeg(scene, 4000, 3000, 88 + i * 3), report: encodeJpeg(scene, 1600, 1200, 80), thumb: encodeJpeg(scene, 320, 240, 75) };
  });
  log(`encoded ${BASES} real 12 MP JPEGs (+ report and thumbnail copies) in ${((performance.now() - t0) / 1000).toFixed(1)} s; originals ${bases.map((b) => (b.original.length / 1e6).toFixed(2)).join(', ')} MB`);

  const files = new Map<string, PhotoFile>();
  const answerSteps = bundle.answers.filter((a) => ['observe', 'document', 'demo', 'count'].includes(a.kind));
  for (let i = 0; i < PHOTOS; i++) {
    const base = bases[i % BASES];
    const id = rng.uuid();
    const original = withComment(base.original, `siteproof bench photo ${i} ${rng.uuid()}`);
    files.set(`${id}/original`, { bytes: original, width: 4000, height: 3000 });
    files.set(`${id}/report`, { bytes: withComment(base.report, `report ${i}`), width: 1600, height: 1200 });
    files.set(`${id}/thumb`, { bytes: withComment(base.thumb, `thumb ${i}`), width: 320, height: 240 });
    const step = answerSteps[i % answerSteps.length];
    const photo: Photo = {
      author: step.author, device: step.device, createdAt: step.createdAt, updatedAt: step.updatedAt,
      id, visitId: bundle.visit.id, questionId: step.questionId, stepId: step.stepId,
      sha256: createHash('sha256').update(original).digest('hex'),
      mime: 'image/jpeg', size: original.length, width: 4000, height: 3000, source: 'camera', orientation: 1,
      caption: `Фото ${i + 1}`, derivatives: 'ready',
    };
    bundle.photos.push(photo);
  }
  const originalsBytes = bundle.photos.reduce((n, p) => n + p.size, 0);

  const meta = { createdBy: { author: 'bench', device: 'bench' }, appVersion: '0.0.0-bench' };
  const write = await timed(async () => {
    const w = await writePackage([bundle], (id, variant) => files.get(`${id}/${variant}`), meta);
    if (!w.ok) throw new Error(JSON.stringify(w.problems));
    return w.bytes;
  });
  const pkg = write.value;
  const mb = pkg.length / 1e6;

  await mkdir(OUT, { recursive: true });
  // Per-process names: bench/run.ts and a run of this file alone may overlap.
  const pkgPath = join(OUT, `packages-${process.pid}.siteproof`);
  const copyPath = join(OUT, `packages-${process.pid}-copy.bin`);
  const rwPath = join(OUT, `packages-${process.pid}-rw.bin`);
  const toDisk = await timed(() => writeFile(pkgPath, pkg));
  const fromDisk = await timed(async () => {
    const bytes = new Uint8Array(await readFile(pkgPath));
    const r = await readPackage(bytes);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.files.size;
  });
  const pauses = {
    write: await longestPause(() => writePackage([bundle], (id, variant) => files.get(`${id}/${variant}`), meta)),
    read: await longestPause(() => readPackage(pkg)),
  };
  const copy = await timed(() => copyFile(pkgPath, copyPath));
  const readWrite = await timed(async () => writeFile(rwPath, await readFile(pkgPath)));
  if ((await stat(copyPath)).size !== pkg.length) throw new Error('copy size');
  await Promise.all([pkgPath, copyPath, rwPath].map((p) => rm(p, { force: true })));

  const row = (step: string, seconds: number) => ({ step, seconds: Number(seconds.toFixed(3)), mbPerSecond: Number((mb / seconds).toFixed(0)) });
  const rows = [
    row('writePackage (in memory: SHA-256 + CRC-32 + zip, photos stored)', write.seconds),
    row('write package file to disk (fs.writeFile)', toDisk.seconds),
    row('export total (writePackage + fs.writeFile)', write.seconds + toDisk.seconds),
    row('import: fs.readFile + readPackage (full verification)', fromDisk.seconds),
    row('baseline: fs.copyFile of the package file', copy.seconds),
    row('baseline: fs.readFile + fs.writeFile of the same bytes', readWrite.seconds),
  ];
  log(`package: ${PHOTOS} photos × 3 variants, ${mb.toFixed(0)} MB (originals average ${(originalsBytes / PHOTOS / 1e6).toFixed(2)} MB), best of ${ROUNDS}`);
  for (const r of rows) log(`  ${r.step.padEnd(64)} ${r.seconds.toFixed(2).padStart(7)} s  ${String(r.mbPerSecond).padStart(6)} MB/s`);
  log(`  longest event-loop pause: writePackage ${pauses.write.toFixed(0)} ms, readPackage ${pauses.read.toFixed(0)} ms (ticker every 2 ms)`);
  const result = { photos: PHOTOS, packageBytes: pkg.length, averageOriginalBytes: Math.round(originalsBytes / PHOTOS), rows, longestPauseMs: { write: Math.round(pauses.write), read: Math.round(pauses.read) } };
  await writeFile(join(OUT, 'packages.json'), JSON.stringify(result, null, 2));
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
