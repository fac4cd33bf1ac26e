import { inflateSync } from 'fflate';
import { crc32 } from './crc32';
import type { PackageLimits } from './limits';
import { checkEntryName } from './paths';
import { problem, type Problem } from './problems';

/**
 * A zip reader that trusts nothing: it parses the central directory itself (fflate's unzip would silently keep
 * the last of two entries with the same name and inflate before we could look at sizes), checks names, sizes
 * and layout against the limits, and only then inflates, into buffers of the declared size, checking each CRC.
 */

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
export const LOCAL_SIZE = 30;

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeName(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** The end-of-central-directory record is the last thing in the file; a zip comment would sit after it. */
function findEocd(data: Uint8Array): number {
  const lowest = Math.max(0, data.length - EOCD_SIZE - 0xffff);
  for (let e = data.length - EOCD_SIZE; e >= lowest; e--) {
    if (u32(data, e) === SIG_EOCD && e + EOCD_SIZE + u16(data, e + 20) === data.length) return e;
  }
  return -1;
}

const startsWithLocalHeader = (data: Uint8Array) => data.length >= 4 && u32(data, 0) === SIG_LOCAL;

export type CentralDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; problems: Problem[] };

/** Reads and checks the central directory: structure, names, limits. Nothing is inflated. */
export function readCentralDirectory(data: Uint8Array, limits: PackageLimits): CentralDirectory {
  const fail = (...problems: Problem[]): CentralDirectory => ({ ok: false, problems });
  if (data.length === 0) return fail(problem('empty-file', 'The file is empty.'));
  const eocd = findEocd(data);
  if (eocd < 0) {
    return startsWithLocalHeader(data)
      ? fail(problem('truncated', 'The package is cut short: the end of the zip is missing (was the copy interrupted?).', { bytes: data.length }))
      : fail(problem('not-a-zip', 'This is not a SiteProof package: the file is not a zip archive.'));
  }
  if (eocd >= 20 && u32(data, eocd - 20) === SIG_ZIP64_LOCATOR) {
    return fail(problem('zip64-unsupported', 'The package uses the ZIP64 extension, which SiteProof packages never do.'));
  }
  const disk = u16(data, eocd + 4);
  const cdDisk = u16(data, eocd + 6);
  const countHere = u16(data, eocd + 8);
  const count = u16(data, eocd + 10);
  const cdSize = u32(data, eocd + 12);
  const cdOffset = u32(data, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    return fail(problem('zip64-unsupported', 'The package uses the ZIP64 extension, which SiteProof packages never do.'));
  }
  if (disk !== 0 || cdDisk !== 0 || countHere !== count) {
    return fail(problem('corrupt-zip', 'The zip claims to span several disks; a package is always one file.'));
  }
  if (cdOffset + cdSize > eocd) {
    return fail(problem('truncated', 'The package is cut short or damaged: its table of contents points outside the file.', { bytes: data.length }));
  }
  if (count > limits.maxEntries) {
    return fail(problem('too-many-entries', `The package holds ${count} entries; at most ${limits.maxEntries} are accepted.`, { count, limit: limits.maxEntries }));
  }

  const raw: RawEntry[] = [];
  let o = cdOffset;
  for (let i = 0; i < count; i++) {
    if (o + CENTRAL_SIZE > cdOffset + cdSize || u32(data, o) !== SIG_CENTRAL) {
      return fail(problem('corrupt-zip', `The zip's table of contents is damaged at entry ${i + 1} of ${count}.`, { entry: i + 1 }));
    }
    const nameLen = u16(data, o + 28);
    const next = o + CENTRAL_SIZE + nameLen + u16(data, o + 30) + u16(data, o + 32);
    if (next > cdOffset + cdSize) {
      return fail(problem('corrupt-zip', `The zip's table of contents is damaged at entry ${i + 1} of ${count}.`, { entry: i + 1 }));
    }
    raw.push({
      flags: u16(data, o + 8), method: u16(data, o + 10), crc: u32(data, o + 16),
      compressedSize: u32(data, o + 20), size: u32(data, o + 24), localOffset: u32(data, o + 42),
      nameBytes: data.subarray(o + CENTRAL_SIZE, o + CENTRAL_SIZE + nameLen),
    });
    o = next;
  }
  const checked = checkEntries(raw, limits);
  if (checked.problems.length) return fail(...checked.problems);
  const locals = new Map<ZipEntry, LocalHeader>();
  for (const e of checked.entries) {
    const at = e.localOffset;
    if (at + LOCAL_SIZE > data.length) {
      locals.set(e, { signature: 0, nameLength: 0, extraLength: 0, name: null });
      continue;
    }
    const nameLength = u16(data, at + 26);
    locals.set(e, { signature: u32(data, at), nameLength, extraLength: u16(data, at + 28), name: decodeName(data.subarray(at + LOCAL_SIZE, at + LOCAL_SIZE + nameLength)) });
  }
  const layout = checkLayout(checked.entries, cdOffset, locals);
  return layout ? fail(layout) : { ok: true, entries: checked.entries };
}

