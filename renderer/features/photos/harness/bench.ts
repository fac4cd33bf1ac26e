import { DERIVATIVES } from '../../../domain/photo';
import { makePhotoBlob } from '../../../../bench/fixtures/canvas-photo';
import { deriveImages } from '../derive';
import { currentIdentity, savePhoto } from '../pipeline';
import type { StepRef } from '../types';

export interface BenchOptions { count: number; width: number; height: number; quality?: number }

export interface BenchSample {
  bytes: number;
  /** From handing the file over to the promise resolving (committed). */
  storedMs: number;
  /** From committed to report copy and thumbnail committed. */
  derivedMs: number;
  /** The same decode + scale + encode, called directly on this page with no worker and no storage. */
  bareMs: number;
}

export interface BenchResult {
  generatedMs: number;
  samples: BenchSample[];
  /** All photos handed over at once, derivatives running meanwhile: time to each commit. */
  burstStoredMs: number[];
  burstAllDerivedMs: number;
}

/**
 * Runs in the harness page: makes `count` photo-like JPEGs, then imports them one by one into one visit,
 * timing each stage, and times the bare derivation of the same files for comparison. Bare and pipeline take
 * turns going first so neither always runs on a warmer machine.
 */
export async function runPhotoBench(step: StepRef, { count, width, height, quality = 0.9 }: BenchOptions): Promise<BenchResult> {
  const t0 = performance.now();
  const files: File[] = [];
  for (let i = 0; i < count; i++) {
    const blob = await makePhotoBlob({ width, height, seed: 1000 + i, quality });
    files.push(new File([blob], `bench-${i}.jpg`, { type: 'image/jpeg' }));
  }
  const generatedMs = performance.now() - t0;
  const who = await currentIdentity();

  const bare = async (file: File) => {
    const start = performance.now();
    await deriveImages(file, DERIVATIVES);
    return performance.now() - start;
  };
  const pipeline = async (file: File, s: StepRef) => {
    const start = performance.now();
    const saved = await savePhoto({ ...s, data: file, source: 'file', fileName: file.name }, who);
    const stored = performance.now();
    const outcome = await saved.derived;
    if (outcome !== 'ready') throw new Error(`derivatives ${outcome} for ${file.name}`);
    return { storedMs: stored - start, derivedMs: performance.now() - stored };
  };

  // Warm-up (not counted): first worker start, first decoder use, first transaction.
  await bare(files[0]);
  await pipeline(files[0], { ...step, stepId: `${step.stepId}-warmup` });

  const samples: BenchSample[] = [];
  for (const [i, file] of files.entries()) {
    let bareMs: number;
    let timed: { storedMs: number; derivedMs: number };
    if (i % 2 === 0) {
      bareMs = await bare(file);
      timed = await pipeline(file, step);
    } else {
      timed = await pipeline(file, step);
      bareMs = await bare(file);
    }
    samples.push({ bytes: file.size, bareMs, ...timed });
  }

  // Burst: the evaluator selects all files at once; storing must not wait for derivatives.
  const burstStep = { ...step, stepId: `${step.stepId}-burst` };
  const burstStart = performance.now();
  const burstStoredMs: number[] = [];
  const derived: Promise<unknown>[] = [];
  for (const file of files) {
    const start = performance.now();
    const saved = await savePhoto({ ...burstStep, data: file, source: 'file', fileName: file.name }, who);
    burstStoredMs.push(performance.now() - start);
    derived.push(saved.derived);
  }
  await Promise.all(derived);
  return { generatedMs, samples, burstStoredMs, burstAllDerivedMs: performance.now() - burstStart };
}
