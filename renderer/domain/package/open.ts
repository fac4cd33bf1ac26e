import { decryptPackage, isEncrypted } from './crypto';
import type { PackageLimits } from './limits';
import type { Problem } from './problems';
import { readPackage } from './read';
import type { Manifest } from './manifest';

export interface OpenOptions {
  /** For an encrypted package; without it (or with an empty one) the result asks for it. */
  passphrase?: string;
  limits?: Partial<PackageLimits>;
}

export type OpenResult =
  | { ok: true; manifest: Manifest; files: Map<string, Uint8Array> }
  /** `needsPassphrase`: the package is encrypted and no (or a wrong) passphrase was given. */
  | { ok: false; problems: Problem[]; needsPassphrase: boolean };

/** Decrypts when needed and reads a package completely: all the slow and fallible work of taking one in. */
export async function openPackageBytes(input: Uint8Array, options: OpenOptions = {}): Promise<OpenResult> {
  let bytes = input;
  if (isEncrypted(bytes)) {
    if (options.passphrase === undefined || options.passphrase === '') {
      return { ok: false, problems: [{ code: 'encrypted', message: 'This package is encrypted; enter its passphrase to open it.', params: {} }], needsPassphrase: true };
    }
    const opened = await decryptPackage(bytes, options.passphrase);
    if (!opened.ok) return { ok: false, problems: opened.problems, needsPassphrase: opened.problems.some((p) => p.code === 'wrong-passphrase') };
    bytes = opened.bytes;
  }
  const read = await readPackage(bytes, options.limits);
  return read.ok ? read : { ...read, needsPassphrase: false };
}
