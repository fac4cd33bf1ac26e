import { deflateSync, strToU8 } from 'fflate';
import { writePackage, type Manifest } from '../../renderer/domain/package';
import { crc32 } from '../../renderer/domain/package/crc32';
import { META, visitFixture } from '../renderer/domain/package/fixtures';
import { buildZip, entriesOf, type KitEntry } from '../renderer/domain/package/zipkit';

/**
 * Crafted packages that attack the reader rather than the evidence: each is built from the same sound visit
 * package, in code (a 5 MB bomb has no place in git), the same for every run. Unit, CLI and browser tests take
 * them from here; `node --import tsx tests/corpus/write-hostile.ts DIR` writes them out to try by hand
 * (e.g. `/usr/bin/time -v npx siteproof verify DIR/zip-bomb.siteproof`).
 */

const MiB = 1024 * 1024;

export interface Sound { bytes: Uint8Array; entries: KitEntry[]; manifest: Manifest }

export async function soundPackage(): Promise<Sound> {
  const f = visitFixture();
  const w = await writePackage([f.bundle], f.source, META);
  if (!w.ok) throw new Error('the fixture package cannot be written');
  return { bytes: w.bytes, entries: entriesOf(w.bytes), manifest: w.manifest };
}

/** Many entries of 1 MiB of zeros each (each just under the per-entry ratio floor), deflated once and repeated. */
function zeros(count: number, name: (i: number) => string, crc?: number): KitEntry[] {
  const data = new Uint8Array(MiB);
  const compressed = deflateSync(data, { level: 9 });
  const real = crc32(data);
  return Array.from({ length: count }, (_, i) => ({ name: name(i), data, method: 8, compressed, crc: crc ?? real }));
}

/** `count` deflated entries of 1 MiB of zeros named like photo files. */
export const bombEntries = (count: number): KitEntry[] => zeros(count, (i) => `photos/zero-${i}.bin`);

/** The case: 4 000 deflated entries of 1 MiB of zeros beside a sound visit, a ~5 MB file of 4 GB. */
export async function zipBomb(count = 4000): Promise<Uint8Array> {
  const { entries } = await soundPackage();
  return buildZip([...entries, ...zeros(count, (i) => `photos/zero-${i}.bin`)]);
}

/**
 * A few such entries, under every size limit, that the manifest does not list, with a wrong CRC: a reader that
 * inflated them would report them damaged; one that inflates nothing unlisted names them as unlisted.
 */
export async function unlistedZeros(count = 8): Promise<Uint8Array> {
  const { entries } = await soundPackage();
  return buildZip([...entries, ...zeros(count, (i) => `photos/unlisted-${i}.bin`, 0x12345678)]);
}

/** The manifest with `value` put in place of the placeholder string `"@@HOLE@@"` inserted by `change`. */
function withRawManifest(sound: Sound, change: (m: Manifest) => void, value: string): Uint8Array {
  const m = structuredClone(sound.manifest);
  change(m);
  const text = JSON.stringify(m).replace('"@@HOLE@@"', value);
  return buildZip(sound.entries.map((e) => (e.name === 'manifest.json' ? { ...e, data: strToU8(text) } : e)));
}

export const DEEP_LEVELS = 100_000;
const deepArray = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

/** An audit entry whose details hold JSON nested 100 000 deep: it passed verify and crashed merge and import. */
export async function deepAudit(): Promise<{ bytes: Uint8Array; entryId: string }> {
  const sound = await soundPackage();
  const entryId = sound.manifest.visits[0].audit[1].id;
  const bytes = withRawManifest(sound, (m) => {
    m.visits[0].audit[1].details = { photoId: 'p-hall', note: '@@HOLE@@' };
  }, deepArray(DEEP_LEVELS));
  return { bytes, entryId };
}

/** The same nesting in a field a later version might add to the manifest (loose objects keep such fields). */
export async function deepExtraField(): Promise<Uint8Array> {
  const sound = await soundPackage();
  return withRawManifest(sound, (m) => {
    (m as unknown as Record<string, unknown>).futureField = '@@HOLE@@';
  }, deepArray(DEEP_LEVELS));
}

/** A vendor name that clears the terminal, sets its title, and prints a fake verdict, reversed by a bidi override. */
export const EVIL_VENDOR = 'Evil\u001b[2J\u001b[H\u001b]0;pwned\u0007\u0000 SOUND\u009b31m\u202eDNUOS';

/** A sound package (verify accepts it) of a visit whose vendor and site carry terminal control sequences. */
export async function controlCharVendor(): Promise<Uint8Array> {
  const f = visitFixture();
  f.bundle.visit = { ...f.bundle.visit, vendor: EVIL_VENDOR, site: 'Site\r\n  files: fine, SOUND' };
  const w = await writePackage([f.bundle], f.source, { ...META, createdBy: { author: 'Mallory\u001b[1A', device: META.createdBy.device } });
  if (!w.ok) throw new Error('the control-character package cannot be written');
  return w.bytes;
}

/** An entry named with an escape sequence (C0) and one with a C1 control: both end up in printed problems. */
export async function controlCharEntryNames(): Promise<Uint8Array> {
  const { entries } = await soundPackage();
  return buildZip([...entries, { name: 'photos/\u001b[2Jevil.jpg', data: new Uint8Array(10) }, { name: 'photos/\u009b2Jc1.jpg', data: new Uint8Array(10) }]);
}

/** Every hostile package of the corpus, by file name. */
export async function hostileCorpus(): Promise<Record<string, Uint8Array>> {
  return {
    'zip-bomb.siteproof': await zipBomb(),
    'unlisted-zeros.siteproof': await unlistedZeros(),
    'deep-audit.siteproof': (await deepAudit()).bytes,
    'deep-extra-field.siteproof': await deepExtraField(),
    'control-vendor.siteproof': await controlCharVendor(),
    'control-entry-names.siteproof': await controlCharEntryNames(),
  };
}
