import type { Photo, PhotoVariant, VisitBundle } from '../model';
import { crossCheck, describeIssues, type PresentFiles } from './check';
import { sha256All } from './hash';
import { DEFAULT_LIMITS } from './limits';
import { asManifest, manifestSchema, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type FileEntry, type Manifest, type MissingFile, type VisitEntry } from './manifest';
import { MANIFEST_PATH, photoPath, sniffMime, variantsOf } from './paths';
import { capProblems, problem, type Problem } from './problems';
import { checkRecordBounds } from './records';
import { writeZip, type ZipInput } from './zipwrite';

/** One photo file as the exporting side holds it (a PhotoBlob's bytes and size). */
export interface PhotoFile {
  bytes: Uint8Array;
  width: number;
  height: number;
  /** Used only when the bytes are not a recognisable image; otherwise the type is read from the bytes. */
  mime?: string;
}

/** Returns the bytes of one variant of one photo, or undefined when this device does not have them. */
export type PhotoFileSource = (photoId: string, variant: PhotoVariant) => PhotoFile | undefined | Promise<PhotoFile | undefined>;

export interface PackageMeta {
  createdBy: { author: string; device: string };
  appVersion: string;
  /** Defaults to 'visit' for one bundle, 'backup' otherwise. */
  kind?: 'visit' | 'backup';
  /** Defaults to now. */
  createdAt?: string;
  /** 'sharing' marks a package made without the originals of redacted photos (see manifest.ts). */
  purpose?: 'sharing';
}

export type WriteResult =
  | { ok: true; bytes: Uint8Array; manifest: Manifest; missing: MissingFile[] }
  | { ok: false; problems: Problem[] };

const byId = <T extends { id: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export function entryOf(b: VisitBundle): VisitEntry {
  return {
    visit: b.visit,
    templateId: b.visit.templateId,
    templateVersion: b.visit.templateVersion,
    claims: byId(b.claims),
    answers: byId(b.answers),
    decisions: byId(b.decisions),
    resolutions: byId(b.resolutions),
    photos: byId(b.photos),
    audit: byId(b.audit),
    // Only when there is one: a visit without a sign-off packs exactly as before the closing meeting existed.
    ...(b.signoffs?.length ? { signoffs: byId(b.signoffs) } : {}),
    // Likewise redactions: a visit without one packs as before redaction existed.
    ...(b.redactions?.length ? { redactions: byId(b.redactions) } : {}),
  };
}

/**
 * Packs visits and their photo files into a `.siteproof` zip. Photos are stored as they are (no recompression:
 * JPEG does not shrink and re-encoding would change the original). Deleted photos travel too, with their files:
 * a deletion is a mark, never a loss. Variants this device lacks are listed in `missing` (and in the manifest),
 * so the receiving side knows the difference between "never had it" and "lost on the way".
 *
 * Refuses (ok: false) rather than writing something the reader would reject: invalid records, or an original
 * whose bytes no longer match the SHA-256 recorded at capture.
 */
export async function writePackage(bundles: VisitBundle[], photoFiles: PhotoFileSource, meta: PackageMeta): Promise<WriteResult> {
  const visits = [...bundles].sort((a, b) => (a.visit.id < b.visit.id ? -1 : 1)).map(entryOf);
  const problems: Problem[] = [];
  const files: FileEntry[] = [];
  const missing: MissingFile[] = [];
  const present: PresentFiles = new Map();
  const zipped: ZipInput[] = [];

  const fetched: { photo: Photo; variant: PhotoVariant; file: PhotoFile; expected?: string }[] = [];
  for (const entry of visits) {
    for (const photo of entry.photos) {
      for (const { variant, sha256 } of variantsOf(photo, entry.redactions)) {
        const file = await photoFiles(photo.id, variant);
        if (file) fetched.push({ photo, variant, file, ...(sha256 ? { expected: sha256 } : {}) });
        else missing.push({ photoId: photo.id, variant });
      }
    }
  }
  const hashes = await sha256All(fetched.map((f) => f.file.bytes));
  fetched.forEach(({ photo, variant, file, expected }, i) => {
    const sha256 = hashes[i];
    if (variant === 'original' && sha256 !== photo.sha256) {
      problems.push(problem('original-hash-mismatch', `The stored original of photo ${photo.id} no longer matches the SHA-256 recorded when it was captured; it was not exported.`, { photoId: photo.id }));
      return;
    }
    // A redacted copy that is not the one its redaction record names (an older one, or altered) is not shipped.
    if (variant === 'redacted' && sha256 !== expected) {
      missing.push({ photoId: photo.id, variant });
      return;
    }
    const sniffed = sniffMime(file.bytes);
    const mime = sniffed === 'application/octet-stream' && file.mime ? file.mime : sniffed;
    const path = photoPath(sha256, mime);
    files.push({ path, sha256, size: file.bytes.length, photoId: photo.id, variant, mime, width: file.width, height: file.height });
    if (!present.has(path)) {
      present.set(path, { size: file.bytes.length, sha256 });
      zipped.push({ name: path, data: file.bytes });
    }
  });
  if (problems.length) return { ok: false, problems: capProblems(problems) };

  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    createdAt: meta.createdAt ?? new Date().toISOString(),
    createdBy: { author: meta.createdBy.author, device: meta.createdBy.device },
    appVersion: meta.appVersion,
    kind: meta.kind ?? (visits.length === 1 ? 'visit' : 'backup'),
    visits,
    files,
    missing,
    ...(meta.purpose ? { purpose: meta.purpose } : {}),
  };
  const parsed = manifestSchema.safeParse(manifest);
  if (!parsed.success) return { ok: false, problems: capProblems(describeIssues(parsed.error, manifest)) };
  const inconsistent = crossCheck(asManifest(parsed.data), present);
  if (inconsistent.length) return { ok: false, problems: capProblems(inconsistent) };

  const text = JSON.stringify(manifest, null, 1);
  const unbounded = checkRecordBounds(text, DEFAULT_LIMITS);
  if (unbounded.length) return { ok: false, problems: capProblems(unbounded) };
  const json = new TextEncoder().encode(text);
  const zip = await writeZip([{ name: MANIFEST_PATH, data: json, deflate: true }, ...zipped], new Date(manifest.createdAt));
  if (!zip.ok) {
    return {
      ok: false,
      problems: [zip.reason === 'too-many-entries'
        ? problem('too-many-entries', `A package holds at most 65 535 files; this one would hold ${zip.value}. Export fewer visits at once.`, { count: zip.value })
        : problem('package-too-large', `A package can be at most 4 GiB; this one would be ${zip.value} bytes. Export fewer visits at once.`, { size: zip.value })],
    };
  }
  return { ok: true, bytes: zip.bytes, manifest, missing };
}
