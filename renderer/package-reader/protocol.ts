import type { OpenOptions, OpenResult } from '../domain/package';
import type { BlobReadResult } from '../domain/package/blob-read';
import type { PackageLimits } from '../domain/package/limits';

/** Messages between the import and the package-reading worker (one request, one final reply per worker). */
export type ReadRequest =
  /** A package in memory (an encrypted one, or one fetched from a sync folder): read whole. */
  | { bytes: Uint8Array; options: OpenOptions }
  /** A file the user picked: read entry by entry (blob-read.ts), with progress. */
  | { file: Blob; limits?: Partial<PackageLimits> };
export type ReadReply =
  | { type: 'done'; result: OpenResult }
  | { type: 'read'; result: BlobReadResult }
  | { type: 'progress'; done: number; total: number }
  | { type: 'error'; message: string };
