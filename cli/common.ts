import { existsSync, readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { field } from './printable';
import { decryptPackage, isEncrypted, readPackage, type Manifest, type Problem } from '../renderer/domain/package';

import { CliError, EXIT, usageError } from './output';

export { CliError, EXIT, stdio, usageError, type ExitCode, type Out } from './output';

/**
 * The checkout the CLI runs from (templates/, package.json). Found by walking up from this file, which sits in cli/
 * when run from source (tests) and in dist-cli/build-…/ when run as the bundle.
 */
export const REPO_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..');
  }
}

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}


/** node:util parseArgs, with its errors turned into usage errors that show the command's help. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, help: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw usageError(e instanceof Error ? e.message : String(e), help);
  }
}

export async function readInput(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw new CliError(`Cannot read ${field(path)}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`, EXIT.io);
  }
}

/** Written beside the target and renamed into place, so an interrupted run never leaves half a file under the real name. */
export async function writeOutput(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new CliError(`Cannot write ${field(path)}: ${(e as Error).message}`, EXIT.io);
  }
}

/** --passphrase wins; SITEPROOF_PASSPHRASE keeps it out of the shell history and the process list. */
export const passphraseFrom = (flag: string | undefined): string | undefined => flag ?? (process.env.SITEPROOF_PASSPHRASE || undefined);

export type Opened = { ok: true; manifest: Manifest; files: Map<string, Uint8Array>; encrypted: boolean; size: number } | { ok: false; problems: Problem[] };

/** Reads, decrypts when needed, and checks a package fully. */
export async function openPackage(path: string, passphrase: string | undefined): Promise<Opened> {
  let bytes = await readInput(path);
  const size = bytes.length;
  const encrypted = isEncrypted(bytes);
  if (encrypted) {
    if (passphrase === undefined) {
      return { ok: false, problems: [{ code: 'encrypted', message: 'This package is encrypted: give its passphrase with --passphrase or SITEPROOF_PASSPHRASE.', params: {} }] };
    }
    const d = await decryptPackage(bytes, passphrase);
    if (!d.ok) return d;
    bytes = d.bytes;
  }
  const r = await readPackage(bytes);
  return r.ok ? { ok: true, manifest: r.manifest, files: r.files, encrypted, size } : r;
}

export function formatProblems(path: string, problems: Problem[]): string {
  return [`${field(path)}: NOT SOUND (${problems.length} problem${problems.length === 1 ? '' : 's'})`, ...problems.map((p) => `  - [${p.code}] ${field(p.message)}`)].join('\n');
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
