import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, openAsBlob } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { Photo, VisitBundle } from '../renderer/domain/model';
import { readPackageBlob } from '../renderer/domain/package/blob-read';
import { streamPackage, type PhotoBlobSource } from '../renderer/domain/package/stream-write';

/**
 * Streamed export and import of one visit of PHOTOS photos of ~4 MB (originals only: the size that matters),
 * with their peak memory (RSS sampled every 20 ms) next to fs.copyFile of the same package on the same disk.
 * Photo files are written to disk first and handed over as file-backed Blobs (fs.openAsBlob), as Chromium keeps
 * IndexedDB blobs in files: what the export holds in memory is then its own doing.
 *
 * Run alone: node --import tsx bench/stream.bench.ts   (BENCH_STREAM_PHOTOS=250, BENCH_STREAM_MB=4)
 */
const PHOTOS = Number(process.env.BENCH_STREAM_PHOTOS ?? 250);
const SIZE = Math.round(Number(process.env.BENCH_STREAM_MB ?? 4) * 1024 * 1024);
const MB = 1024 * 1024;

function photoBytes(seed: number): Uint8Array {
  const out = new Uint8Array(SIZE);
  const words = new Uint32Array(out.buffer);
  let s = (seed * 2654435761) >>> 0;
  for (let i = 0; i < words.length; i++) {
    s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
    words[i] = s >>> 0;
  }
  out.set([0xff, 0xd8, 0xff, 0xe0], 0);
  out.set([0xff, 0xd9], SIZE - 2);
  return out;
}

function peakRss(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
  return { stop() { clearInterval(timer); return Math.max(peak, process.memoryUsage().rss); } };
}

export default async function run(log: (line: string) => void): Promise<unknown> {
  const dir = await mkdtemp(join(tmpdir(), 'siteproof-stream-bench-'));
  try {
    await mkdir(join(dir, 'blobs'));
    const at = '2025-06-17T09:00:00.000Z';
    const stamp = { author: 'Bench', device: 'bench-device', createdAt: at, updatedAt: at };
    const visitId = 'a3f1c2d4-0000-4000-8000-00000000be0c';
    const photos: Photo[] = [];
    for (let i = 0; i < PHOTOS; i++) {
      const bytes = photoBytes(i + 1);
      await writeFile(join(dir, 'blobs', `${i}.jpg`), bytes);
      photos.push({
        ...stamp, id: `p-${String(i).padStart(4, '0')}`, visitId, questionId: 'q', stepId: 's',
        sha256: createHash('sha256').update(bytes).digest('hex'), mime: 'image/jpeg', size: SIZE, width: 4000, height: 3000,
        source: 'camera', orientation: 1, caption: '', derivatives: 'failed', number: i + 1,
      });
    }
    const bundle: VisitBundle = {
      visit: { ...stamp, id: visitId, templateId: 'callcenter-inbound', templateVersion: '1.0.0', vendor: 'Bench', site: 'Bench', dateFrom: '2025-06-17', evaluators: ['Bench'], targetCategory: 'B', projectSeats: 40, archived: false },
      claims: [], answers: [], decisions: [], resolutions: [], photos, audit: [],
    };
    const source: PhotoBlobSource = async (photoId, variant) => {
      if (variant !== 'original') return undefined;
      const i = Number(photoId.slice(2));
      return { blob: await openAsBlob(join(dir, 'blobs', `${i}.jpg`)), width: 4000, height: 3000 };
    };
    const pkg = join(dir, 'visit.siteproof');
    global.gc?.();
    const base = process.memoryUsage().rss;

    let mem = peakRss();
    let t = performance.now();
    const w = await streamPackage([bundle], source, { createdBy: { author: 'Bench', device: 'bench-device' }, appVersion: '0.1.0', createdAt: at },
      Writable.toWeb(createWriteStream(pkg)) as WritableStream<Uint8Array>);
    const exportMs = performance.now() - t;
    const exportPeak = mem.stop();
    if (!w.ok) throw new Error(JSON.stringify(w.problems));
    const bytes = (await stat(pkg)).size;

    t = performance.now();
    await copyFile(pkg, join(dir, 'copy.siteproof'));
    const copyMs = performance.now() - t;
    await rm(join(dir, 'copy.siteproof'));

    global.gc?.();
    mem = peakRss();
    t = performance.now();
    const r = await readPackageBlob(await openAsBlob(pkg));
    const importMs = performance.now() - t;
    const importPeak = mem.stop();
    if (!r.ok) throw new Error(JSON.stringify(r.problems));

    const mbs = (ms: number) => (bytes / MB / (ms / 1000)).toFixed(0);
    log(`visit of ${PHOTOS} photos of ${(SIZE / MB).toFixed(1)} MB: package ${(bytes / MB).toFixed(0)} MB`);
    log(`  streamed export   ${(exportMs / 1000).toFixed(1)} s  ${mbs(exportMs)} MB/s   peak RSS ${(exportPeak / MB).toFixed(0)} MB (start ${(base / MB).toFixed(0)} MB)`);
    log(`  streamed read     ${(importMs / 1000).toFixed(1)} s  ${mbs(importMs)} MB/s   peak RSS ${(importPeak / MB).toFixed(0)} MB (every hash checked; files kept as Blobs)`);
    log(`  fs.copyFile       ${(copyMs / 1000).toFixed(1)} s  ${mbs(copyMs)} MB/s`);
    let verify = '';
    try {
      verify = execFileSync('/usr/bin/time', ['-v', 'node', 'bin/siteproof.mjs', 'verify', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      verify = String((e as { stderr?: string }).stderr ?? e);
    }
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(verify);
    log(`  siteproof verify  peak RSS ${rss ? (Number(rss[1]) / 1024).toFixed(0) : '?'} MB (/usr/bin/time -v)`);
    return { photos: PHOTOS, bytes, exportMs, exportPeak, importMs, importPeak, copyMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run(console.log);
