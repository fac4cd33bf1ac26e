/**
 * `.siteproof` packages: the one way captures travel between evaluators and into backups.
 * See docs/package-format.md for the format itself.
 *
 *   writePackage(bundles, photoFiles, meta) → { ok, bytes, manifest, missing } | { ok: false, problems }
 *   readPackage(bytes, limits?)             → { ok, manifest, files } | { ok: false, problems }
 *   encryptPackage / decryptPackage / isEncrypted
 *   bundlesOf(manifest), photoFilesOf({ manifest, files }) to hand the contents to the database.
 */
export { writePackage, type PackageMeta, type PhotoFile, type PhotoFileSource, type WriteResult } from './write';
export { readPackage, bundlesOf, photoFilesOf, type PackageFile, type ReadResult } from './read';
export { encryptPackage, decryptPackage, isEncrypted, ENCRYPTION_MAGIC, KDF_ITERATIONS, MIN_PASSPHRASE_LENGTH, type CryptoResult } from './crypto';
export { DEFAULT_LIMITS, type PackageLimits } from './limits';
export { PACKAGE_EXTENSION, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type FileEntry, type Manifest, type MissingFile, type VisitEntry } from './manifest';
export { MANIFEST_PATH, photoPath, sniffMime } from './paths';
export type { Problem, ProblemCode, ProblemParams } from './problems';
export { openPackageBytes, type OpenOptions, type OpenResult } from './open';
