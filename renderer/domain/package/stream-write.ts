import { Uint8ArrayReader, ZipWriter } from '@zip.js/zip.js/lib/zip-native.js';
import type { Photo, PhotoVariant, VisitBundle } from '../model';
import { crossCheck, describeIssues, type PresentFiles } from './check';
import { sha256Hex } from './hash';
import { DEFAULT_LIMITS } from './limits';
import { asManifest, manifestSchema, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type FileEntry, type Manifest, type MissingFile } from './manifest';
import { MANIFEST_PATH, photoPath, sniffMime, variantsOf } from './paths';
import { capProblems, problem, type Problem } from './problems';
import { checkRecordBounds } from './records';
import { entryOf, type PackageMeta } from './write';

/**
 * Writes a `.siteproof` package as a stream, so its size is bounded by the disk, not by memory: records are
 * checked first, then photo files are read one at a time (a Blob stays on disk until its turn), hashed, and
 * written as they come; the manifest, which lists every file's SHA-256, comes last. Readers find entries through
 * the central directory, so the order inside the zip does not matter to them.
 *
 * The zip itself is @zip.js/zip.js (the native build: CompressionStream for the manifest, no WebAssembly and no
 * worker, which the app's CSP would refuse). It switches to ZIP64 only where zip32 cannot count (an entry or
 * offset past 4 GiB, more than 65 535 entries), so a package of ordinary size stays plain zip32.
 */

/** One photo file as it is stored: a Blob whose bytes are read only when the file's turn comes. */
export interface PhotoBlobFile {
  blob: Blob;
  width: number;
  height: number;
  /** Used only when the bytes are not a recognisable image; otherwise the type is read from the bytes. */
  mime?: string;
}

/** The stored file of one variant of one photo, or undefined when this device does not have it. */
export type PhotoBlobSource = (photoId: string, variant: PhotoVariant) => Promise<PhotoBlobFile | undefined>;

export interface StreamProgress { done: number; total: number }

export interface StreamOptions {
  signal?: AbortSignal;
  /** Bytes of photo files written so far against the bytes of all of them (the manifest is small beside them). */
  onProgress?: (p: StreamProgress) => void;
  /** Write ZIP64 records for every entry even where zip32 would do (tests: readers must open both). */
  forceZip64?: boolean;
}

export type StreamResult =
  | { ok: true; manifest: Manifest; missing: MissingFile[]; /** Originals that no longer match their capture hash. */ damaged: string[]; bytes: number }
  | { ok: false; problems: Problem[] }
  | { ok: false; cancelled: true; problems: [] };

/** Reads a Blob's bytes, or undefined when the file vanished under the database (it then travels as missing). */
async function bytesOf(blob: Blob): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await blob.arrayBuffer());
  } catch {
    return undefined;
  }
}

/** Counts what goes to the sink, so the caller learns the size of the file it received. */
function counting(sink: WritableStream<Uint8Array>): { stream: WritableStream<Uint8Array>; written: () => number; abort: (reason: unknown) => Promise<void> } {
  let written = 0;
  const writer = sink.getWriter();
  const stream = new WritableStream<Uint8Array>({
    async write(chunk) {
      written += chunk.length;
      await writer.write(chunk);
    },
    close: () => writer.close(),
    abort: (reason) => writer.abort(reason),
  });
  // The zip writer holds a lock on `stream`, so a failure aborts the sink through our own writer.
  return { stream, written: () => written, abort: (reason) => writer.abort(reason).catch(() => undefined) };
}

/**
 * Streams the package into `sink`. On success the sink is closed; on any failure or cancel it is aborted, so
 * the destination (a temporary file, a file picked in the browser) is thrown away rather than left half-written.
 * A stored original that no longer matches its capture hash is written as missing and named in `damaged`: it
 * must not travel as the photo, and must not block everything else either.
 */
