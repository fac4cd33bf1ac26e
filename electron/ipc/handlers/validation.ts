import path from 'node:path';
import * as z from 'zod/mini';
import { MAX_TRANSFER_BYTES, SYNC_DOSSIER_EXTENSION, SYNC_PACKAGE_EXTENSION, type Result } from '../contract';
import { fail } from '../result';
import './zod-messages';

// zod/mini, not zod: the main process bundles only the checks it uses (tests/build/main-bundle.test.ts).

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

const plainFileNameChecks = [
  z.minLength(1, 'The file name is empty'),
  z.refine<string>((name) => utf8Length(name) <= MAX_NAME_BYTES, `The file name is longer than ${MAX_NAME_BYTES} bytes`),
  z.refine<string>((name) => !name.includes('/') && !name.includes('\\'), 'The file name must not contain / or \\'),
  z.refine<string>((name) => name !== '.' && name !== '..', 'The file name must not be . or ..'),
  z.refine<string>((name) => !CONTROL_CHARS.test(name), 'The file name contains control characters'),
] as const;

/** One file name, never a path: no separators, no `.`/`..`, no control characters. */
export const plainFileName = z.string().check(...plainFileNameChecks);

/** A name for a file in the sync folder with this extension, also safe on Windows and not hidden. */
function syncFileName(extension: string) {
  return z.string().check(
    ...plainFileNameChecks,
    z.refine<string>((name) => utf8Length(name) <= MAX_PACKAGE_NAME_BYTES, `The package name is longer than ${MAX_PACKAGE_NAME_BYTES} bytes`),
    z.refine<string>((name) => name.toLowerCase().endsWith(extension), `The file name must end with ${extension}`),
    z.refine<string>((name) => !name.startsWith('.'), 'The file name must not start with a dot'),
    z.refine<string>((name) => !WINDOWS_FORBIDDEN.test(name), 'The file name must not contain < > : " | ? *'),
    z.refine<string>((name) => !WINDOWS_DEVICE_NAMES.test(name), 'The file name is reserved by Windows'),
    z.refine<string>((name) => !/[. ]$/.test(name), 'The file name must not end with a dot or a space'),
  );
}

/** A sync package name. */
export const packageFileName = syncFileName(SYNC_PACKAGE_EXTENSION);
/** A dossier PDF name in the sync folder: the same rules, only the extension differs. */
export const dossierFileName = syncFileName(SYNC_DOSSIER_EXTENSION);

export const absoluteFolder = z.string().check(
  z.minLength(1, 'The folder path is empty'),
  z.refine<string>((folder) => !folder.includes('\0'), 'The folder path contains a NUL character'),
  z.refine<string>((folder) => path.isAbsolute(folder), 'The folder path must be absolute'),
);

export const bytes = z.instanceof(Uint8Array, { message: 'The data must be bytes (Uint8Array)' }).check(
  z.refine<Uint8Array>((data) => data.byteLength <= MAX_TRANSFER_BYTES, `The data is larger than ${MAX_TRANSFER_BYTES / 1024 ** 2} MB`),
);

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
export function parseInput<T>(schema: z.ZodMiniType<T>, input: unknown): Parsed<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  return { ok: false, failure: fail(`Invalid input: ${problems.join('; ')}`) };
}