/** One record of the central directory as it stands, before any check (sizes already widened from ZIP64). */
export interface RawEntry {
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  nameBytes: Uint8Array;
}

/** What an entry's own (local) header says, read wherever the reader keeps the file. */
export interface LocalHeader { signature: number; nameLength: number; extraLength: number; name: string | null }

/**
 * The checks of every entry and of the whole package, from the central directory alone, shared by the reader of
 * bytes in memory (above) and the one of a Blob (blob-read.ts): names, duplicates, zip encryption, methods,
 * sizes, the ratio of each entry and of all deflated entries together. Nothing is inflated.
 */
export function checkEntries(raw: readonly RawEntry[], limits: PackageLimits): { entries: ZipEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries: ZipEntry[] = [];
  const seen = new Map<string, string>();
  let total = 0;
  let inflated = 0;
  let deflated = 0;
  raw.forEach(({ flags, method, crc, compressedSize, size, localOffset, nameBytes }, i) => {
    const name = decodeName(nameBytes);
    if (name === null) {
      problems.push(problem('path-invalid', `Entry ${i + 1} has a name that is not valid UTF-8.`, { path: `#${i + 1}` }));
      return;
    }
    const nameProblem = checkEntryName(name);
    if (nameProblem) {
      problems.push(nameProblem);
      return;
    }
    const folded = name.normalize('NFC').toLowerCase();
    const earlier = seen.get(folded);
    if (earlier !== undefined) {
      problems.push(problem('duplicate-entry', `"${name}" appears more than once in the zip${earlier === name ? '' : ` (as "${earlier}")`}.`, { path: name }));
      return;
    }
    seen.set(folded, name);
    if (flags & 0x1) {
      problems.push(problem('encrypted-entry', `"${name}" is encrypted with zip encryption; SiteProof encrypts whole packages instead.`, { path: name }));
      return;
    }
    if (name.endsWith('/')) {
      if (size !== 0 || compressedSize > 2) {
        problems.push(problem('directory-with-data', `The folder entry "${name}" carries data; folder entries must be empty.`, { path: name, size }));
      }
      return;
    }
    if (method !== 0 && method !== 8) {
      problems.push(problem('unsupported-compression', `"${name}" is compressed with method ${method}; only stored and deflate are used.`, { path: name, method }));
      return;
    }
    if (method === 0 && compressedSize !== size) {
      problems.push(problem('corrupt-zip', `"${name}" is stored uncompressed but its two sizes disagree.`, { path: name }));
      return;
    }
    if (size > limits.maxEntryBytes) {
      problems.push(problem('entry-too-large', `"${name}" would unpack to ${size} bytes; at most ${limits.maxEntryBytes} are accepted per file.`, { path: name, size, limit: limits.maxEntryBytes }));
      return;
    }
    if (size > limits.ratioFloorBytes && size / Math.max(compressedSize, 1) > limits.maxRatio) {
      const ratio = Math.round(size / Math.max(compressedSize, 1));
      problems.push(problem('compression-ratio', `"${name}" would unpack ${ratio} times larger than it is stored (a "zip bomb"); at most ${limits.maxRatio} times is accepted.`, { path: name, ratio, limit: limits.maxRatio }));
      return;
    }
    total += size;
    if (method === 8) {
      inflated += size;
      deflated += compressedSize;
    }
    entries.push({ name, method, flags, crc, compressedSize, size, localOffset });
  });
  if (total > limits.maxTotalBytes) {
    problems.push(problem('package-too-large', `The package would unpack to ${total} bytes; at most ${limits.maxTotalBytes} are accepted.`, { size: total, limit: limits.maxTotalBytes }));
  }
  // Over the whole package, with no floor per entry: 4 000 entries of 1 MiB of zeros pass every check above.
  if (inflated > limits.totalRatioFloorBytes && inflated / Math.max(deflated, 1) > limits.maxTotalRatio) {
    const ratio = Math.round(inflated / Math.max(deflated, 1));
    problems.push(problem('package-compression-ratio', `The package's compressed files would unpack to ${inflated} bytes, ${ratio} times what they take in the file (a "zip bomb"); at most ${limits.maxTotalRatio} times is accepted.`, { size: inflated, ratio, count: ratio, limit: limits.maxTotalRatio }));
  }
  return { entries, problems };
}

