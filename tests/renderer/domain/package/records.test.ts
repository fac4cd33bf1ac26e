import { describe, expect, it } from 'vitest';
import { checkRecordBounds } from '../../../../renderer/domain/package/records';

const LIMITS = { maxRecordDepth: 4, maxRecordChars: 200 };
const check = (value: unknown) => checkRecordBounds(typeof value === 'string' ? value : JSON.stringify(value), LIMITS);
const nest = (levels: number): unknown => (levels === 0 ? 1 : [nest(levels - 1)]);

describe('checkRecordBounds', () => {
  it('counts depth inside each record, not the containers that hold records', () => {
    const audit = { id: 'e-1', details: { a: nest(2) } }; // record 1, details 2, a 3, [[1]] 4 levels
    expect(check({ visits: [{ visit: { id: 'v' }, audit: [audit] }], files: [{ path: 'p' }] })).toEqual([]);
    const deeper = { id: 'e-2', details: { a: nest(3) } };
    const problems = check({ visits: [{ visit: { id: 'v' }, audit: [audit, deeper] }] });
    expect(problems.map((p) => [p.code, p.params.where, p.params.depth])).toEqual([['record-too-deep', 'visits[0].audit[1 id=e-2]', 5]]);
  });

  it('names a record by its id wherever the id comes among its fields', () => {
    const p = check(`{"visits":[{"answers":[{"data":${JSON.stringify(nest(9))},"id":"a-late"}]}]}`);
    expect(p[0].params.where).toBe('visits[0].answers[0 id=a-late]');
  });

  it('is not fooled by brackets, quotes and escapes inside strings', () => {
    const tricky = { id: 'x"[[[[[[{{{{', note: '\\"]]]]}}}}\\\\', deep: '[[[[[[[[[[' };
    expect(check({ visits: [{ claims: [tricky] }] })).toEqual([]);
  });

  it('bounds anything at the top level or in a visit entry that is not a known list', () => {
    expect(check({ futureField: nest(5) }).map((p) => p.params.where)).toEqual(['futureField']);
    expect(check({ visits: [{ extra: nest(5) }] }).map((p) => p.params.where)).toEqual(['visits[0].extra']);
    expect(check({ visits: nest(6) }).map((p) => p.params.where)).toEqual(['visits[0]']);
    expect(check(nest(6) as unknown[]).map((p) => p.params.where)).toEqual(['(top level)']);
  });

  it('bounds the size of each record, strings included', () => {
    const p = check({ visits: [{ photos: [{ id: 'p-1', caption: 'x'.repeat(300) }] }] });
    expect(p.map((x) => [x.code, x.params.where])).toEqual([['record-too-large', 'visits[0].photos[0 id=p-1]']]);
    expect(check({ createdBy: 'y'.repeat(300) }).map((x) => x.params.where)).toEqual(['createdBy']);
  });

  it('survives text that is not JSON, or cut short, without throwing', () => {
    expect(() => check('{"visits":[{"audit":[{"id":"e","x":[[[[[[[[')).not.toThrow();
    expect(check('{"visits":[{"audit":[{"id":"e","x":[[[[[[[[')[0].params.where).toBe('visits[0].audit[0 id=e]');
    expect(() => check(']]]]}}}},,,::"')).not.toThrow();
  });

  it('takes linear time on a hundred thousand levels', () => {
    const started = performance.now();
    const p = checkRecordBounds(`{"visits":[{"audit":[{"id":"e","d":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}]}`, { maxRecordDepth: 24, maxRecordChars: 1e9 });
    expect(p[0].params.depth).toBe(100_001);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
