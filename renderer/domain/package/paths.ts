import type { PhotoRedaction, PhotoVariant } from '../model';
import { currentRedaction } from '../photo/redaction';
import { problem, type Problem } from './problems';

export const MANIFEST_PATH = 'manifest.json';
export const PHOTO_DIR = 'photos/';

const MAX_NAME = 255;

/**
 * A name inside a package must be a plain relative path: a reader that ever writes entries to disk (or hands
 * the name to something that does) must not be steered outside its folder. Problems name the exact entry.
 */
export function checkEntryName(name: string): Problem | null {
  const params = { path: name };
  if (name.length === 0 || name.length > MAX_NAME) return problem('path-invalid', `An entry name is empty or longer than ${MAX_NAME} characters.`, params);
  if (/^[a-zA-Z]:/.test(name)) return problem('path-drive', `"${name}" starts with a drive letter; names inside a package are relative.`, params);
  if (name.includes('\\')) return problem('path-backslash', `"${name}" contains a backslash; names inside a package use forward slashes only.`, params);
  if (name.startsWith('/')) return problem('path-absolute', `"${name}" is an absolute path; names inside a package are relative.`, params);
  // C0, DEL and C1 controls and bidi overrides: no name SiteProof writes has them, and they disguise a name.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(name)) return problem('path-invalid', `"${name}" contains control characters.`, params);
  const segments = name.split('/');
  if (segments.includes('..')) return problem('path-traversal', `"${name}" points outside the package ("..").`, params);
  // A trailing empty segment is a folder entry ("photos/"); any other empty or "." segment is not a plain path.
  const inner = name.endsWith('/') ? segments.slice(0, -1) : segments;
  if (inner.some((s) => s === '' || s === '.')) return problem('path-invalid', `"${name}" has an empty or "." part.`, params);
  return null;
}

const EXT_BY_MIME: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'image/gif': 'gif',
};

/** The type of an image from its first bytes: a stored Blob's `type` can be empty or wrong. */
export function sniffMime(bytes: Uint8Array): string {
  const at = (i: number, ...v: number[]) => v.every((x, k) => bytes[i + k] === x);
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (at(4, 0x66, 0x74, 0x79, 0x70)) {
    const brand = String.fromCharCode(bytes[8], bytes[9], bytes[10], bytes[11]);
    if (/^(heic|heix|hevc|hevx|heim|heis)$/.test(brand)) return 'image/heic';
    if (/^(mif1|msf1)$/.test(brand)) return 'image/heif';
  }
  return 'application/octet-stream';
}

export const extensionFor = (mime: string): string => EXT_BY_MIME[mime] ?? 'bin';

/** Photo files are named by their content, so identical bytes are stored once and a name says what it holds. */
export const photoPath = (sha256: string, mime: string): string => `${PHOTO_DIR}${sha256}.${extensionFor(mime)}`;

export const PHOTO_PATH_PATTERN = /^photos\/([0-9a-f]{64})\.(jpg|png|webp|heic|heif|gif|bin)$/;

export const PHOTO_VARIANTS: readonly PhotoVariant[] = ['original', 'report', 'thumb'];

/**
 * The files a package carries for one photo: the three every photo has, and the redacted copy of its current
 * redaction when it has one (a photo never redacted has no 'redacted' file, and none is declared missing).
 */
export function variantsOf(photo: { id: string }, redactions: readonly PhotoRedaction[] | undefined): { variant: PhotoVariant; sha256?: string }[] {
  const current = currentRedaction(redactions ?? [], photo.id);
  return [...PHOTO_VARIANTS.map((variant) => ({ variant })), ...(current ? [{ variant: 'redacted' as const, sha256: current.redacted.sha256 }] : [])];
}
