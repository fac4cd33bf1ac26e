import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPackage, writePackage, type Manifest, type PackageLimits, type ProblemCode } from '../../../../renderer/domain/package';
import { jpegish, META, visitFixture } from './fixtures';
import { buildZip, entriesOf, json, type KitEntry } from './zipkit';

/** A corpus of broken packages, each built from a sound one, each to be refused with the right problem. */

let good: Uint8Array;
let entries: KitEntry[];
let manifest: Manifest;
let photoPaths: string[];

beforeAll(async () => {
  const f = visitFixture();
  const w = await writePackage([f.bundle], f.source, META);
  if (!w.ok) throw new Error('fixture package');
  good = w.bytes;
  entries = entriesOf(good);
  manifest = w.manifest;
  photoPaths = entries.filter((e) => e.name.startsWith('photos/')).map((e) => e.name);
});

async function codes(bytes: Uint8Array, limits?: Partial<PackageLimits>): Promise<ProblemCode[]> {
  const r = await readPackage(bytes, limits);
  if (r.ok) return [];
  for (const p of r.problems) expect(p.message.length).toBeGreaterThan(10);
  return r.problems.map((p) => p.code);
}

const withManifest = (change: (m: Record<string, unknown>) => unknown) =>
  buildZip(entries.map((e) => (e.name === 'manifest.json' ? { ...e, data: json(change(structuredClone(manifest) as unknown as Record<string, unknown>)) } : e)));
const m = (x: Record<string, unknown>) => x as unknown as Manifest;

describe('readPackage refuses a broken container', () => {
  it('accepts the sound package the corpus is built from, also when rebuilt', async () => {
    expect(await codes(good)).toEqual([]);
    expect(await codes(buildZip(entries))).toEqual([]);
  });

  it('empty file', async () => expect(await codes(new Uint8Array(0))).toEqual(['empty-file']));
  it('not a zip', async () => expect(await codes(strToU8('just some text, certainly not a zip archive'))).toEqual(['not-a-zip']));
  it('truncated', async () => {
    expect(await codes(good.slice(0, good.length - 200))).toEqual(['truncated']);
    expect(await codes(good.slice(0, 1000))).toEqual(['truncated']);
  });

  it('corrupted bytes in a stored photo', async () => {
    const bad = good.slice();
    bad[Math.floor(bad.length / 2)] ^= 0x40;
    expect(await codes(bad)).toEqual(['corrupt-entry']);
  });

  it('corrupted bytes in the compressed manifest', async () => {
    const bad = good.slice();
    bad[60] ^= 0xff; // inside the manifest's deflate stream, the first entry
    expect(await codes(bad)).toEqual(['corrupt-entry']);
  });

  it('an encrypted package handed over without its passphrase', async () => {
    expect(await codes(new Uint8Array([...strToU8('SITEPROOF-ENC1'), 1, 2, 3]))).toEqual(['encrypted']);
  });

  it('unknown compression method and zip-encrypted entries', async () => {
    expect(await codes(buildZip([...entries, { name: 'x.bin', data: new Uint8Array(10), method: 12 }]))).toEqual(['unsupported-compression']);
    expect(await codes(buildZip([...entries.slice(0, 1), { ...entries[1], flags: 1 }, ...entries.slice(2)]))).toEqual(['encrypted-entry']);
  });
});

describe('readPackage refuses unsafe names', () => {
  const named = (name: string) => buildZip([...entries, { name, data: strToU8('x') }]);
  it('../evil', async () => expect(await codes(named('../evil'))).toEqual(['path-traversal']));
  it('photos/../../evil', async () => expect(await codes(named('photos/../../evil'))).toEqual(['path-traversal']));
  it('/abs', async () => expect(await codes(named('/etc/passwd'))).toEqual(['path-absolute']));
  it('C:\\x', async () => expect(await codes(named('C:\\x'))).toEqual(['path-drive']));
  it('backslash path', async () => expect(await codes(named('photos\\evil.jpg'))).toEqual(['path-backslash']));
  it('empty and dot segments', async () => {
    expect(await codes(named('photos//x.jpg'))).toEqual(['path-invalid']);
    expect(await codes(named('./x'))).toEqual(['path-invalid']);
  });
  it('duplicate entries', async () => {
    const dup = entries.find((e) => e.name.startsWith('photos/'))!;
    expect(await codes(buildZip([...entries, dup]))).toEqual(['duplicate-entry']);
    expect(await codes(buildZip([...entries, { ...dup, name: dup.name.toUpperCase() }]))).toEqual(['duplicate-entry']);
  });
  it('directory entries with data', async () => {
    expect(await codes(buildZip([...entries, { name: 'photos/', data: strToU8('hidden') }]))).toEqual(['directory-with-data']);
    expect(await codes(buildZip([...entries, { name: 'photos/', data: new Uint8Array(0) }]))).toEqual([]);
  });
});

