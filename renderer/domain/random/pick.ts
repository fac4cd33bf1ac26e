import type { Lang } from '../template/schema';

/**
 * Random choice of whom to interview or which seat to check, so the vendor cannot steer the evaluator to
 * its best agents. The evaluator types a pool (seat numbers and ranges, or a roster of names); we pick N
 * distinct members with a cryptographic source and return everything the audit log needs to show the
 * choice was fair.
 */

/** Returns an integer in [0, maxExclusive), uniformly. */
export type RandomInt = (maxExclusive: number) => number;

/** The largest seat range we accept in one go; anything bigger is a typo ("1-4000" for "1-40"), not a floor plan. */
export const MAX_RANGE = 10_000;

export type PickError =
  | { code: 'empty-pool' }
  | { code: 'bad-token'; token: string }
  | { code: 'range-too-large'; range: string; size: number; limit: number }
  | { code: 'pool-too-large'; size: number; limit: number }
  | { code: 'bad-count'; requested: number }
  | { code: 'too-many'; requested: number; poolSize: number };

export type PoolKind = 'seats' | 'roster';
export type PoolParse = { ok: true; kind: PoolKind; pool: string[] } | { ok: false; error: PickError };

export type PickResult =
  | { ok: true; kind: PoolKind; pool: string[]; picked: string[]; inputs: string; requested: number }
  | { ok: false; error: PickError; inputs: string; requested: number };

// Seat lists are digits, dashes (hyphen, en and em dash, minus), commas, semicolons and white space only.
const SEAT_CHARS = /^[\d\s,;\-–—−]*$/u;
const DASH = /\s*[-–—−]\s*/gu;

function parseSeats(input: string): PoolParse {
  const tokens = input.replace(DASH, '-').split(/[\s,;]+/u).filter(Boolean);
  const seats = new Set<number>();
  for (const token of tokens) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(token);
    if (!m) return { ok: false, error: { code: 'bad-token', token } };
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    const size = hi - lo + 1;
    if (size > MAX_RANGE) return { ok: false, error: { code: 'range-too-large', range: token, size, limit: MAX_RANGE } };
    for (let s = lo; s <= hi; s++) seats.add(s);
    if (seats.size > MAX_RANGE) return { ok: false, error: { code: 'pool-too-large', size: seats.size, limit: MAX_RANGE } };
  }
  if (!seats.size) return { ok: false, error: { code: 'empty-pool' } };
  return { ok: true, kind: 'seats', pool: [...seats].sort((x, y) => x - y).map(String) };
}

function parseRoster(input: string): PoolParse {
  const seen = new Set<string>();
  const pool: string[] = [];
  for (const raw of input.split(/[\n\r;]+/u)) {
    const name = raw.replace(/\s+/gu, ' ').trim();
    const key = name.toLocaleLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    pool.push(name);
  }
  if (!pool.length) return { ok: false, error: { code: 'empty-pool' } };
  if (pool.length > MAX_RANGE) return { ok: false, error: { code: 'pool-too-large', size: pool.length, limit: MAX_RANGE } };
  return { ok: true, kind: 'roster', pool };
}

/**
 * Reads the evaluator's input. Only digits, ranges and separators → seat numbers ("1-40, 45, 50–60"),
 * sorted with duplicates removed. Anything else → a roster, one name per line or separated by ";"
 * (commas stay inside names: "Shevchenko, Taras"); repeated names count once.
 */
export function parsePool(input: string): PoolParse {
  return SEAT_CHARS.test(input) ? parseSeats(input) : parseRoster(input);
}

/** Picks n distinct members: a partial Fisher–Yates shuffle, so every n-subset (and order) is equally likely. */
export function pickFrom<T>(pool: readonly T[], n: number, randomInt: RandomInt): T[] {
  const a = [...pool];
  for (let i = 0; i < n; i++) {
    const span = a.length - i;
    const r = randomInt(span);
    if (!Number.isInteger(r) || r < 0 || r >= span) throw new RangeError(`randomInt(${span}) returned ${r}`);
    const j = i + r;
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n);
}

/**
 * A uniform integer generator over a raw source of integers in [0, rawRange). Raw values at or above the
 * largest multiple of maxExclusive are drawn again (rejection sampling), so no outcome is favoured the way
 * a plain `raw % max` favours small numbers.
 */
