/**
 * Bounds a reader enforces from the zip's central directory before it inflates a single byte, so a hostile or
 * broken file cannot exhaust memory. The defaults fit a large visit (hundreds of 12 MP photos, three variants
 * each) with room to spare; zip32 caps a package at 65 535 entries and 4 GiB anyway.
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
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: PackageLimits = {
  maxEntries: 0xffff,
  maxTotalBytes: 4096 * MiB - 1,
  maxEntryBytes: 512 * MiB,
  maxRatio: 200,
  ratioFloorBytes: 1 * MiB,
};

export const withDefaults = (limits: Partial<PackageLimits> = {}): PackageLimits => ({ ...DEFAULT_LIMITS, ...limits });
