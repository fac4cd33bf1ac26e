import { makeRandomInt, type RandomInt } from '../../renderer/domain/random/pick';

/** A seeded generator (mulberry32): the same seed makes the same demo visit, byte for byte. */
export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  uuid(): string;
  u32(): number;
  randomInt: RandomInt;
}

export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const u32 = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = () => u32() / 4294967296;
  const hex = (n: number) => Array.from({ length: n }, () => (u32() & 15).toString(16)).join('');
  return {
    next,
    u32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    // Shaped like crypto.randomUUID() (version 4, variant 10xx), so the app treats demo ids like its own.
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[u32() & 3]}${hex(3)}-${hex(12)}`,
    randomInt: makeRandomInt(u32),
  };
}
