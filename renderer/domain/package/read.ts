import { AUDIT_ACTIONS, type VisitBundle } from '../model';
import { crossCheck, describeIssues, type PresentFiles } from './check';
import { isEncrypted } from './crypto';
import { sha256All } from './hash';
import { withDefaults, type PackageLimits } from './limits';
import { asManifest, manifestSchema, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type FileEntry, type Manifest } from './manifest';
import { MANIFEST_PATH } from './paths';
import { capProblems, problem, type Problem } from './problems';
import { crc32 } from './crc32';
import { checkRecordBounds } from './records';
import { damagedEntry, extractEntry, readCentralDirectory, type ZipEntry } from './zip';

export type ReadResult =
  | { ok: true; manifest: Manifest; /** Photo files by path (views into the input bytes where stored). */ files: Map<string, Uint8Array> }
  | { ok: false; problems: Problem[] };

const fail = (problems: Problem[]): ReadResult => ({ ok: false, problems: capProblems(problems) });

export function parseManifest(bytes: Uint8Array, limits: PackageLimits): { ok: true; manifest: Manifest } | { ok: false; problems: Problem[] } {
  let raw: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Before JSON.parse: nesting costs it time, and everything after it (zod, merge, IndexedDB) recursion.
    const unbounded = checkRecordBounds(text, limits);
    if (unbounded.length) return { ok: false, problems: unbounded };
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [problem('manifest-not-json', `The package's manifest is not readable JSON (${e instanceof Error ? e.message : String(e)}).`)] };
  }
  const head = (raw && typeof raw === 'object' ? raw : {}) as { format?: unknown; formatVersion?: unknown };
  if (head.format !== PACKAGE_FORMAT) {
    return { ok: false, problems: [problem('not-a-siteproof-package', 'This zip is not a SiteProof package (its manifest does not say "siteproof-package").')] };
  }
  const version = head.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > PACKAGE_FORMAT_VERSION) {
    return { ok: false, problems: [problem('newer-format', `This package was made by a newer version of SiteProof (package format ${version}; this version reads format ${PACKAGE_FORMAT_VERSION}). Update SiteProof to open it.`, { version, supported: PACKAGE_FORMAT_VERSION })] };
  }
  if (version !== PACKAGE_FORMAT_VERSION) {
    return { ok: false, problems: [problem('unknown-format-version', `The package names format version ${JSON.stringify(version)}, which SiteProof does not know.`, { version: String(version) })] };
  }
  const newer = unknownAuditActions(raw);
  if (newer.length > 0) {
    const appVersion = typeof (raw as { appVersion?: unknown }).appVersion === 'string' ? (raw as { appVersion: string }).appVersion : '?';
    return { ok: false, problems: [problem('newer-records', `This package holds log entries this version of SiteProof does not know (${newer.join(', ')}); it was made by SiteProof ${appVersion}. Update SiteProof on this computer, then import it again.`, { actions: newer.join(', '), appVersion })] };
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error, raw) };
  return { ok: true, manifest: asManifest(parsed.data) };
}

/**
 * Audit actions of the same format version that this build does not know. A newer SiteProof adds actions
 * without changing the package format, so an older one says "update" here rather than "invalid record".
 */
function unknownAuditActions(raw: unknown): string[] {
  const visits = (raw as { visits?: unknown }).visits;
  if (!Array.isArray(visits)) return [];
  const known = new Set<string>(AUDIT_ACTIONS);
  const unknown = new Set<string>();
  for (const v of visits) {
    const audit = (v as { audit?: unknown } | null)?.audit;
    if (!Array.isArray(audit)) continue;
    for (const e of audit) {
      const action = (e as { action?: unknown } | null)?.action;
      // Only well-formed names: anything else is plain damage and the schema check says so.
      if (typeof action === 'string' && /^[a-z][a-z0-9-]{0,63}$/.test(action) && !known.has(action)) unknown.add(action);
    }
  }
  return [...unknown].slice(0, 5);
}

