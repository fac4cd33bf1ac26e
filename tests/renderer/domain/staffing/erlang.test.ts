import { describe, expect, it } from 'vitest';
import {
  erlangB, erlangC, fewestAgents, queueFigures, trafficErlangs,
} from '../../../../renderer/domain/staffing/erlang';

/**
 * Two formulations of Erlang C that share no code with the module under test, and published table values.
 *
 * 1. Direct summation of the textbook formula, each term A^k / k! taken in log space (k·ln A − ln k!) and added
 *    with log-sum-exp, so it survives the same large traffic without the recursion.
 * 2. A discrete-event simulation of the M/M/c queue itself (random arrivals, exponential handle times, first come
 *    first served over c agents) with a fixed seed: it knows nothing of any formula.
 */

function logFactorials(n: number): number[] {
  const out = [0];
  for (let k = 1; k <= n; k++) out.push(out[k - 1] + Math.log(k));
  return out;
}

function logSumExp(xs: number[]): number {
  const m = Math.max(...xs);
  return m + Math.log(xs.reduce((s, x) => s + Math.exp(x - m), 0));
}

/** P(wait) = [A^n/n! · n/(n−A)] / [Σ_{k<n} A^k/k! + A^n/n! · n/(n−A)], all in logs. */
function erlangCBySummation(n: number, a: number): number {
  const lf = logFactorials(n);
  const terms: number[] = [];
  for (let k = 0; k < n; k++) terms.push(k * Math.log(a) - lf[k]);
  const top = n * Math.log(a) - lf[n] + Math.log(n / (n - a));
  return Math.exp(top - logSumExp([...terms, top]));
}

/** Erlang B as the textbook ratio (A^n/n!) / Σ_{k≤n} A^k/k!, in logs. */
function erlangBBySummation(n: number, a: number): number {
  const lf = logFactorials(n);
  const terms: number[] = [];
  for (let k = 0; k <= n; k++) terms.push(k * Math.log(a) - lf[k]);
  return Math.exp(terms[n] - logSumExp(terms));
}

/** mulberry32: a small seeded generator, so the simulation gives the same figures on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Simulates `calls` calls through `agents` agents, FIFO; returns the share that waited, answered within t, and mean wait. */
function simulate(agents: number, callsPerSecond: number, ahtSeconds: number, t: number, calls: number, seed: number) {
  const random = rng(seed);
  const exp = (mean: number) => -Math.log(1 - random()) * mean;
  const freeAt = new Array<number>(agents).fill(0);
  let now = 0;
  let waited = 0;
  let within = 0;
  let totalWait = 0;
  const warmUp = Math.floor(calls / 10);
  for (let i = 0; i < calls + warmUp; i++) {
    now += exp(1 / callsPerSecond);
    // First come, first served: the call goes to whichever agent frees up first.
    let best = 0;
    for (let j = 1; j < agents; j++) if (freeAt[j] < freeAt[best]) best = j;
    const start = Math.max(now, freeAt[best]);
    freeAt[best] = start + exp(ahtSeconds);
    if (i < warmUp) continue;
    const wait = start - now;
    if (wait > 0) waited++;
    if (wait <= t) within++;
    totalWait += wait;
  }
  return { pWait: waited / calls, serviceLevel: within / calls, asa: totalWait / calls };
}

describe('Erlang B against published tables', () => {
  // Standard Erlang B tables: the traffic N trunks carry at 1 % blocking.
  it.each([
    [10, 4.46],
    [20, 12.03],
    [50, 37.9],
    [100, 84.06],
  ])('%d servers carry %f Erlangs at 1 %% blocking', (n, a) => {
    expect(erlangB(n, a)).toBeCloseTo(0.01, 3);
  });

  it('agrees with the textbook sum at any size, where factorials overflow', () => {
    for (const [n, a] of [[1, 0.5], [5, 3], [30, 25.5], [171, 160], [600, 533.33], [5000, 4900]]) {
      expect(erlangB(n, a)).toBeCloseTo(erlangBBySummation(n, a), 12);
    }
  });
});