export async function streamPackage(
  bundles: VisitBundle[],
  photoFiles: PhotoBlobSource,
  meta: PackageMeta,
  sink: WritableStream<Uint8Array>,
  options: StreamOptions = {},
): Promise<StreamResult> {
  const counted = counting(sink);
  const abortSink = counted.abort;
  const visits = [...bundles].sort((a, b) => (a.visit.id < b.visit.id ? -1 : 1)).map(entryOf);
  const createdAt = meta.createdAt ?? new Date().toISOString();
  const head = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    createdAt,
    createdBy: { author: meta.createdBy.author, device: meta.createdBy.device },
    appVersion: meta.appVersion,
    kind: meta.kind ?? (visits.length === 1 ? 'visit' : 'backup'),
    ...(meta.purpose ? { purpose: meta.purpose } : {}),
  } as const;

  // The records are checked before a byte is written: a package the reader would refuse is never begun.
  const early = manifestSchema.safeParse({ ...head, visits, files: [], missing: [] });
  if (!early.success) {
    await abortSink('invalid records');
    return { ok: false, problems: capProblems(describeIssues(early.error, { ...head, visits })) };
  }

  // Blob handles first (no bytes are read): they give the total for the progress bar.
  const wanted: { photo: Photo; variant: PhotoVariant; file: PhotoBlobFile | undefined; expected?: string }[] = [];
  for (const entry of visits) {
    for (const photo of entry.photos) {
      for (const { variant, sha256 } of variantsOf(photo, entry.redactions)) {
        wanted.push({ photo, variant, file: await photoFiles(photo.id, variant), ...(sha256 ? { expected: sha256 } : {}) });
      }
    }
  }
  const total = wanted.reduce((n, w) => n + (w.file?.blob.size ?? 0), 0);
  let done = 0;
  options.onProgress?.({ done, total });

  const modified = new Date(createdAt);
  const zip = new ZipWriter(counted.stream, {
    zip64: options.forceZip64 ?? false,
    level: 0,
    lastModDate: modified,
    // Entry times from createdAt alone, so the same content gives the same bytes.
    extendedTimestamp: false,
    keepOrder: true,
    bufferedWrite: false,
    useWebWorkers: false,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const files: FileEntry[] = [];
  const missing: MissingFile[] = [];
  const damaged: string[] = [];
  const present: PresentFiles = new Map();
  try {
    for (const { photo, variant, file, expected } of wanted) {
      if (options.signal?.aborted) throw options.signal.reason;
      const bytes = file && (await bytesOf(file.blob));
      if (!file || !bytes) {
        missing.push({ photoId: photo.id, variant });
        continue;
      }
      const sha256 = await sha256Hex(bytes);
      if (variant === 'original' && sha256 !== photo.sha256) {
        damaged.push(photo.id);
        missing.push({ photoId: photo.id, variant });
      } else if (variant === 'redacted' && sha256 !== expected) {
        // Not the copy its redaction record names (an older one, or altered): not shipped.
        missing.push({ photoId: photo.id, variant });
      } else {
        const sniffed = sniffMime(bytes);
        const mime = sniffed === 'application/octet-stream' && file.mime ? file.mime : sniffed;
        const path = photoPath(sha256, mime);
        files.push({ path, sha256, size: bytes.length, photoId: photo.id, variant, mime, width: file.width, height: file.height });
        if (!present.has(path)) {
          present.set(path, { size: bytes.length, sha256 });
          await zip.add(path, new Uint8ArrayReader(bytes), { level: 0 });
        }
      }
      done += file.blob.size;
      options.onProgress?.({ done, total });
    }

    const manifest: Manifest = { ...head, visits, files, missing };
    const parsed = manifestSchema.safeParse(manifest);
    const problems = parsed.success ? crossCheck(asManifest(parsed.data), present) : describeIssues(parsed.error, manifest);
    const text = JSON.stringify(manifest, null, 1);
    if (!problems.length) problems.push(...checkRecordBounds(text, DEFAULT_LIMITS));
    if (problems.length) {
      await abortSink('invalid package');
      return { ok: false, problems: capProblems(problems) };
    }
    if (options.signal?.aborted) throw options.signal.reason;
    await zip.add(MANIFEST_PATH, new Uint8ArrayReader(new TextEncoder().encode(text)), { level: 6 });
    await zip.close();
    return { ok: true, manifest, missing, damaged: [...new Set(damaged)].sort(), bytes: counted.written() };
  } catch (e) {
    await abortSink(e);
    if (options.signal?.aborted) return { ok: false, cancelled: true, problems: [] };
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, problems: [problem('write-failed', `The package could not be written (${reason}).`, { reason })] };
  }
}

/** Chunks written into memory: for tests and for the browser's download fallback (see platform/web.ts). */
export function memorySink(): { sink: WritableStream<Uint8Array>; bytes: () => Uint8Array; aborted: () => boolean } {
  const parts: Uint8Array[] = [];
  let wasAborted = false;
  const sink = new WritableStream<Uint8Array>({
    write(chunk) {
      parts.push(chunk.slice());
    },
    abort() {
      wasAborted = true;
      parts.length = 0;
    },
  });
  const bytes = () => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  };
  return { sink, bytes, aborted: () => wasAborted };
}