/**
 * Reads a `.siteproof` package and checks all of it before returning anything: the zip's structure, names and
 * limits (before inflating), every entry's checksum, the manifest's version and schema, that the files listed
 * and the files present are the same set, every SHA-256, every original against its capture record, and that
 * every record belongs to a visit in the package. Either the whole package is sound or nothing is returned.
 */
export async function readPackage(bytes: Uint8Array, limits?: Partial<PackageLimits>): Promise<ReadResult> {
  if (isEncrypted(bytes)) return fail([problem('encrypted', 'This package is encrypted; enter its passphrase to open it.')]);
  const bounds = withDefaults(limits);
  const cd = readCentralDirectory(bytes, bounds);
  if (!cd.ok) return fail(cd.problems);
  const entries = new Map(cd.entries.map((e) => [e.name, e]));

  // The manifest first: it says which entries are worth unpacking at all.
  const manifestEntry = entries.get(MANIFEST_PATH);
  if (!manifestEntry) return fail([problem('missing-manifest', 'The package has no manifest.json, so there is no way to tell what it holds.')]);
  const manifestOut = extractEntry(bytes, manifestEntry);
  if (!manifestOut.ok) return fail([manifestOut.problem]);
  const parsed = parseManifest(manifestOut.bytes, bounds);
  if (!parsed.ok) return fail(parsed.problems);

  // An entry the manifest does not list is refused by its name alone: nothing it holds is ever inflated.
  const listed = new Map(parsed.manifest.files.map((f) => [f.path, f.sha256]));
  const unlisted = cd.entries.filter((e) => e !== manifestEntry && !listed.has(e.name));
  if (unlisted.length) return fail(unlisted.map((e) => problem('file-unlisted', `"${e.name}" is in the package but not in its manifest.`, { path: e.name })));

  // Stored photo files are checked by SHA-256 below, which subsumes their CRC-32; the CRC is computed only to
  // tell damage from tampering when a hash does not match. Everything else is CRC-checked as it is unpacked.
  const problems: Problem[] = [];
  const contents = new Map<string, Uint8Array>();
  const deferred = (e: ZipEntry) => e.method === 0;
  for (const entry of cd.entries) {
    if (entry === manifestEntry) continue;
    const out = extractEntry(bytes, entry, !deferred(entry));
    if (out.ok) contents.set(entry.name, out.bytes);
    else problems.push(out.problem);
  }
  if (problems.length) return fail(problems);

  const paths = [...contents.keys()];
  const hashes = await sha256All(paths.map((p) => contents.get(p) as Uint8Array));
  const present: PresentFiles = new Map(paths.map((p, i) => [p, { size: (contents.get(p) as Uint8Array).length, sha256: hashes[i] }]));
  const damaged: Problem[] = [];
  for (const [path, { sha256 }] of present) {
    const e = entries.get(path) as ZipEntry;
    const mustCrc = deferred(e) && listed.get(path) !== sha256;
    if (mustCrc && crc32(contents.get(path) as Uint8Array) !== e.crc) damaged.push(damagedEntry(e, 'checksum mismatch'));
  }
  if (damaged.length) return fail(damaged);
  const inconsistent = crossCheck(parsed.manifest, present);
  if (inconsistent.length) return fail(inconsistent);
  return { ok: true, manifest: parsed.manifest, files: contents };
}

/** The visits of a package as the domain functions take them. */
export function bundlesOf(manifest: Manifest): VisitBundle[] {
  return manifest.visits.map(({ visit, claims, answers, decisions, resolutions, photos, audit, signoffs, redactions }) => ({
    visit, claims, answers, decisions, resolutions, photos, audit, ...(signoffs?.length ? { signoffs } : {}), ...(redactions?.length ? { redactions } : {}),
  }));
}

export interface PackageFile extends FileEntry { bytes: Uint8Array }

/** Each listed photo file with its bytes, ready to be stored as a PhotoBlob (`${photoId}/${variant}`). */
export function photoFilesOf(pkg: { manifest: Manifest; files: Map<string, Uint8Array> }): PackageFile[] {
  const out: PackageFile[] = [];
  for (const f of pkg.manifest.files) {
    const bytes = pkg.files.get(f.path);
    if (bytes) out.push({ ...f, bytes });
  }
  return out;
}
