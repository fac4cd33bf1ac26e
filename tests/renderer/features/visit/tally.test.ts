import { describe, expect, it } from 'vitest';
import { addZone, bumpZone, countTotal, emptyCount, parseCount, removeZone, renameZone, setZoneCount, WHOLE_SITE } from '../../../../renderer/features/visit/logic/tally';
import { isCounted } from '../../../../renderer/domain/model';

describe('tally', () => {
  it('counts up and down and never below zero', () => {
    let d = emptyCount();
    d = bumpZone(d, WHOLE_SITE, 1);
    d = bumpZone(d, WHOLE_SITE, 1);
    d = bumpZone(d, WHOLE_SITE, -1);
    expect(countTotal(d)).toBe(1);
    d = bumpZone(d, WHOLE_SITE, -1);
    d = bumpZone(d, WHOLE_SITE, -1);
    expect(countTotal(d)).toBe(0);
  });

  it('sums named zones; an empty whole-site zone makes way for the first named one', () => {
    let d = addZone(emptyCount(), ' floor 2 ', 'z2');
    expect(d.zones.map((z) => z.name)).toEqual(['floor 2']);
    d = addZone(d, 'floor 3', 'z3');
    d = setZoneCount(d, 'z2', 96);
    d = setZoneCount(d, 'z3', 88);
    expect(countTotal(d)).toBe(184);
    d = renameZone(d, 'z3', 'floor 3, east wing');
    expect(d.zones[1]).toEqual({ id: 'z3', name: 'floor 3, east wing', count: 88 });
  });

  it('keeps a whole-site count that already holds seats when a zone is added', () => {
    const d = addZone(setZoneCount(emptyCount(), WHOLE_SITE, 12), 'annex', 'a');
    expect(d.zones.map((z) => [z.id, z.count])).toEqual([[WHOLE_SITE, 12], ['a', 0]]);
  });

  it('removing the last zone leaves an empty whole-site count', () => {
    const d = removeZone(addZone(emptyCount(), 'floor 2', 'z2'), 'z2');
    expect(d).toEqual(emptyCount());
  });

  it('reads typed counts strictly', () => {
    expect(parseCount(' 184 ')).toBe(184);
    expect(parseCount('0')).toBe(0);
    for (const bad of ['', '-3', '12.5', '1e3', 'abc', '12 seats']) expect(parseCount(bad)).toBeNull();
  });

  it('ignores an unknown zone', () => {
    const d = emptyCount();
    expect(bumpZone(d, 'nope', 1)).toBe(d);
  });
});

describe('zones named but not counted', () => {
  it('a named zone is not counted until a number is entered; an entered zero is', () => {
    let d = addZone(emptyCount(), 'floor 2', 'z2');
    expect(d.zones.filter(isCounted)).toEqual([]);
    d = setZoneCount(d, 'z2', 0);
    expect(d.zones.filter(isCounted).map((z) => z.id)).toEqual(['z2']);
    d = bumpZone(d, 'z2', 3);
    expect(d.zones[0]).toEqual({ id: 'z2', name: 'floor 2', count: 3 });
    expect(isCounted(d.zones[0])).toBe(true);
  });
});
