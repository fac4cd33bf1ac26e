import { describe, expect, it } from 'vitest';
import {
  MAX_RANGE, cryptoRandomInt, formatPickError, makeRandomInt, parsePool, pickFrom, pickRandom, type PickError,
} from '../../../../renderer/domain/random/pick';
import { LANGS } from '../../../../renderer/domain/template/schema';

/** A small seeded generator of 32-bit integers (mulberry32), so statistical checks are repeatable, never flaky. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

describe('parsePool: seat numbers', () => {
  it('reads numbers and ranges with hyphens and en dashes', () => {
    const p = parsePool('1-40, 45, 50–60');
    expect(p).toEqual({ ok: true, kind: 'seats', pool: [...range(1, 40), '45', ...range(50, 60)] });
  });

  it('tolerates spaces, new lines, semicolons, em dashes, reversed ranges and duplicates', () => {
    expect(parsePool(' 5 - 7;\n3\t 3, 7—9 , 12-10 ')).toEqual({ ok: true, kind: 'seats', pool: ['3', '5', '6', '7', '8', '9', '10', '11', '12'] });
    expect(parsePool('007, 7')).toEqual({ ok: true, kind: 'seats', pool: ['7'] });
  });

  it('rejects absurd ranges with a clear error but accepts exactly the limit', () => {
    expect(parsePool('1-10001')).toEqual({ ok: false, error: { code: 'range-too-large', range: '1-10001', size: 10001, limit: MAX_RANGE } });
    const ok = parsePool('1-10000');
    expect(ok.ok && ok.pool.length).toBe(10000);
    expect(parsePool('1-6000, 7000-12000')).toMatchObject({ ok: false, error: { code: 'pool-too-large' } });
  });

  it('rejects broken ranges', () => {
    expect(parsePool('1-40, 5-')).toEqual({ ok: false, error: { code: 'bad-token', token: '5-' } });
    expect(parsePool('1--4')).toMatchObject({ ok: false, error: { code: 'bad-token' } });
  });
});

describe('parsePool: rosters', () => {
  it('reads one name per line or names separated by semicolons; commas stay inside names', () => {
    expect(parsePool('Олена Коваль\n\n  Іван   Петренко \r\nShevchenko, Taras')).toEqual({
      ok: true, kind: 'roster', pool: ['Олена Коваль', 'Іван Петренко', 'Shevchenko, Taras'],
    });
    expect(parsePool('Анна; Борис;Вера;')).toEqual({ ok: true, kind: 'roster', pool: ['Анна', 'Борис', 'Вера'] });
  });

  it('counts a repeated name once, whatever its case', () => {
    expect(parsePool('Анна\nанна\nБорис')).toEqual({ ok: true, kind: 'roster', pool: ['Анна', 'Борис'] });
  });

  it('an input with nothing in it is an empty pool', () => {
    for (const input of ['', '   ', '\n;\n', ' , ,']) expect(parsePool(input), JSON.stringify(input)).toEqual({ ok: false, error: { code: 'empty-pool' } });
  });
});

describe('pickRandom', () => {
  it('returns the pool, the picks and the raw input for the audit log', () => {
    const r = pickRandom('1-10', 3, makeRandomInt(seeded(1)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r).toMatchObject({ kind: 'seats', pool: range(1, 10), inputs: '1-10', requested: 3 });
    expect(r.picked).toHaveLength(3);
    expect(new Set(r.picked).size).toBe(3);
    for (const p of r.picked) expect(r.pool).toContain(p);
  });

  it('reports impossible requests as typed errors', () => {
    expect(pickRandom('1-3', 4)).toEqual({ ok: false, error: { code: 'too-many', requested: 4, poolSize: 3 }, inputs: '1-3', requested: 4 });
    expect(pickRandom('1-3', 0)).toMatchObject({ ok: false, error: { code: 'bad-count', requested: 0 } });
    expect(pickRandom('1-3', 1.5)).toMatchObject({ ok: false, error: { code: 'bad-count' } });
    expect(pickRandom('', 1)).toMatchObject({ ok: false, error: { code: 'empty-pool' } });
    expect(pickRandom('1-99999', 2)).toMatchObject({ ok: false, error: { code: 'range-too-large' } });
  });

  it('can pick the whole pool, each member once', () => {
    const r = pickRandom('Анна\nБорис\nВера', 3);
    expect(r.ok && [...r.picked].sort()).toEqual(['Анна', 'Борис', 'Вера']);
  });

  it('never picks the same member twice (crypto source, many runs)', () => {
    for (let run = 0; run < 500; run++) {
      const r = pickRandom('1-12', 5);
      expect(r.ok && new Set(r.picked).size).toBe(5);
    }
  });

  it('picks every member about equally often (seeded source, deterministic)', () => {
    const randomInt = makeRandomInt(seeded(20250310));
    const pool = range(1, 10);
    const runs = 30000;
    const hits = new Map(pool.map((p) => [p, 0]));
    const firsts = new Map(pool.map((p) => [p, 0]));
    for (let i = 0; i < runs; i++) {
      const picked = pickFrom(pool, 3, randomInt);
      for (const p of picked) hits.set(p, hits.get(p)! + 1);
      firsts.set(picked[0], firsts.get(picked[0])! + 1);
    }
    // Each member is in 3 of 10 picks: expect 9000 each. Chi-square with 9 degrees of freedom, 0.1% critical value 27.9.
    const chi = (m: Map<string, number>, expected: number) => [...m.values()].reduce((s, o) => s + (o - expected) ** 2 / expected, 0);
    expect(chi(hits, 9000)).toBeLessThan(27.9);
    expect(chi(firsts, 3000)).toBeLessThan(27.9);
    // And a biased picker would fail the same test: always favouring the first member.
    const biased = new Map(pool.map((p, i) => [p, i === 0 ? 9900 : 8900]));
    expect(chi(biased, 9000)).toBeGreaterThan(27.9);
  });

  it('fails loudly when the injected source returns something out of range', () => {
    expect(() => pickFrom(['a', 'b'], 1, () => 2)).toThrow(RangeError);
    expect(() => pickFrom(['a', 'b'], 1, () => 0.5)).toThrow(RangeError);
  });
});

describe('makeRandomInt: no modulo bias', () => {
  it('every outcome gets exactly the same share of the raw values', () => {
    // A raw source of 8 values and 3 outcomes: plain modulo would give 0 and 1 three times and 2 only twice.
    let raw = 0;
    const draws: number[] = [];
    const next = () => {
      const v = raw % 8;
      raw += 1;
      draws.push(v);
      return v;
    };
    const randomInt = makeRandomInt(next, 8);
    const tally = [0, 0, 0];
    // Two full cycles of the raw source: 16 raw values, 12 outcomes.
    for (let i = 0; i < 12; i++) tally[randomInt(3)] += 1;
    expect(tally).toEqual([4, 4, 4]);
    // 6 and 7 were drawn and thrown away each time round.
    expect(draws).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7].slice(0, 14));
  });

  it('draws again when a 32-bit value falls in the uneven tail', () => {
    const values = [2 ** 32 - 1, 5];
    const randomInt = makeRandomInt(() => values.shift()!);
    expect(randomInt(3)).toBe(2);
    expect(values).toEqual([]);
  });

  it('rejects impossible bounds', () => {
    expect(() => cryptoRandomInt(0)).toThrow(RangeError);
    expect(() => cryptoRandomInt(2.5)).toThrow(RangeError);
  });

  it('the crypto source stays in range', () => {
    for (let i = 0; i < 1000; i++) {
      const v = cryptoRandomInt(7);
      expect(Number.isInteger(v) && v >= 0 && v < 7).toBe(true);
    }
    expect(cryptoRandomInt(1)).toBe(0);
  });
});

describe('formatPickError', () => {
  it('explains each error in three languages', () => {
    const errors: PickError[] = [
      { code: 'empty-pool' }, { code: 'bad-token', token: '5-' }, { code: 'range-too-large', range: '1-40000', size: 40000, limit: MAX_RANGE },
      { code: 'pool-too-large', size: 12000, limit: MAX_RANGE }, { code: 'bad-count', requested: 0 }, { code: 'too-many', requested: 5, poolSize: 3 },
    ];
    for (const lang of LANGS) {
      const texts = errors.map((e) => formatPickError(e, lang));
      expect(new Set(texts).size).toBe(errors.length);
      for (const t of texts) expect(t).not.toMatch(/undefined|NaN/);
    }
    expect(formatPickError({ code: 'too-many', requested: 5, poolSize: 3 }, 'en')).toBe('Cannot pick 5 from 3: the list is too short.');
    expect(formatPickError({ code: 'range-too-large', range: '1-40000', size: 40000, limit: MAX_RANGE }, 'uk')).toContain('1-40000');
  });
});