export function makeRandomInt(nextRaw: () => number, rawRange = 2 ** 32): RandomInt {
  return (maxExclusive) => {
    if (!Number.isInteger(maxExclusive) || maxExclusive < 1 || maxExclusive > rawRange) {
      throw new RangeError(`maxExclusive must be an integer in 1..${rawRange}, got ${maxExclusive}`);
    }
    const limit = rawRange - (rawRange % maxExclusive);
    for (;;) {
      const raw = nextRaw();
      if (raw < limit) return raw % maxExclusive;
    }
  };
}

/** The default source: the platform's cryptographic generator (Web Crypto, present in Electron's renderer and in Node). */
export const cryptoRandomInt: RandomInt = makeRandomInt(() => globalThis.crypto.getRandomValues(new Uint32Array(1))[0]);

/** Parses the input and picks `n` members. Bad input and impossible requests come back as typed errors. */
export function pickRandom(inputs: string, n: number, randomInt: RandomInt = cryptoRandomInt): PickResult {
  if (!Number.isInteger(n) || n < 1) return { ok: false, error: { code: 'bad-count', requested: n }, inputs, requested: n };
  const parsed = parsePool(inputs);
  if (!parsed.ok) return { ok: false, error: parsed.error, inputs, requested: n };
  if (n > parsed.pool.length) {
    return { ok: false, error: { code: 'too-many', requested: n, poolSize: parsed.pool.length }, inputs, requested: n };
  }
  return { ok: true, kind: parsed.kind, pool: parsed.pool, picked: pickFrom(parsed.pool, n, randomInt), inputs, requested: n };
}

const MESSAGES: Record<Lang, (e: PickError) => string> = {
  en: (e) => {
    switch (e.code) {
      case 'empty-pool': return 'Enter seat numbers (e.g. 1-40, 45) or names, one per line.';
      case 'bad-token': return `“${e.token}” is not a seat number or a range like 1-40.`;
      case 'range-too-large': return `The range ${e.range} has ${e.size} seats; at most ${e.limit} are allowed. Check for a typo.`;
      case 'pool-too-large': return `The list has ${e.size} entries; at most ${e.limit} are allowed.`;
      case 'bad-count': return 'Choose how many to pick: a whole number, at least 1.';
      case 'too-many': return `Cannot pick ${e.requested} from ${e.poolSize}: the list is too short.`;
    }
  },
  ru: (e) => {
    switch (e.code) {
      case 'empty-pool': return 'Введите номера мест (например, 1-40, 45) или имена, по одному в строке.';
      case 'bad-token': return `«${e.token}» — не номер места и не диапазон вида 1-40.`;
      case 'range-too-large': return `В диапазоне ${e.range} мест: ${e.size}, допускается не больше ${e.limit}. Проверьте, нет ли опечатки.`;
      case 'pool-too-large': return `В списке записей: ${e.size}, допускается не больше ${e.limit}.`;
      case 'bad-count': return 'Укажите, сколько выбрать: целое число не меньше 1.';
      case 'too-many': return `Нельзя выбрать ${e.requested} из ${e.poolSize}: список слишком короткий.`;
    }
  },
  uk: (e) => {
    switch (e.code) {
      case 'empty-pool': return 'Введіть номери місць (наприклад, 1-40, 45) або імена, по одному в рядку.';
      case 'bad-token': return `«${e.token}» — не номер місця і не діапазон на зразок 1-40.`;
      case 'range-too-large': return `У діапазоні ${e.range} місць: ${e.size}, дозволено не більше ${e.limit}. Перевірте, чи немає помилки.`;
      case 'pool-too-large': return `У списку записів: ${e.size}, дозволено не більше ${e.limit}.`;
      case 'bad-count': return 'Вкажіть, скільки обрати: ціле число, не менше 1.';
      case 'too-many': return `Не можна обрати ${e.requested} з ${e.poolSize}: список закороткий.`;
    }
  },
};

/** The error as a sentence for the evaluator. */
export function formatPickError(error: PickError, lang: Lang): string {
  return MESSAGES[lang](error);
}