describe('Erlang C', () => {
  it('matches the Call Centre Helper worked example: 100 calls in 30 min, AHT 180 s, 80/20', () => {
    const a = trafficErlangs(100, 30 * 60, 180);
    expect(a).toBe(10);
    // Published: 68.21 % wait with 11 agents; 14 agents are the fewest for 80/20, with about 88.8 %.
    expect(erlangC(11, a)).toBeCloseTo(0.6821, 4);
    const f = fewestAgents(a, 180, 0.8, 20);
    expect(f?.agents).toBe(14);
    expect(f?.serviceLevel).toBeCloseTo(0.888, 3);
    expect(queueFigures(13, a, 180, 20).serviceLevel).toBeLessThan(0.8);
  });

  it('agrees with direct summation in log space over a grid, up to 2 000 calls per 15 minutes', () => {
    const grid: [number, number][] = [[1, 0.2], [2, 1.5], [11, 10], [14, 10], [48, 40], [55, 48], [100, 95], [560, 533.3333], [1200, 1150]];
    for (const [n, a] of grid) {
      expect(erlangC(n, a)).toBeCloseTo(erlangCBySummation(n, a), 10);
    }
    const big = trafficErlangs(2000, 15 * 60, 240);
    const f = fewestAgents(big, 240, 0.8, 20);
    expect(f).toBeDefined();
    const n = f?.agents as number;
    // The fewest: n meets the target, n − 1 does not, both by the independent formula.
    const slBySum = (m: number) => 1 - erlangCBySummation(m, big) * Math.exp(-(m - big) * 20 / 240);
    expect(slBySum(n)).toBeGreaterThanOrEqual(0.8);
    expect(slBySum(n - 1)).toBeLessThan(0.8);
    expect(f?.pWait).toBeCloseTo(erlangCBySummation(n, big), 10);
  });

  it('agrees with a discrete-event simulation of the queue (fixed seed)', () => {
    // 40 Erlangs on 46 agents: 600 calls an hour at 240 s, the CLI example.
    const agents = 46;
    const lambda = 600 / 3600;
    const f = queueFigures(agents, lambda * 240, 240, 20);
    const sim = simulate(agents, lambda, 240, 20, 400_000, 12);
    expect(Math.abs(sim.pWait - f.pWait)).toBeLessThan(0.01);
    expect(Math.abs(sim.serviceLevel - f.serviceLevel)).toBeLessThan(0.01);
    expect(Math.abs(sim.asa - (f.asa as number)) / (f.asa as number)).toBeLessThan(0.05);
  });

  it('gives ASA = C·AHT/(n−a) and occupancy a/n', () => {
    const f = queueFigures(55, 48, 240, 15);
    const c = erlangCBySummation(55, 48);
    expect(f.asa).toBeCloseTo((c * 240) / 7, 9);
    expect(f.occupancy).toBeCloseTo(48 / 55, 12);
    expect(f.serviceLevel).toBeCloseTo(1 - c * Math.exp(-7 * 15 / 240), 12);
  });
});

describe('edge cases', () => {
  it('has no steady state with as many agents as Erlangs or fewer', () => {
    for (const n of [1, 39, 40]) {
      const f = queueFigures(n, 40, 240, 20);
      expect(f).toMatchObject({ stable: false, pWait: 1, serviceLevel: 0, asa: null, occupancy: 1 });
    }
    expect(erlangC(40, 40)).toBe(1);
    expect(queueFigures(41, 40, 240, 20).stable).toBe(true);
  });

  it('handles traffic just below a whole number of Erlangs', () => {
    const f = fewestAgents(9.999999, 180, 0.5, 0);
    expect(f?.agents).toBeGreaterThanOrEqual(10);
    expect(Number.isFinite(f?.asa)).toBe(true);
  });

  it('serves a trickle of calls with one agent', () => {
    const f = fewestAgents(0.001, 60, 0.8, 20);
    expect(f?.agents).toBe(1);
    expect(f?.pWait).toBeCloseTo(0.001, 6);
  });

  it('takes a zero-second target as "answered at once": SL = 1 − P(wait)', () => {
    const f = queueFigures(14, 10, 180, 0);
    expect(f.serviceLevel).toBeCloseTo(1 - f.pWait, 12);
  });

  it('needs more agents as the target tightens, never fewer', () => {
    let last = 0;
    for (const p of [0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999]) {
      const n = fewestAgents(40, 240, p, 20)?.agents as number;
      expect(n).toBeGreaterThanOrEqual(last);
      last = n;
    }
    expect(last).toBeGreaterThan(46);
  });

  it('stays finite at 100 000 Erlangs', () => {
    const f = fewestAgents(100_000, 300, 0.95, 10);
    expect(f).toBeDefined();
    expect(f?.agents).toBeGreaterThan(100_000);
    expect(f?.agents).toBeLessThan(101_500);
    for (const v of [f?.pWait, f?.serviceLevel, f?.asa, f?.occupancy]) expect(Number.isFinite(v)).toBe(true);
  });
});
