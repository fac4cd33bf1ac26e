import path from 'node:path';
import { z } from 'zod';
import { MAX_TRANSFER_BYTES, SYNC_DOSSIER_EXTENSION, SYNC_PACKAGE_EXTENSION, type Result } from '../contract';
import { fail } from '../result';

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
/** Characters Windows refuses in file names; a package made on Linux must still open on a colleague's Windows PC. */
const WINDOWS_FORBIDDEN = /[<>:"|?*]/;
const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
/** File systems count name length in bytes (255 on ext4, APFS, NTFS-ish); Cyrillic takes two bytes a letter. */
const MAX_NAME_BYTES = 255;
/** Leaves room for the `.part-<random>` suffix of the temporary file an atomic write creates beside it. */
const MAX_PACKAGE_NAME_BYTES = 200;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** One file name, never a path: no separators, no `.`/`..`, no control characters. */
export const plainFileName = z
  .string()
  .min(1, 'The file name is empty')
  .refine((name) => utf8Length(name) <= MAX_NAME_BYTES, `The file name is longer than ${MAX_NAME_BYTES} bytes`)
  .refine((name) => !name.includes('/') && !name.includes('\\'), 'The file name must not contain / or \\')
  .refine((name) => name !== '.' && name !== '..', 'The file name must not be . or ..')
  .refine((name) => !CONTROL_CHARS.test(name), 'The file name contains control characters');

/** A name for a file in the sync folder with this extension, also safe on Windows and not hidden. */
function syncFileName(extension: string) {
  return plainFileName
    .refine((name) => utf8Length(name) <= MAX_PACKAGE_NAME_BYTES, `The package name is longer than ${MAX_PACKAGE_NAME_BYTES} bytes`)
    .refine((name) => name.toLowerCase().endsWith(extension), `The file name must end with ${extension}`)
    .refine((name) => !name.startsWith('.'), 'The file name must not start with a dot')
    .refine((name) => !WINDOWS_FORBIDDEN.test(name), 'The file name must not contain < > : " | ? *')
    .refine((name) => !WINDOWS_DEVICE_NAMES.test(name), 'The file name is reserved by Windows')
    .refine((name) => !/[. ]$/.test(name), 'The file name must not end with a dot or a space');
}

/** A sync package name. */
export const packageFileName = syncFileName(SYNC_PACKAGE_EXTENSION);
/** A dossier PDF name in the sync folder: the same rules, only the extension differs. */
export const dossierFileName = syncFileName(SYNC_DOSSIER_EXTENSION);

export const absoluteFolder = z
  .string()
  .min(1, 'The folder path is empty')
  .refine((folder) => !folder.includes('\0'), 'The folder path contains a NUL character')
  .refine((folder) => path.isAbsolute(folder), 'The folder path must be absolute');

export const bytes = z
  .instanceof(Uint8Array, { message: 'The data must be bytes (Uint8Array)' })
  .refine((data) => data.byteLength <= MAX_TRANSFER_BYTES, `The data is larger than ${MAX_TRANSFER_BYTES / 1024 ** 2} MB`);

export const noInput = z.undefined({ message: 'This call takes no input' });

/** Replaces characters a save dialog on Windows would reject; the user can still rename the file there. */
export function windowsSafeName(name: string): string {
  return name.replace(new RegExp(WINDOWS_FORBIDDEN.source, 'g'), '_');
}

/** True for names the sync channels accept (used to filter folder listings the same way). */
export function isPackageFileName(name: string): boolean {
  return packageFileName.safeParse(name).success;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; failure: Result<never> };

/** Validates untrusted IPC input; the failure lists every problem with where it is. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): Parsed<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  return { ok: false, failure: fail(`Invalid input: ${problems.join('; ')}`) };
}
