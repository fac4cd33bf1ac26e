import type * as fsp from 'node:fs/promises';
import { SYNC_DOSSIER_CREATOR } from '../ipc/contract';

/**
 * Whether a file already in a sync folder is one SiteProof wrote, so the sync may replace it. A granted folder can
 * be any folder (a user who once picked Documents): a `.pdf` or `.siteproof` of the right name is not enough, the
 * file itself must carry SiteProof's marker. Everything else is left alone.
 */

export type OwnershipFs = Pick<typeof fsp, 'lstat' | 'open'>;

export type Existing =
  | { status: 'absent' }
  | { status: 'ours' }
  /** There is something at that name SiteProof did not write (or not a plain file): never replaced. */
  | { status: 'foreign' };

/** Reads `length` bytes at `position` (fewer at the end of the file). */
export type ReadAt = (position: number, length: number) => Promise<Uint8Array>;

/** Looks at a file's bytes (its size given) and says whether SiteProof's marker is on it. */
export type Marker = (read: ReadAt, size: number) => Promise<boolean>;

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** The package's first zip entry (renderer/domain/package/write.ts writes it first) and the encrypted form's magic. */
const PACKAGE_FIRST_ENTRY = 'manifest.json';
const ENCRYPTED_PACKAGE_MAGIC = 'SITEPROOF-ENC1';

/** A SiteProof package: a zip whose first entry is the manifest, or the encrypted form with its magic. */
export const packageMarker: Marker = async (read) => {
  const head = await read(0, 30 + PACKAGE_FIRST_ENTRY.length);
  const text = latin1(head);
  if (text.startsWith(ENCRYPTED_PACKAGE_MAGIC)) return true;
  if (head.length < 30 || !text.startsWith('PK\u0003\u0004')) return false;
  const nameLength = head[26]! | (head[27]! << 8);
  return nameLength === PACKAGE_FIRST_ENTRY.length && text.slice(30, 30 + nameLength) === PACKAGE_FIRST_ENTRY;
};

/** How far before the cross-reference table the document information dictionary may start. */
const INFO_WINDOW = 64 * 1024;
const TAIL = 4096;

/**
 * A SiteProof dossier: a PDF whose document information dictionary names SiteProof as its creator. jsPDF writes
 * that dictionary and the catalog as the last two objects before the cross-reference table, so the check reads
 * the trailer at the end, then the bytes just before `startxref` points to: a few kilobytes, whatever the size.
 */
export const dossierMarker: Marker = async (read, size) => {
  if (!latin1(await read(0, 5)).startsWith('%PDF-')) return false;
  const tailStart = Math.max(0, size - TAIL);
  const tail = latin1(await read(tailStart, size - tailStart));
  const trailer = tail.lastIndexOf('trailer');
  // A dossier ends with its seal lines after %%EOF (renderer/domain/dossier/seal.ts); older ones end at %%EOF.
  const xref = /startxref\s+(\d+)\s+%%EOF\s*(?:%SiteProof-[^\n]*\n\s*)*$/.exec(tail);
  const info = trailer >= 0 ? /\/Info\s+(\d+)\s+0\s+R/.exec(tail.slice(trailer)) : null;
  if (!xref || !info) return false;
  const xrefAt = Number(xref[1]);
  if (!Number.isSafeInteger(xrefAt) || xrefAt > size) return false;
  const windowStart = Math.max(0, xrefAt - INFO_WINDOW);
  const before = latin1(await read(windowStart, xrefAt - windowStart));
  const objectAt = before.lastIndexOf(`\n${info[1]} 0 obj`);
  if (objectAt < 0) return false;
  const end = before.indexOf('endobj', objectAt);
  const dictionary = before.slice(objectAt, end < 0 ? undefined : end);
  return dictionary.includes(`/Creator (${SYNC_DOSSIER_CREATOR})`);
};

/**
 * What is at `target` now. Only a plain file carrying `marker` counts as ours: a symlink, a folder or any other file
 * there is foreign. A file that cannot be read is foreign too, so a doubt never ends in a replaced file.
 */
export async function inspectTarget(fs: OwnershipFs, target: string, marker: Marker): Promise<Existing> {
  let stats;
  try {
    stats = await fs.lstat(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'absent' };
    return { status: 'foreign' };
  }
  if (!stats.isFile()) return { status: 'foreign' };
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fs.open(target, 'r');
    const file = handle;
    const read: ReadAt = async (position, length) => {
      const buffer = new Uint8Array(Math.max(0, length));
      const { bytesRead } = await file.read(buffer, 0, buffer.length, position);
      return buffer.subarray(0, bytesRead);
    };
    return (await marker(read, stats.size)) ? { status: 'ours' } : { status: 'foreign' };
  } catch {
    return { status: 'foreign' };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
