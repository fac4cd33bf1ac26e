import { describe, expect, it } from 'vitest';
import { readPackage, type ProblemCode } from '../../../../renderer/domain/package';
import { bombEntries, controlCharEntryNames, deepAudit, deepExtraField, DEEP_LEVELS, soundPackage, unlistedZeros, zipBomb } from '../../../corpus/hostile';
import { buildZip, json, type KitEntry } from './zipkit';

/** The hostile corpus (tests/corpus/hostile.ts) against the reader: refused fast, before anything costly. */

const codes = (r: Awaited<ReturnType<typeof readPackage>>): ProblemCode[] => (r.ok ? [] : r.problems.map((p) => p.code));

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

describe('zip bombs are refused from the central directory', () => {
  it('4 000 deflated entries of 1 MiB of zeros (5 MB, 4 GB unpacked): refused at once, nothing inflated', async () => {
    const bomb = await zipBomb();
    expect(bomb.length).toBeLessThan(6_000_000);
    const heapBefore = process.memoryUsage().arrayBuffers;
    const { value: r, ms } = await timed(() => readPackage(bomb));
    expect(codes(r)).toEqual(['package-compression-ratio']);
    expect(!r.ok && r.problems[0].message).toMatch(/4194309691 bytes, \d+ times what they take in the file \(a "zip bomb"\)/);
    // The target is under 5 s end to end; reading the directory alone takes milliseconds.
    expect(ms).toBeLessThan(2000);
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(64 * 1024 * 1024);
  }, 120_000);

  it('the same bomb listed in the manifest as photo files is refused the same way', async () => {
    const { entries, manifest } = await soundPackage();
    const extra: KitEntry[] = bombEntries(4000);
    const listed = { ...manifest, files: [...manifest.files, ...extra.map((e) => ({ ...manifest.files[0], path: e.name, size: e.data.length }))] };
    const zip = buildZip([...entries.map((e) => (e.name === 'manifest.json' ? { ...e, data: json(listed) } : e)), ...extra]);
    const { value: r, ms } = await timed(() => readPackage(zip));
    expect(codes(r)).toEqual(['package-compression-ratio']);
    expect(ms).toBeLessThan(2000);
  }, 120_000);

  it('entries the manifest does not list are refused by name and never inflated', async () => {
    // Their CRC is wrong: a reader that inflated them would call them damaged.
    const r = await readPackage(await unlistedZeros());
    expect(codes(r)).toEqual(Array(8).fill('file-unlisted'));
    expect(!r.ok && r.problems[0].message).toBe('"photos/unlisted-0.bin" is in the package but not in its manifest.');
  });

  it('a small package of compressible files under the floor is still read (the floor is for the whole package)', async () => {
    const { entries, manifest } = await soundPackage();
    const r = await readPackage(buildZip(entries.map((e) => (e.name === 'manifest.json' ? { ...e, data: json(manifest), method: 8 } : e))));
    expect(r.ok).toBe(true);
  });
});

describe('records are bounded in depth and size before the manifest is parsed', () => {
  it('JSON nested 100 000 deep in an audit entry is refused, naming the entry', async () => {
    const { bytes, entryId } = await deepAudit();
    const { value: r, ms } = await timed(() => readPackage(bytes));
    expect(codes(r)).toEqual(['record-too-deep']);
    const p = !r.ok ? r.problems[0] : undefined;
    expect(p?.params.where).toBe(`visits[0].audit[1 id=${entryId}]`);
    expect(p?.params.depth).toBe(DEEP_LEVELS + 2);
    expect(p?.message).toBe(`The record visits[0].audit[1 id=${entryId}] is nested ${DEEP_LEVELS + 2} levels deep; at most 24 are accepted.`);
    expect(ms).toBeLessThan(2000);
  });

  it('the same nesting in a field of a later version is refused too', async () => {
    const r = await readPackage(await deepExtraField());
    expect(codes(r)).toEqual(['record-too-deep']);
    expect(!r.ok && r.problems[0].params.where).toBe('futureField');
  });

  it('a record larger than the bound is refused, naming it', async () => {
    const { entries, manifest } = await soundPackage();
    const m = structuredClone(manifest);
    m.visits[0].claims[0] = { ...m.visits[0].claims[0], value: 'x'.repeat(5000) };
    const zip = buildZip(entries.map((e) => (e.name === 'manifest.json' ? { ...e, data: json(m) } : e)));
    const r = await readPackage(zip, { maxRecordChars: 4000 });
    expect(codes(r)).toEqual(['record-too-large']);
    expect(!r.ok && r.problems[0].params.where).toBe(`visits[0].claims[0 id=${m.visits[0].claims[0].id}]`);
    expect((await readPackage(zip)).ok).toBe(true);
  });

  it('the sound package passes the bounds with room to spare', async () => {
    const { bytes } = await soundPackage();
    expect((await readPackage(bytes, { maxRecordDepth: 6 })).ok).toBe(true);
  });
});

describe('names with control characters', () => {
  it('entry names with C0 or C1 controls or bidi overrides are refused', async () => {
    expect(codes(await readPackage(await controlCharEntryNames()))).toEqual(['path-invalid', 'path-invalid']);
    const { entries } = await soundPackage();
    const bidi = buildZip([...entries, { name: 'photos/\u202egpj.exe', data: new Uint8Array(4) }]);
    expect(codes(await readPackage(bidi))).toEqual(['path-invalid']);
  });
});
