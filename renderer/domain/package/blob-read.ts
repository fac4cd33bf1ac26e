import { inflateSync } from 'fflate';
import { crossCheck, type PresentFiles } from './check';
import { crc32 } from './crc32';
import { isEncrypted } from './crypto';
import { sha256Hex } from './hash';
import { withStreamDefaults, type PackageLimits } from './limits';
import type { Manifest } from './manifest';
import { MANIFEST_PATH } from './paths';
import { capProblems, problem, type Problem } from './problems';
import { parseManifest } from './read';
import { checkEntries, checkLayout, damagedEntry, LOCAL_SIZE, type LocalHeader, type RawEntry, type ZipEntry } from './zip';

/**
 * Reads a package from a Blob (a File the user picked) without holding it in memory: the end of the file and
 * the central directory first, checked exactly as readPackage checks them (zip.ts: names, duplicates, sizes,
 * bombs, overlaps), then the manifest, then each listed file on its own: read, inflated into a buffer of its
 * declared size if deflated, hashed, and kept as a Blob (Chromium keeps large Blobs out of the page's heap). The
 * cross-checks of the manifest against the files run last. Nothing is returned unless every check passed, and
 * nothing is written anywhere: the caller commits the result in one transaction.
 *
 * Unlike the in-memory reader this one reads ZIP64, which the streamed writer uses for packages past zip32's
 * limits; a ZIP64 record that does not add up (a size or offset outside the file, a truncated record) is refused.
 */

export type BlobReadResult =
  | { ok: true; manifest: Manifest; /** Each listed file's checked bytes, by path. */ files: Map<string, Blob> }
  | { ok: false; problems: Problem[] };

export interface BlobReadOptions {
  limits?: Partial<PackageLimits>;
  signal?: AbortSignal;
  onProgress?: (p: { done: number; total: number }) => void;
  /**
   * How a checked file is handed back. 'copy' (default): a new Blob of the bytes that were hashed, so what is
   * committed is exactly what was checked even if the file changes on disk meanwhile. 'slice': a slice of the
   * input for stored entries, which holds no bytes at all; for the CLI, whose input is a file-backed Blob
   * (fs.openAsBlob) that refuses to read once the file was modified, so a changed file fails rather than lies.
   */
  stage?: 'copy' | 'slice';
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const ZIP64_EOCD_SIZE = 56;
const ZIP64_LOCATOR_SIZE = 20;
/** The central directory is read whole: at ~100 bytes an entry this is far more than any package needs. */
const MAX_DIRECTORY_BYTES = 256 * 1024 * 1024;

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
/** A 64-bit size or offset; above 2^53 it cannot be exact, and no real file is that large. */
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x1_0000_0000;

const fail = (...problems: Problem[]): BlobReadResult => ({ ok: false, problems: capProblems(problems) });
const read = async (blob: Blob, start: number, end: number) => new Uint8Array(await blob.slice(start, end).arrayBuffer());

const truncated = (size: number) => problem('truncated', 'The package is cut short or damaged: its table of contents points outside the file.', { bytes: size });

interface Directory { count: number; cdSize: number; cdOffset: number; end: number; zip64: boolean }

/** The end records: EOCD, and when present the ZIP64 locator and record, all checked against the file's size. */
async function findDirectory(file: Blob): Promise<{ ok: true; dir: Directory } | { ok: false; problems: Problem[] }> {
  const no = (...p: Problem[]) => ({ ok: false as const, problems: p });
  const tailStart = Math.max(0, file.size - EOCD_SIZE - 0xffff);
  const tail = await read(file, tailStart, file.size);
  let e = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (u32(tail, i) === SIG_EOCD && i + EOCD_SIZE + u16(tail, i + 20) === tail.length) {
      e = i;
      break;
    }
  }
  if (e < 0) {
    const head = await read(file, 0, 4);
    return head.length === 4 && u32(head, 0) === 0x04034b50
      ? no(problem('truncated', 'The package is cut short: the end of the zip is missing (was the copy interrupted?).', { bytes: file.size }))
      : no(problem('not-a-zip', 'This is not a SiteProof package: the file is not a zip archive.'));
  }
  const eocdAt = tailStart + e;
  let dir: Directory = { count: u16(tail, e + 10), cdSize: u32(tail, e + 12), cdOffset: u32(tail, e + 16), end: eocdAt, zip64: false };
  const locatorAt = eocdAt - ZIP64_LOCATOR_SIZE;
  const locator = locatorAt >= 0 ? await read(file, locatorAt, eocdAt) : new Uint8Array(0);
  if (locator.length === ZIP64_LOCATOR_SIZE && u32(locator, 0) === SIG_ZIP64_LOCATOR) {
    const recordAt = u64(locator, 8);
    if (u32(locator, 4) !== 0 || u32(locator, 16) > 1) return no(problem('corrupt-zip', 'The zip claims to span several disks; a package is always one file.'));
    if (recordAt + ZIP64_EOCD_SIZE > locatorAt) return no(truncated(file.size));
    const record = await read(file, recordAt, recordAt + ZIP64_EOCD_SIZE);
    if (u32(record, 0) !== SIG_ZIP64_EOCD) return no(problem('corrupt-zip', 'The zip is damaged: its ZIP64 end record is not where its locator says.'));
    if (u32(record, 16) !== 0 || u32(record, 20) !== 0 || u64(record, 24) !== u64(record, 32)) {
      return no(problem('corrupt-zip', 'The zip claims to span several disks; a package is always one file.'));
    }
    dir = { count: u64(record, 32), cdSize: u64(record, 40), cdOffset: u64(record, 48), end: recordAt, zip64: true };
  } else if (dir.count === 0xffff || dir.cdSize === 0xffffffff || dir.cdOffset === 0xffffffff) {
    return no(problem('corrupt-zip', 'The zip is damaged: it announces ZIP64 but has no ZIP64 end record.'));
  } else if (u16(tail, e + 4) !== 0 || u16(tail, e + 6) !== 0 || u16(tail, e + 8) !== u16(tail, e + 10)) {
    // Only without ZIP64: there these 16-bit fields may say 0xffff and the ZIP64 record holds the real ones.
    return no(problem('corrupt-zip', 'The zip claims to span several disks; a package is always one file.'));
  }
  if (dir.cdOffset + dir.cdSize > dir.end) return no(truncated(file.size));
  return { ok: true, dir };
}

