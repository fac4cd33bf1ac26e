/**
 * Bounds a reader enforces before it does any costly work, so a hostile or broken file cannot exhaust memory or
 * time: the zip's bounds are checked from its central directory before a single byte is inflated, the records'
 * bounds on the manifest's text before it is parsed. The defaults fit a large visit (hundreds of 12 MP photos,
 * three variants each) with room to spare; zip32 caps a package at 65 535 entries and 4 GiB anyway.
 */
export interface PackageLimits {
  /** Entries in the zip, the manifest included. */
  maxEntries: number;
  /** Sum of the uncompressed sizes of all entries. */
  maxTotalBytes: number;
  /** Uncompressed size of any one entry. */
  maxEntryBytes: number;
  /** Uncompressed / compressed size above which an entry is taken for a zip bomb... */
  maxRatio: number;
  /** ...once it inflates to more than this (tiny entries compress absurdly well and are harmless). */
  ratioFloorBytes: number;
  /**
   * The same over the whole package: what all its compressed entries inflate to, against what they take in the
   * file. Many entries of 1 MiB of zeros each stay under the per-entry floor; together they are a bomb. Stored
   * entries are left out of both sums: they cost no inflating (they are read in place) and would dilute it.
   */
  maxTotalRatio: number;
  /** ...once the compressed entries together inflate to more than this. */
  totalRatioFloorBytes: number;
  /** Levels of nesting inside one record of the manifest (an answer, an audit entry, a file entry…). */
  maxRecordDepth: number;
  /** Characters of one record's JSON text in the manifest. */
  maxRecordChars: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: PackageLimits = {
  maxEntries: 0xffff,
  maxTotalBytes: 4096 * MiB - 1,
  maxEntryBytes: 512 * MiB,
  maxRatio: 200,
  ratioFloorBytes: 1 * MiB,
  // A manifest compresses 5-10 times (the 60-photo demo visit: 235 KB to 37 KB); photos do not compress.
  maxTotalRatio: 40,
  totalRatioFloorBytes: 16 * MiB,
  // The deepest record SiteProof writes is an answer's revision of a report check (history → revision → data →
  // result → missing → list): 7 levels. Anything much deeper is not ours and would overflow recursive code.
  maxRecordDepth: 24,
  // A report check of 100 000 interval rows (the schema's bound) is about 20 MB of JSON.
  maxRecordChars: 64 * MiB,
};

export const withDefaults = (limits: Partial<PackageLimits> = {}): PackageLimits => ({ ...DEFAULT_LIMITS, ...limits });

/**
 * The bounds of the streamed reader (blob-read.ts), which reads ZIP64 and never holds the package: no cap on the
 * package's size or entry count but the bomb checks (a stored entry cannot be larger than its share of the file,
 * which the layout check enforces, and deflated ones are bounded by the ratios above). The entry count is bounded
 * only so the central directory, which is read whole, stays small: a million entries is ~100 MB of directory and
 * a year of visits is a few hundred thousand files.
 */
export const STREAM_LIMITS: PackageLimits = {
  ...DEFAULT_LIMITS,
  maxEntries: 1_000_000,
  maxTotalBytes: Number.MAX_SAFE_INTEGER,
};

export const withStreamDefaults = (limits: Partial<PackageLimits> = {}): PackageLimits => ({ ...STREAM_LIMITS, ...limits });