describe('readPackage enforces its limits before inflating', () => {
  it('zip bomb: an entry that inflates hundreds of times larger', async () => {
    const bomb = buildZip([...entries, { name: 'photos/bomb.bin', data: new Uint8Array(16 * 1024 * 1024), method: 8 }]);
    expect(bomb.length).toBeLessThan(200_000);
    expect(await codes(bomb)).toEqual(['compression-ratio']);
  });

  it('an entry that lies about its size', async () => {
    // A listed photo, deflated, that inflates to far more than its directory entry declares.
    const lied = entries.map((e) => (e.name === photoPaths[0] ? { ...e, method: 8, declaredSize: 1000 } : e));
    expect(await codes(buildZip(lied))).toEqual(['corrupt-entry']);
    // The same lie in an entry the manifest does not list is refused by its name: it is never inflated.
    const liar = buildZip([...entries, { name: 'photos/liar.bin', data: new Uint8Array(2 * 1024 * 1024), method: 8, declaredSize: 1000 }]);
    expect(await codes(liar)).toEqual(['file-unlisted']);
  });

  it('too many entries', async () => {
    const many = buildZip([...entries, ...Array.from({ length: 20 }, (_, i) => ({ name: `n/${i}`, data: new Uint8Array(1) }))]);
    expect(await codes(many, { maxEntries: 10 })).toEqual(['too-many-entries']);
  });

  it('oversized entries and packages', async () => {
    expect(await codes(good, { maxEntryBytes: 35_000 })).toEqual(['entry-too-large']);
    expect(await codes(good, { maxTotalBytes: 50_000 })).toEqual(['package-too-large']);
  });

  it('inflates nothing when a limit is exceeded', async () => {
    // The bomb is also damaged: if it were inflated, a checksum problem would be reported as well.
    const bomb = buildZip([...entries, { name: 'photos/bomb.bin', data: new Uint8Array(16 * 1024 * 1024), method: 8, declaredSize: 20 * 1024 * 1024 }]);
    expect(await codes(bomb)).toEqual(['compression-ratio']);
  });
});

describe('readPackage refuses a broken manifest', () => {
  it('missing manifest', async () => expect(await codes(buildZip(entries.filter((e) => e.name !== 'manifest.json')))).toEqual(['missing-manifest']));
  it('bad JSON', async () => {
    expect(await codes(buildZip(entries.map((e) => (e.name === 'manifest.json' ? { ...e, data: strToU8('{"format": "siteproof-package",') } : e))))).toEqual(['manifest-not-json']);
  });
  it('not ours', async () => expect(await codes(withManifest((x) => ({ ...x, format: 'other-app' })))).toEqual(['not-a-siteproof-package']));
  it('made by a newer SiteProof', async () => {
    const r = await readPackage(withManifest((x) => ({ ...x, formatVersion: 2 })));
    expect(!r.ok && r.problems.map((p) => p.code)).toEqual(['newer-format']);
    expect(!r.ok && r.problems[0].message).toMatch(/newer version of SiteProof/);
  });
  it('holds log entries of a newer SiteProof', async () => {
    const r = await readPackage(withManifest((x) => ({
      ...x,
      appVersion: '9.0.0',
      visits: m(x).visits.map((v, i) => (i === 0 ? { ...v, audit: [...v.audit, { ...v.audit[0], id: 'future-entry', action: 'some-future-action' }] } : v)),
    })));
    expect(!r.ok && r.problems.map((p) => p.code)).toEqual(['newer-records']);
    expect(!r.ok && r.problems[0].message).toMatch(/some-future-action.*SiteProof 9\.0\.0\. Update SiteProof/);
    // A malformed action is damage, not a newer version.
    const damaged = await codes(withManifest((x) => ({ ...x, visits: m(x).visits.map((v) => ({ ...v, audit: v.audit.map((e) => ({ ...e, action: 'Not An Action!' })) })) })));
    expect(damaged.length).toBeGreaterThan(0);
    expect(new Set(damaged)).toEqual(new Set(['manifest-invalid']));
  });
  it('a format version that makes no sense', async () => {
    expect(await codes(withManifest((x) => ({ ...x, formatVersion: '1' })))).toEqual(['unknown-format-version']);
    expect(await codes(withManifest((x) => ({ ...x, formatVersion: 0 })))).toEqual(['unknown-format-version']);
  });
  it('a record that breaks the schema', async () => {
    const r = await readPackage(withManifest((x) => {
      m(x).visits[0].answers[0] = { ...m(x).visits[0].answers[0], kind: 'telepathy' } as never;
      return x;
    }));
    expect(!r.ok && r.problems.map((p) => p.code)).toEqual(['manifest-invalid']);
    expect(!r.ok && r.problems[0].message).toMatch(/visits\[0\]\.answers\[0 id=a-kb\]\.kind/);
  });
});