/** The central directory's records, with their ZIP64 sizes and offsets where the 32-bit fields say 0xffffffff. */
function parseDirectory(cd: Uint8Array, count: number): { ok: true; raw: RawEntry[] } | { ok: false; problems: Problem[] } {
  const raw: RawEntry[] = [];
  const damaged = (i: number) => ({ ok: false as const, problems: [problem('corrupt-zip', `The zip's table of contents is damaged at entry ${i + 1} of ${count}.`, { entry: i + 1 })] });
  let o = 0;
  for (let i = 0; i < count; i++) {
    if (o + CENTRAL_SIZE > cd.length || u32(cd, o) !== SIG_CENTRAL) return damaged(i);
    const nameLen = u16(cd, o + 28);
    const extraLen = u16(cd, o + 30);
    const next = o + CENTRAL_SIZE + nameLen + u16(cd, o + 30) + u16(cd, o + 32);
    if (next > cd.length) return damaged(i);
    let compressedSize = u32(cd, o + 20);
    let size = u32(cd, o + 24);
    let localOffset = u32(cd, o + 42);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // The ZIP64 extra field holds, in this order, only the values whose 32-bit field is 0xffffffff.
      const extra = cd.subarray(o + CENTRAL_SIZE + nameLen, o + CENTRAL_SIZE + nameLen + extraLen);
      let found = false;
      for (let x = 0; x + 4 <= extra.length;) {
        const id = u16(extra, x);
        const len = u16(extra, x + 2);
        if (x + 4 + len > extra.length) break;
        if (id === 0x0001) {
          let at = x + 4;
          const take = () => {
            if (at + 8 > x + 4 + len) return -1;
            const v = u64(extra, at);
            at += 8;
            return v;
          };
          if (size === 0xffffffff) size = take();
          if (compressedSize === 0xffffffff) compressedSize = take();
          if (localOffset === 0xffffffff) localOffset = take();
          found = size >= 0 && compressedSize >= 0 && localOffset >= 0;
          break;
        }
        x += 4 + len;
      }
      if (!found) return damaged(i);
    }
    raw.push({
      flags: u16(cd, o + 8), method: u16(cd, o + 10), crc: u32(cd, o + 16), compressedSize, size, localOffset,
      nameBytes: cd.subarray(o + CENTRAL_SIZE, o + CENTRAL_SIZE + nameLen),
    });
    o = next;
  }
  return { ok: true, raw };
}

async function localHeaders(file: Blob, entries: ZipEntry[]): Promise<Map<ZipEntry, LocalHeader>> {
  const out = new Map<ZipEntry, LocalHeader>();
  for (const e of entries) {
    const head = await read(file, e.localOffset, e.localOffset + LOCAL_SIZE);
    if (head.length < LOCAL_SIZE) {
      out.set(e, { signature: 0, nameLength: 0, extraLength: 0, name: null });
      continue;
    }
    const nameLength = u16(head, 26);
    const nameBytes = await read(file, e.localOffset + LOCAL_SIZE, e.localOffset + LOCAL_SIZE + nameLength);
    let name: string | null;
    try {
      name = new TextDecoder('utf-8', { fatal: true }).decode(nameBytes);
    } catch {
      name = null;
    }
    out.set(e, { signature: u32(head, 0), nameLength, extraLength: u16(head, 28), name });
  }
  return out;
}

