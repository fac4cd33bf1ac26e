import type { OpenOptions, OpenResult } from '../domain/package';

/** Messages between the import and the package-reading worker (one request, one reply per worker). */
export interface ReadRequest { bytes: Uint8Array; options: OpenOptions }
export type ReadReply = { type: 'done'; result: OpenResult } | { type: 'error'; message: string };