/** Entries must not overlap one another or the directory: overlapping entries are how a small zip unpacks huge. */
export function checkLayout(entries: readonly ZipEntry[], cdOffset: number, locals: Map<ZipEntry, LocalHeader>): Problem | null {
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let end = 0;
  for (const e of byOffset) {
    if (e.localOffset < end || e.localOffset + LOCAL_SIZE > cdOffset) {
      return problem('corrupt-zip', `The zip is malformed: "${e.name}" overlaps another entry.`, { path: e.name });
    }
    const local = locals.get(e);
    if (!local || local.signature !== SIG_LOCAL) {
      return problem('corrupt-zip', `The zip is damaged: the data of "${e.name}" is not where its table of contents says.`, { path: e.name });
    }
    if (local.name !== e.name) {
      return problem('corrupt-zip', `The zip is malformed: "${e.name}" carries a different name in its own header.`, { path: e.name });
    }
    end = e.localOffset + LOCAL_SIZE + local.nameLength + local.extraLength + e.compressedSize;
    if (end > cdOffset) {
      return problem('truncated', `The data of "${e.name}" runs past the end of the file's contents: the package is cut short or damaged.`, { path: e.name });
    }
  }
  return null;
}

/** Where an entry's compressed bytes are (after its local header). */
function dataOf(data: Uint8Array, e: ZipEntry): Uint8Array {
  const start = e.localOffset + LOCAL_SIZE + u16(data, e.localOffset + 26) + u16(data, e.localOffset + 28);
  return data.subarray(start, start + e.compressedSize);
}

export const damagedEntry = (e: ZipEntry, why: string): Problem => problem('corrupt-entry', `"${e.name}" is damaged (${why}).`, { path: e.name, reason: why });

/**
 * Inflates one checked entry. Stored entries come back as views into `data` (no copy). A deflated entry is
 * inflated into a buffer one byte larger than declared, so an entry that lies about its size is caught.
 * `checkCrc: false` leaves the CRC to the caller, who checks a stronger hash anyway (see readPackage).
 */
export function extractEntry(data: Uint8Array, e: ZipEntry, checkCrc = true): { ok: true; bytes: Uint8Array } | { ok: false; problem: Problem } {
  const damaged = (why: string) => ({ ok: false as const, problem: damagedEntry(e, why) });
  let bytes: Uint8Array;
  if (e.method === 0) bytes = dataOf(data, e);
  else if (e.compressedSize === 0) bytes = new Uint8Array(0);
  else {
    try {
      bytes = inflateSync(dataOf(data, e), { out: new Uint8Array(e.size + 1) });
    } catch {
      return damaged('its compressed data cannot be unpacked');
    }
  }
  if (bytes.length !== e.size) return damaged(`it unpacks to ${bytes.length > e.size ? 'more' : 'fewer'} bytes than declared`);
  if (checkCrc && crc32(bytes) !== e.crc) return damaged('checksum mismatch');
  return { ok: true, bytes };
}