/** One entry's bytes: stored ones as they are, deflated ones into a buffer one byte larger than declared. */
async function entryBytes(file: Blob, e: ZipEntry, local: LocalHeader): Promise<{ ok: true; bytes: Uint8Array; start: number } | { ok: false; problem: Problem }> {
  const start = e.localOffset + LOCAL_SIZE + local.nameLength + local.extraLength;
  const stored = await read(file, start, start + e.compressedSize);
  if (stored.length !== e.compressedSize) return { ok: false, problem: damagedEntry(e, 'it is cut short') };
  let bytes = stored;
  if (e.method === 8) {
    try {
      bytes = e.compressedSize === 0 ? new Uint8Array(0) : inflateSync(stored, { out: new Uint8Array(e.size + 1) });
    } catch {
      return { ok: false, problem: damagedEntry(e, 'its compressed data cannot be unpacked') };
    }
  }
  if (bytes.length !== e.size) return { ok: false, problem: damagedEntry(e, `it unpacks to ${bytes.length > e.size ? 'more' : 'fewer'} bytes than declared`) };
  return { ok: true, bytes, start };
}

export async function readPackageBlob(file: Blob, options: BlobReadOptions = {}): Promise<BlobReadResult> {
  const limits = withStreamDefaults(options.limits);
  if (file.size === 0) return fail(problem('empty-file', 'The file is empty.'));
  if (isEncrypted(await read(file, 0, 14))) return fail(problem('encrypted', 'This package is encrypted; enter its passphrase to open it.'));
  const found = await findDirectory(file);
  if (!found.ok) return fail(...found.problems);
  const { dir } = found;
  if (dir.count > limits.maxEntries) {
    return fail(problem('too-many-entries', `The package holds ${dir.count} entries; at most ${limits.maxEntries} are accepted.`, { count: dir.count, limit: limits.maxEntries }));
  }
  if (dir.cdSize > MAX_DIRECTORY_BYTES) return fail(problem('corrupt-zip', 'The zip\'s table of contents is implausibly large.'));
  const parsed = parseDirectory(await read(file, dir.cdOffset, dir.cdOffset + dir.cdSize), dir.count);
  if (!parsed.ok) return fail(...parsed.problems);
  const checked = checkEntries(parsed.raw, limits);
  if (checked.problems.length) return fail(...checked.problems);
  const locals = await localHeaders(file, checked.entries);
  const layout = checkLayout(checked.entries, dir.cdOffset, locals);
  if (layout) return fail(layout);

  const byName = new Map(checked.entries.map((e) => [e.name, e]));
  const manifestEntry = byName.get(MANIFEST_PATH);
  if (!manifestEntry) return fail(problem('missing-manifest', 'The package has no manifest.json, so there is no way to tell what it holds.'));
  const manifestOut = await entryBytes(file, manifestEntry, locals.get(manifestEntry) as LocalHeader);
  if (!manifestOut.ok) return fail(manifestOut.problem);
  if (crc32(manifestOut.bytes) !== manifestEntry.crc) return fail(damagedEntry(manifestEntry, 'checksum mismatch'));
  const m = parseManifest(manifestOut.bytes, limits);
  if (!m.ok) return fail(...m.problems);

  const listed = new Map(m.manifest.files.map((f) => [f.path, f.sha256]));
  const unlisted = checked.entries.filter((e) => e !== manifestEntry && !listed.has(e.name));
  if (unlisted.length) return fail(...unlisted.map((e) => problem('file-unlisted', `"${e.name}" is in the package but not in its manifest.`, { path: e.name })));

  const files = checked.entries.filter((e) => e !== manifestEntry);
  const total = files.reduce((n, e) => n + e.size, 0);
  let done = 0;
  options.onProgress?.({ done, total });
  const present: PresentFiles = new Map();
  const staged = new Map<string, Blob>();
  const problems: Problem[] = [];
  for (const e of files) {
    if (options.signal?.aborted) throw options.signal.reason;
    const out = await entryBytes(file, e, locals.get(e) as LocalHeader);
    if (!out.ok) {
      problems.push(out.problem);
      continue;
    }
    const sha256 = await sha256Hex(out.bytes);
    // The hash subsumes the CRC; the CRC only tells damage (it fails too) from a file swapped for another.
    if (sha256 !== listed.get(e.name) && crc32(out.bytes) !== e.crc) {
      problems.push(damagedEntry(e, 'checksum mismatch'));
      continue;
    }
    present.set(e.name, { size: out.bytes.length, sha256 });
    staged.set(e.name, options.stage === 'slice' && e.method === 0 ? file.slice(out.start, out.start + e.size) : new Blob([out.bytes as Uint8Array<ArrayBuffer>]));
    done += e.size;
    options.onProgress?.({ done, total });
  }
  if (problems.length) return fail(...problems);
  const inconsistent = crossCheck(m.manifest, present);
  if (inconsistent.length) return fail(...inconsistent);
  return { ok: true, manifest: m.manifest, files: staged };
}
