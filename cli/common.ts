import { existsSync, openAsBlob, readFileSync } from 'node:fs';
import { open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { field } from './printable';
import { decryptPackage, ENCRYPTION_MAGIC, isEncrypted, readPackage, type Manifest, type Problem } from '../renderer/domain/package';
import { readPackageBlob } from '../renderer/domain/package/blob-read';

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

const cannotRead = (path: string, e: unknown) =>
  new CliError(`Cannot read ${field(path)}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`, EXIT.io);

export async function readInput(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw cannotRead(path, e);
  }
}

/** A file as a Blob that reads from disk only the ranges asked for (and fails if the file changes meanwhile). */
export async function openInput(path: string): Promise<Blob> {
  try {
    const s = await stat(path);
    if (!s.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOTFILE' });
    return await openAsBlob(path);
  } catch (e) {
    throw cannotRead(path, e);
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

/**
 * A file written as a stream beside `path` and renamed into place by commit(); a stream aborted (by the writer,
 * on a failure or a refused package) removes it, so --out never names half a package.
 */
export function fileSink(path: string): { stream: WritableStream<Uint8Array>; commit: () => Promise<void> } {
  const tmp = `${path}.${process.pid}.tmp`;
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  const fail = async (e: unknown) => {
    await handle?.close().catch(() => undefined);
    handle = null;
    await rm(tmp, { force: true });
    return new CliError(`Cannot write ${field(path)}: ${(e as Error).message}`, EXIT.io);
  };
  const stream = new WritableStream<Uint8Array>({
    async start() {
      try {
        handle = await open(tmp, 'w');
      } catch (e) {
        throw await fail(e);
      }
    },
    async write(chunk) {
      try {
        await handle?.write(chunk);
      } catch (e) {
        throw await fail(e);
      }
    },
    async close() {
      try {
        await handle?.sync();
        await handle?.close();
        handle = null;
      } catch (e) {
        throw await fail(e);
      }
    },
    async abort() {
      await fail(new Error('aborted'));
    },
  });
  const commit = async () => {
    try {
      await rename(tmp, path);
    } catch (e) {
      throw await fail(e);
    }
  };
  return { stream, commit };
}

/** --passphrase wins; SITEPROOF_PASSPHRASE keeps it out of the shell history and the process list. */
export const passphraseFrom = (flag: string | undefined): string | undefined => flag ?? (process.env.SITEPROOF_PASSPHRASE || undefined);

/** A checked package; its files are Blobs: slices of the package file itself unless it was encrypted. */
export type Opened = { ok: true; manifest: Manifest; files: Map<string, Blob>; encrypted: boolean; size: number } | { ok: false; problems: Problem[] };

/**
 * Reads, decrypts when needed, and checks a package fully. A plain package is read entry by entry from disk
 * (blob-read.ts, ZIP64 included): memory holds one photo at a time, whatever the package's size, and the files
 * handed back are ranges of the package file, read again only when used. An encrypted package is one AES-GCM
 * seal over the whole zip, so it is read, opened and checked whole in memory.
 */
export async function openPackage(path: string, passphrase: string | undefined): Promise<Opened> {
  const file = await openInput(path);
  const size = file.size;
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, ENCRYPTION_MAGIC.length).arrayBuffer());
  } catch (e) {
    throw cannotRead(path, e);
  }
  if (!isEncrypted(head)) {
    const r = await readPackageBlob(file, { stage: 'slice' });
    return r.ok ? { ok: true, manifest: r.manifest, files: r.files, encrypted: false, size } : r;
  }
  if (passphrase === undefined) {
    return { ok: false, problems: [{ code: 'encrypted', message: 'This package is encrypted: give its passphrase with --passphrase or SITEPROOF_PASSPHRASE.', params: {} }] };
  }
  const d = await decryptPackage(await readInput(path), passphrase);
  if (!d.ok) return d;
  const r = await readPackage(d.bytes);
  if (!r.ok) return r;
  const files = new Map([...r.files].map(([p, b]) => [p, new Blob([b as Uint8Array<ArrayBuffer>])]));
  return { ok: true, manifest: r.manifest, files, encrypted: true, size };
}

export function formatProblems(path: string, problems: Problem[]): string {
  return [`${field(path)}: NOT SOUND (${nOf(problems.length, 'problem', 'problems')})`, ...problems.map((p) => `  - [${p.code}] ${field(p.message)}`)].join('\n');
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** "1 package", "3 packages": the CLI speaks English, with the English plural rule rather than "package(s)". */
export const nOf = (n: number, one: string, other: string): string => `${n} ${new Intl.PluralRules('en').select(n) === 'one' ? one : other}`;