describe('readPackage checks the manifest against the contents', () => {
  it('a tampered photo (same size, other bytes)', async () => {
    const target = photoPaths[0];
    const tampered = buildZip(entries.map((e) => (e.name === target ? { ...e, data: jpegish(77, e.data.length) } : e)));
    expect(await codes(tampered)).toEqual(['file-hash-mismatch']);
  });

  it('a photo whose size changed', async () => {
    const target = photoPaths[0];
    expect(await codes(buildZip(entries.map((e) => (e.name === target ? { ...e, data: e.data.subarray(1) } : e))))).toEqual(['file-size-mismatch']);
  });

  it('an original that is not the photo captured (hash ≠ capture record)', async () => {
    const bad = withManifest((x) => {
      const photo = m(x).visits[0].photos.find((p) => p.id === 'p-hall')!;
      photo.sha256 = 'f'.repeat(64);
      return x;
    });
    expect(await codes(bad)).toEqual(['original-hash-mismatch']);
  });

  it('a listed file missing', async () => {
    const r = await readPackage(buildZip(entries.filter((e) => e.name !== photoPaths[0])));
    expect(!r.ok && r.problems.map((p) => p.code)).toEqual(['file-missing']);
    expect(!r.ok && r.problems[0].params.path).toBe(photoPaths[0]);
  });

  it('an unlisted extra file', async () => {
    expect(await codes(buildZip([...entries, { name: 'photos/extra.jpg', data: jpegish(5, 100) }]))).toEqual(['file-unlisted']);
    expect(await codes(buildZip([...entries, { name: 'readme.txt', data: strToU8('hello') }]))).toEqual(['file-unlisted']);
  });

  it('a file named after something else than its content', async () => {
    const renamed = entries.map((e) => (e.name === photoPaths[0] ? { ...e, name: 'photos/holiday.jpg' } : e));
    const bad = buildZip(renamed.map((e) => (e.name === 'manifest.json'
      ? { ...e, data: json({ ...manifest, files: manifest.files.map((f) => (f.path === photoPaths[0] ? { ...f, path: 'photos/holiday.jpg' } : f)) }) }
      : e)));
    expect(await codes(bad)).toEqual(['file-path-mismatch']);
  });

  it('a photo with no original and none declared missing', async () => {
    const bad = withManifest((x) => ({ ...x, missing: m(x).missing.filter((f) => f.variant !== 'original'), files: m(x).files.filter((f) => !(f.photoId === 'p-old' && f.variant === 'original')) }));
    const r = await readPackage(buildZip(entries.filter((e) => !manifest.files.some((f) => f.photoId === 'p-old' && f.path === e.name)).map((e) => (e.name === 'manifest.json' ? entriesOf(bad).find((x) => x.name === 'manifest.json')! : e))));
    expect(!r.ok && r.problems.map((p) => p.code)).toEqual(['photo-original-missing']);
  });

  it('records that belong to a visit not in the package', async () => {
    expect(await codes(withManifest((x) => {
      m(x).visits[0].claims[0].visitId = 'some-other-visit';
      return x;
    }))).toEqual(['record-wrong-visit']);
  });

  it('duplicate records and visits, and a visit package with two visits', async () => {
    expect(await codes(withManifest((x) => {
      m(x).visits[0].audit.push(m(x).visits[0].audit[0]);
      return x;
    }))).toEqual(['duplicate-record']);
    expect(await codes(withManifest((x) => ({ ...x, kind: 'backup', visits: [m(x).visits[0], m(x).visits[0]] })))).toContain('duplicate-visit');
    const two = withManifest((x) => {
      const other = { ...m(x).visits[0], visit: { ...m(x).visits[0].visit, id: 'v2' }, claims: [], answers: [], decisions: [], resolutions: [], photos: [], audit: [] };
      return { ...x, visits: [m(x).visits[0], other] };
    });
    expect(await codes(two)).toEqual(['visit-count']);
  });

  it('a file for a photo that is not in the package', async () => {
    expect(await codes(withManifest((x) => {
      m(x).files[0].photoId = 'ghost';
      return x;
    }))).toContain('file-unknown-photo');
  });

  it('accepts zips made by other tools when they are sound (deflated photos, folder entries)', async () => {
    const rezipped = zipSync(Object.fromEntries([['photos/', new Uint8Array(0)], ...entries.map((e) => [e.name, e.data] as const)]), { level: 6 });
    expect(await codes(rezipped)).toEqual([]);
  });
});
