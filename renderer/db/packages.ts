import { withheldForSharing } from '../domain/photo/redaction';
import { version as APP_VERSION } from '../../package.json';
import type { PhotoBlob, PhotoVariant, Visit, VisitBundle } from '../domain/model';
import { selectAnswers } from '../domain/answers';
import { clock } from '../domain/clock';
import {
  auditTimeFlags, canonicalBundle, evidenceConflicts, mergeBundles,
  type AuditTimeFlag, type EvidenceConflict, type MergeChange, type MergeCounts, type RecordTable,
} from '../domain/merge';
import {
  bundlesOf, encryptPackage, isEncrypted, writePackage, ENCRYPTION_MAGIC, type Manifest,
  PACKAGE_EXTENSION, type MissingFile, type PackageLimits, type PhotoFile, type Problem, type ProblemCode, type ProblemParams,
} from '../domain/package';
import { streamPackage, type PhotoBlobFile, type StreamProgress } from '../domain/package/stream-write';
import { currentRedaction, isQuotaError } from '../domain/photo';
import type { SaveStream } from '../platform/platform';
import { readPackageFileOffThread, readPackageOffThread, type PackageFileReader, type PackageReader } from '../package-reader/client';
import { appendAudit } from './audit';
import { db } from './db';
import { getIdentity, type Identity } from './identity';
import { getBlob, sha256Hex } from './photos';
import { loadVisitBundle } from './visit-bundle';

/**
 * Visit packages in and out of the database.
 *
 * Export reads the records in one read transaction and the photo files one by one afterwards (a file that
 * vanished under the database is listed as missing in the package, never an error). Import does all the slow
 * and fallible work first (decrypting, unzipping, every hash and schema check in readPackage, probing which
 * local photo files still exist), then merges and writes in ONE read-write transaction over every table, in
 * which it awaits nothing but IndexedDB: either the whole package lands or the database stays as it was.
 *
 * Evidence is immutable by id: a photo the package brings under an id this machine has, with another original
 * (bytes, hash, size, capture time, author), is a conflict, never an update: the local photo and its files stay
 * exactly as they are and the summary names the conflict. An audit entry the package brings under a known id
 * with other content is tampering: the whole package is refused. Audit times that cannot be true are flagged.
 *
 * Audit: an import that changes something adds one 'package-imported' entry per visit it changed (entries
 * belong to a visit). Re-importing the same package changes nothing and logs nothing. Audit entries that only
 * tell of the other side's own imports do not count as a change, so two evaluators syncing back and forth
 * converge instead of logging each other's log entries forever.
 */

/** Problems of the package itself (domain codes) and of this machine's storage. */
export type ImportProblemCode = ProblemCode | 'read-failed' | 'storage-full' | 'write-failed' | 'id-clash' | 'audit-tampered' | 'signoff-tampered' | 'redaction-tampered' | 'visit-not-found' | 'other-visit' | 'too-large-to-transfer' | 'cancelled';
export interface ImportProblem { code: ImportProblemCode; message: string; params: ProblemParams }

/** Export refused; `problems` say why (e.g. a stored original that no longer matches its capture hash). */
export class PackageError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'PackageError';
  }
}

const SAVE_FILTERS = [{ name: 'SiteProof', extensions: [PACKAGE_EXTENSION.slice(1)] }];
export const packageSaveFilters = () => SAVE_FILTERS.map((f) => ({ ...f, extensions: [...f.extensions] }));

// --- export -------------------------------------------------------------------------------------------------

export interface ExportOptions {
  /** Wraps the package in the encryption envelope (at least MIN_PASSPHRASE_LENGTH characters). */
  passphrase?: string;
  who?: Identity;
  appVersion?: string;
  /** Fixed time for reproducible output (tests). */
  createdAt?: string;
  /**
   * For people outside the audit team (the vendor, a data-protection officer): redacted photos travel as their
   * redacted copy only, their originals and unredacted copies stay on this machine; the manifest says so.
   */
  forSharing?: boolean;
}

/** A sharing package says so in its name, so nobody mistakes it for the audit team's full one. */
const sharingName = (name: string, forSharing: boolean | undefined) => (forSharing ? name.replace(/\.siteproof$/, '-sharing.siteproof') : name);

/** The photo files a sharing package leaves out, and the manifest mark that says it was made for sharing. */
function sharingOf(bundles: VisitBundle[], forSharing: boolean | undefined): { withheld: Set<string>; purpose?: 'sharing' } {
  if (!forSharing) return { withheld: new Set() };
  const withheld = new Set<string>();
  for (const b of bundles) for (const key of withheldForSharing(b.photos.map((p) => p.id), b.redactions ?? [])) withheld.add(key);
  return { withheld, purpose: 'sharing' };
}

export interface ExportedPackage {
  bytes: Uint8Array;
  fileName: string;
  kind: 'visit' | 'backup';
  encrypted: boolean;
  visits: number;
  photos: number;
  /** Photo files this machine did not have (never made, or vanished under the database): listed in the package. */
  missing: MissingFile[];
  /** Originals whose stored bytes no longer match the hash taken at capture; exported as missing, not as data. */
  damaged: string[];
}

/** Letters of any script, digits, dots and dashes; everything else becomes one dash. */
export function fileNamePart(text: string, max = 40): string {
  const cleaned = text.normalize('NFC').replace(/[^\p{L}\p{N}.]+/gu, '-').replace(/^[-.]+|[-.]+$/g, '');
  return [...cleaned].slice(0, max).join('').replace(/[-.]+$/, '');
}

/** `vendor-site-date.siteproof`, safe on every file system. */
export function visitPackageName(visit: Pick<Visit, 'vendor' | 'site' | 'dateFrom'>): string {
  const parts = [fileNamePart(visit.vendor), fileNamePart(visit.site), visit.dateFrom].filter(Boolean);
  return `${parts.join('-') || 'visit'}${PACKAGE_EXTENSION}`;
}

export function backupPackageName(now = clock.nowIso()): string {
  return `siteproof-backup-${now.slice(0, 10)}${PACKAGE_EXTENSION}`;
}

/** The bytes of one stored photo file, or undefined when this machine does not have them (any more). */
async function readPhotoFile(photoId: string, variant: PhotoVariant): Promise<PhotoFile | undefined> {
  let found;
  try {
    found = await getBlob(photoId, variant);
  } catch {
    return undefined;
  }
  if (found.status !== 'ok') return undefined;
  try {
    const bytes = new Uint8Array(await found.blob.arrayBuffer());
    return { bytes, width: found.width, height: found.height, ...(found.blob.type ? { mime: found.blob.type } : {}) };
  } catch {
    return undefined;
  }
}

async function loadAllBundles(): Promise<VisitBundle[]> {
  return db.transaction('r', [db.visits, db.claims, db.answers, db.decisions, db.resolutions, db.photos, db.audit, db.signoffs, db.redactions], async () => {
    const [visits, claims, answers, decisions, resolutions, photos, audit, signoffs, redactions] = await Promise.all([
      db.visits.toArray(), db.claims.toArray(), db.answers.toArray(), db.decisions.toArray(),
      db.resolutions.toArray(), db.photos.toArray(), db.audit.toArray(), db.signoffs.toArray(), db.redactions.toArray(),
    ]);
    const group = <T extends { visitId: string }>(list: T[]) => {
      const by = new Map<string, T[]>();
      for (const r of list) by.set(r.visitId, [...(by.get(r.visitId) ?? []), r]);
      return (visitId: string) => by.get(visitId) ?? [];
    };
    const [c, a, d, r, p, e, s, x] = [group(claims), group(answers), group(decisions), group(resolutions), group(photos), group(audit), group(signoffs), group(redactions)];
    return visits.map((visit) => {
      const signed = s(visit.id);
      const redacted = x(visit.id);
      return {
        visit, claims: c(visit.id), answers: a(visit.id), decisions: d(visit.id), resolutions: r(visit.id), photos: p(visit.id), audit: e(visit.id),
        ...(signed.length ? { signoffs: signed } : {}), ...(redacted.length ? { redactions: redacted } : {}),
      };
    });
  });
}

async function pack(bundles: VisitBundle[], kind: 'visit' | 'backup', fileName: string, options: ExportOptions): Promise<ExportedPackage> {
  const who = options.who ?? (await getIdentity());
  const sharing = sharingOf(bundles, options.forSharing);
  const meta = {
    createdBy: { author: who.author, device: who.device }, appVersion: options.appVersion ?? APP_VERSION, kind, createdAt: options.createdAt ?? clock.nowIso(),
    ...(sharing.purpose ? { purpose: sharing.purpose } : {}),
  };
  const damaged = new Set<string>();
  const source = (photoId: string, variant: PhotoVariant) =>
    (variant === 'original' && damaged.has(photoId)) || sharing.withheld.has(`${photoId}/${variant}`) ? undefined : readPhotoFile(photoId, variant);
  let written = await writePackage(bundles, source, meta);
  // A stored original that no longer matches its capture hash must not travel as if it were the photo, but it
  // must not block sending everything else either: send it as missing and say so.
  if (!written.ok && written.problems.every((p) => p.code === 'original-hash-mismatch')) {
    for (const p of written.problems) if (typeof p.params.photoId === 'string') damaged.add(p.params.photoId);
    written = await writePackage(bundles, source, meta);
  }
  if (!written.ok) throw new PackageError(written.problems);
  let bytes = written.bytes;
  if (options.passphrase !== undefined) {
    const sealed = await encryptPackage(bytes, options.passphrase);
    if (!sealed.ok) throw new PackageError(sealed.problems);
    bytes = sealed.bytes;
  }
  return {
    bytes, fileName, kind, encrypted: options.passphrase !== undefined,
    visits: bundles.length,
    photos: bundles.reduce((n, b) => n + b.photos.length, 0),
    missing: written.missing,
    damaged: [...damaged].sort(),
  };
}

/** One visit with everything captured for it, photo files included, as a `.siteproof` package. */
export async function exportVisit(visitId: string, options: ExportOptions = {}): Promise<ExportedPackage> {
  const bundle = await loadVisitBundle(visitId);
  if (!bundle) throw new PackageError([{ code: 'visit-not-found', message: `There is no visit ${visitId} on this machine.`, params: { visitId } }]);
  return pack([bundle], 'visit', sharingName(visitPackageName(bundle.visit), options.forSharing), options);
}

/** Every visit on this machine (archived ones too) in one backup package. */
export async function exportAll(options: ExportOptions = {}): Promise<ExportedPackage> {
  const bundles = await loadAllBundles();
  return pack(bundles, 'backup', backupPackageName(options.createdAt), options);
}

// --- streamed export ----------------------------------------------------------------------------------------
//
// Without a passphrase a package is streamed: the destination is picked first, then the photo files are read
// from IndexedDB and written one at a time, so memory stays flat whatever the size. The encryption envelope is
// one AES-GCM seal over the whole zip (crypto.ts), which WebCrypto cannot do incrementally: an encrypted package
// is still built in memory (exportVisit / exportAll above) and is limited by it.

export interface StreamExportOptions extends Omit<ExportOptions, 'passphrase'> {
  signal?: AbortSignal;
  onProgress?: (p: StreamProgress) => void;
  /** ZIP64 records even where zip32 would do (tests). */
  forceZip64?: boolean;
}

/** Asks the user where to save `fileName` (platform.openSaveStream); null when they cancelled. */
export type OpenSave = (fileName: string) => Promise<SaveStream | null>;

export interface StreamedPackage {
  fileName: string;
  kind: 'visit' | 'backup';
  target: SaveStream['target'];
  /** Bytes of the package file. */
  size: number;
  visits: number;
  photos: number;
  missing: MissingFile[];
  damaged: string[];
}

export type StreamedExport = { status: 'saved'; pkg: StreamedPackage } | { status: 'not-saved' } | { status: 'cancelled' };

/** A stored photo file as a Blob handle; its bytes are read only when the writer gets to it. */
async function readPhotoBlob(photoId: string, variant: PhotoVariant): Promise<PhotoBlobFile | undefined> {
  try {
    const found = await getBlob(photoId, variant);
    if (found.status !== 'ok') return undefined;
    return { blob: found.blob, width: found.width, height: found.height, ...(found.blob.type ? { mime: found.blob.type } : {}) };
  } catch {
    return undefined;
  }
}

async function streamOut(bundles: VisitBundle[], kind: 'visit' | 'backup', fileName: string, open: OpenSave, options: StreamExportOptions): Promise<StreamedExport> {
  const who = options.who ?? (await getIdentity());
  const sharing = sharingOf(bundles, options.forSharing);
  const meta = {
    createdBy: { author: who.author, device: who.device }, appVersion: options.appVersion ?? APP_VERSION, kind, createdAt: options.createdAt ?? clock.nowIso(),
    ...(sharing.purpose ? { purpose: sharing.purpose } : {}),
  };
  const target = await open(fileName);
  if (!target) return { status: 'not-saved' };
  const source = (photoId: string, variant: PhotoVariant) => (sharing.withheld.has(`${photoId}/${variant}`) ? Promise.resolve(undefined) : readPhotoBlob(photoId, variant));
  const written = await streamPackage(bundles, source, meta, target.stream, {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.forceZip64 ? { forceZip64: true } : {}),
  });
  if (!written.ok) {
    if ('cancelled' in written) return { status: 'cancelled' };
    throw new PackageError(written.problems);
  }
  return {
    status: 'saved',
    pkg: {
      fileName, kind, target: target.target, size: written.bytes,
      visits: bundles.length,
      photos: bundles.reduce((n, b) => n + b.photos.length, 0),
      missing: written.missing,
      damaged: written.damaged,
    },
  };
}

/** One visit streamed into a file the user picks (see above); the counterpart of exportVisit without a passphrase. */
export async function streamVisit(visitId: string, open: OpenSave, options: StreamExportOptions = {}): Promise<StreamedExport> {
  const bundle = await loadVisitBundle(visitId);
  if (!bundle) throw new PackageError([{ code: 'visit-not-found', message: `There is no visit ${visitId} on this machine.`, params: { visitId } }]);
  return streamOut([bundle], 'visit', sharingName(visitPackageName(bundle.visit), options.forSharing), open, options);
}

/** Every visit on this machine streamed into one backup package. */
export async function streamAll(open: OpenSave, options: StreamExportOptions = {}): Promise<StreamedExport> {
  const bundles = await loadAllBundles();
  return streamOut(bundles, 'backup', backupPackageName(options.createdAt), open, options);
}

// --- import -------------------------------------------------------------------------------------------------

export interface ImportOptions {
  passphrase?: string;
  who?: Identity;
  limits?: Partial<PackageLimits>;
  /** Accept only a package of this one visit (folder sync: a file named for a visit must hold that visit). */
  onlyVisit?: string;
  /** How the package is opened and checked (default: in a Web Worker, in place where there is none). */
  reader?: PackageReader;
  /** The same for a file read entry by entry (a picked File that is not encrypted). */
  fileReader?: PackageFileReader;
  /** Cancels the reading of a file; once every check has passed the one transaction runs to its end. */
  signal?: AbortSignal;
  /** Bytes of the package's files read and checked so far, of all of them. */
  onProgress?: (p: { done: number; total: number }) => void;
}

export interface VisitImport {
  visitId: string;
  vendor: string;
  site: string;
  dateFrom: string;
  /** added: new on this machine; merged: something changed; unchanged: nothing new in the package. */
  status: 'added' | 'merged' | 'unchanged';
  added: MergeCounts;
  updated: MergeCounts;
  photoFilesAdded: number;
  /** Local photo files that had vanished and were restored from the package. */
  photoFilesRepaired: number;
  openConflicts: number;
  /** After the import the visit holds two (or more) different closing-meeting sign-offs: their ids. Both are kept. */
  signoffConflicts: string[];
  /** Photos of the package that claim a local photo's id with another original: refused, the local one kept. */
  evidenceConflicts: EvidenceConflict[];
  /** Audit entries of the package whose times cannot be true (before SiteProof existed, after the package). */
  auditFlags: AuditTimeFlag[];
}

export interface ImportSummary {
  kind: 'visit' | 'backup';
  createdBy: { author: string; device: string };
  createdAt: string;
  visits: VisitImport[];
  visitsAdded: number;
  visitsMerged: number;
  visitsUnchanged: number;
  /** Records of every kind (visit header, claims, answers, decisions, resolutions, photos, audit). */
  recordsAdded: number;
  recordsUpdated: number;
  /** Photo records new on this machine. */
  photosAdded: number;
  photoFilesAdded: number;
  photoFilesRepaired: number;
  openConflicts: number;
  /** Photo files the sender did not have; they stay missing here unless this machine has them. */
  missingFiles: MissingFile[];
  evidenceConflicts: EvidenceConflict[];
  auditFlags: AuditTimeFlag[];
  changed: boolean;
}

export type ImportResult =
  | { ok: true; summary: ImportSummary }
  /** `needsPassphrase`: the package is encrypted and no (or a wrong) passphrase was given. */
  | { ok: false; problems: ImportProblem[]; needsPassphrase: boolean };

class ImportAbort extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map((p) => p.message).join(' '));
  }
}

const TABLES = ['claims', 'answers', 'decisions', 'resolutions', 'photos', 'audit'] as const;
type ListTable = (typeof TABLES)[number];
const ALL_TABLES: RecordTable[] = ['visit', ...TABLES, 'signoffs', 'redactions'];
const zeroCounts = (): MergeCounts => ({ visit: 0, claims: 0, answers: 0, decisions: 0, resolutions: 0, photos: 0, audit: 0, signoffs: 0, redactions: 0 });
const sum = (c: MergeCounts) => ALL_TABLES.reduce((n, t) => n + c[t], 0);
const blobKey = (photoId: string, variant: PhotoVariant) => `${photoId}/${variant}`;

interface Planned {
  bundle: VisitBundle;
  changes: MergeChange[];
  added: MergeCounts;
  updated: MergeCounts;
  conflicts: number;
  signoffConflicts: string[];
  isNew: boolean;
}

/** What the merged bundle holds that the local one does not: a new visit is all additions. */
function plan(local: VisitBundle | null, incoming: VisitBundle): Planned {
  if (local) {
    const m = mergeBundles(local, incoming);
    return { bundle: m.bundle, changes: m.changes, added: m.added, updated: m.updated, conflicts: m.conflicts.length, signoffConflicts: m.signoffConflicts, isNew: false };
  }
  const bundle = canonicalBundle(incoming);
  const added = zeroCounts();
  const changes: MergeChange[] = [{ table: 'visit', id: bundle.visit.id, change: 'added', fields: [] }];
  added.visit = 1;
  for (const table of TABLES) {
    for (const r of bundle[table]) changes.push({ table, id: r.id, change: 'added', fields: [] });
    added[table] = bundle[table].length;
  }
  for (const r of bundle.signoffs ?? []) changes.push({ table: 'signoffs', id: r.id, change: 'added', fields: [] });
  added.signoffs = bundle.signoffs?.length ?? 0;
  for (const r of bundle.redactions ?? []) changes.push({ table: 'redactions', id: r.id, change: 'added', fields: [] });
  added.redactions = bundle.redactions?.length ?? 0;
  const signoffConflicts = (bundle.signoffs?.length ?? 0) > 1 ? (bundle.signoffs ?? []).map((x) => x.id) : [];
  return { bundle, changes, added, updated: zeroCounts(), conflicts: selectAnswers(bundle).conflicts.length, signoffConflicts, isNew: true };
}

/** Changes worth an audit entry: anything but the other side's own 'package-imported' entries. */
function isMeaningful(change: MergeChange, bundle: VisitBundle): boolean {
  if (change.table !== 'audit') return true;
  const entry = bundle.audit.find((e) => e.id === change.id);
  return entry?.action !== 'package-imported';
}

function tableOf(table: ListTable | 'signoffs' | 'redactions') {
  return db[table] as unknown as { bulkGet(ids: string[]): Promise<({ visitId: string } | undefined)[]>; bulkPut(rows: unknown[]): Promise<unknown> };
}

/**
 * A record id that already belongs to another visit here would be overwritten by a put. UUIDs do not collide
 * by chance, so this is a damaged or forged package: refuse it whole.
 */
async function checkIdClashes(p: Planned): Promise<void> {
  const visitId = p.bundle.visit.id;
  for (const table of [...TABLES, 'signoffs', 'redactions'] as const) {
    const ids = p.changes.filter((c) => c.table === table && c.change === 'added').map((c) => c.id);
    if (!ids.length) continue;
    const found = await tableOf(table).bulkGet(ids);
    const clash = found.findIndex((r) => r !== undefined && r.visitId !== visitId);
    if (clash >= 0) {
      throw new ImportAbort([{
        code: 'id-clash',
        message: `Record ${ids[clash]} (${table}) already belongs to another visit on this machine; the package was not imported.`,
        params: { table, id: ids[clash], visitId },
      }]);
    }
  }
}

async function writePlanned(p: Planned): Promise<void> {
  const wanted = (table: RecordTable) => new Set(p.changes.filter((c) => c.table === table).map((c) => c.id));
  if (wanted('visit').size) await db.visits.put(p.bundle.visit);
  for (const table of TABLES) {
    const ids = wanted(table);
    if (!ids.size) continue;
    const rows = (p.bundle[table] as { id: string }[]).filter((r) => ids.has(r.id));
    await tableOf(table).bulkPut(rows);
  }
  // A sign-off is only ever added (the same id with other content was refused before this point).
  const signed = wanted('signoffs');
  if (signed.size) await db.signoffs.bulkPut((p.bundle.signoffs ?? []).filter((r) => signed.has(r.id)));
  // Redactions too (written once; the same id with other content was refused before this point).
  const redacted = wanted('redactions');
  if (redacted.size) await db.redactions.bulkPut((p.bundle.redactions ?? []).filter((r) => redacted.has(r.id)));
}

function describeStorageError(e: unknown): ImportProblem {
  if (isQuotaError(e)) {
    return { code: 'storage-full', message: 'There is not enough disk space to store the package; nothing was imported.', params: {} };
  }
  const reason = e instanceof Error ? e.message : String(e);
  return { code: 'write-failed', message: `The package could not be stored (${reason}); nothing was imported.`, params: { reason } };
}

const refuse = (problems: (Problem | ImportProblem)[], needsPassphrase = false): ImportResult => ({ ok: false, problems, needsPassphrase });

/**
 * Takes a package in: checks all of it, then adds visits this machine does not have and merges the ones it
 * has, photo files included, in one transaction. Returns what changed, or the problems that stopped it (in
 * which case nothing was written).
 */
export async function importPackage(input: Uint8Array | Blob, options: ImportOptions = {}): Promise<ImportResult> {
  let read: { ok: true; manifest: Manifest; files: Map<string, Uint8Array | Blob> } | { ok: false; problems: (Problem | ImportProblem)[]; needsPassphrase: boolean };
  try {
    if (input instanceof Blob && !isEncrypted(new Uint8Array(await input.slice(0, ENCRYPTION_MAGIC.length).arrayBuffer()))) {
      // A file picked by the user, read entry by entry in a worker (blob-read.ts): memory stays flat whatever its
      // size, and every check has passed before anything below touches the database.
      const { limits, signal, onProgress } = options;
      const streamed = await (options.fileReader ?? readPackageFileOffThread)(input, { ...(limits ? { limits } : {}), ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) });
      read = streamed.ok ? streamed : { ok: false, problems: streamed.problems, needsPassphrase: false };
    } else {
      // The encryption envelope is one AES-GCM seal over the whole zip: such a package is read whole, in a worker.
      const bytes = input instanceof Blob ? new Uint8Array(await input.arrayBuffer()) : input;
      read = await (options.reader ?? readPackageOffThread)(bytes, { passphrase: options.passphrase, limits: options.limits });
    }
  } catch (e) {
    if (options.signal?.aborted) return refuse([{ code: 'cancelled', message: 'The import was cancelled; nothing was imported.', params: {} }]);
    const reason = e instanceof Error ? e.message : String(e);
    return refuse([{ code: 'read-failed', message: `The package could not be read (${reason}); nothing was imported.`, params: { reason } }]);
  }
  if (!read.ok) return refuse(read.problems, read.needsPassphrase);

  const incoming = bundlesOf(read.manifest);
  if (options.onlyVisit !== undefined && (incoming.length !== 1 || incoming[0].visit.id !== options.onlyVisit)) {
    return refuse([{
      code: 'other-visit',
      message: `This package does not hold visit ${options.onlyVisit} alone (it holds ${incoming.length} visit(s)); it was not imported.`,
      params: { visitId: options.onlyVisit, count: incoming.length },
    }]);
  }
  const contents = read.files;
  const files = read.manifest.files.filter((f) => contents.has(f.path)).map((f) => ({ ...f, data: contents.get(f.path) as Uint8Array | Blob }));
  const who = options.who ?? (await getIdentity());

  // Which photo files are already here, and which of those have vanished under the database (reading a file is
  // not an IndexedDB request, so it happens now, before the write transaction).
  const keys = files.map((f) => blobKey(f.photoId, f.variant));
  const present = new Set((await db.blobs.where('key').anyOf(keys).primaryKeys()) as string[]);
  const vanished = new Set<string>();
  for (const f of files) {
    const key = blobKey(f.photoId, f.variant);
    if (present.has(key) && (await getBlob(f.photoId, f.variant)).status === 'missing') vanished.add(key);
  }
  // A redacted copy is replaced when the package brings the one the merged visit's current redaction names and
  // this machine holds another (or none): so the local copies of redacted files are hashed now, outside the transaction.
  const localRedacted = new Map<string, string | null>();
  const packageRedacted = new Map<string, string>();
  for (const f of files) {
    if (f.variant !== 'redacted') continue;
    packageRedacted.set(f.photoId, f.sha256);
    const found = await getBlob(f.photoId, 'redacted').catch(() => ({ status: 'missing' as const }));
    localRedacted.set(f.photoId, found.status === 'ok' ? await sha256Hex(new Uint8Array(await found.blob.arrayBuffer())).catch(() => null) : null);
  }
  const candidates: PhotoBlob[] = files
    .filter((f) => f.variant === 'redacted' || !present.has(blobKey(f.photoId, f.variant)) || vanished.has(blobKey(f.photoId, f.variant)))
    .map((f) => ({
      key: blobKey(f.photoId, f.variant), photoId: f.photoId, variant: f.variant,
      blob: new Blob([f.data as Uint8Array<ArrayBuffer> | Blob], { type: f.mime }), width: f.width, height: f.height,
    }));

  const visitOfPhoto = new Map<string, string>();
  for (const b of incoming) for (const p of b.photos) visitOfPhoto.set(p.id, b.visit.id);

  let visits: VisitImport[];
  try {
    visits = await db.transaction('rw', [db.visits, db.claims, db.answers, db.decisions, db.resolutions, db.photos, db.blobs, db.audit, db.signoffs, db.redactions], async () => {
      const out: VisitImport[] = [];
      // Re-checked inside the transaction: a photo file stored since the probe above is kept as it is.
      const nowPresent = new Set((await db.blobs.where('key').anyOf(candidates.map((c) => c.key)).primaryKeys()) as string[]);
      const blobsToWrite = candidates.filter((c) => c.variant === 'redacted' || !nowPresent.has(c.key) || vanished.has(c.key));
      for (const b of incoming) {
        const local = await loadVisitBundle(b.visit.id);
        const evidence = local ? evidenceConflicts(local, b, { keep: 'first' }) : [];
        const tampered = evidence.filter((c) => c.kind === 'audit-tampered' || c.kind === 'signoff-tampered' || c.kind === 'redaction-tampered');
        if (tampered.length) {
          throw new ImportAbort(tampered.map((c) => ({ code: c.kind as 'audit-tampered' | 'signoff-tampered' | 'redaction-tampered', message: `${c.message} The package was not imported.`, params: { id: c.id, visitId: b.visit.id } })));
        }
        // The local original is the one this machine captured or took in first: a package cannot replace it.
        const refused = new Map(evidence.map((c) => [c.id, c]));
        const trusted = refused.size && local ? { ...b, photos: b.photos.map((x) => (refused.has(x.id) ? local.photos.find((y) => y.id === x.id) ?? x : x)) } : b;
        const p = plan(local, trusted);
        await checkIdClashes(p);
        await writePlanned(p);
        const redactedWanted = (photoId: string) => {
          const sha = currentRedaction(p.bundle.redactions ?? [], photoId)?.redacted.sha256;
          return sha !== undefined && packageRedacted.get(photoId) === sha && localRedacted.get(photoId) !== sha;
        };
        const mine = blobsToWrite.filter((c) => visitOfPhoto.get(c.photoId) === b.visit.id && !refused.has(c.photoId) && (c.variant !== 'redacted' || redactedWanted(c.photoId)));
        const photoConflicts = evidence.filter((c) => c.table === 'photos');
        const flags = auditTimeFlags(b.audit, read.manifest.createdAt);
        if (mine.length) await db.blobs.bulkPut(mine);
        const filesAdded = mine.filter((c) => !vanished.has(c.key)).length;
        const filesRepaired = mine.length - filesAdded;
        const meaningful = mine.length > 0 || photoConflicts.length > 0 || p.changes.some((c) => isMeaningful(c, p.bundle));
        if (meaningful) {
          await appendAudit(who, {
            visitId: b.visit.id,
            action: 'package-imported',
            details: {
              from: read.manifest.createdBy, packageCreatedAt: read.manifest.createdAt, kind: read.manifest.kind,
              newVisit: p.isNew, added: p.added, updated: p.updated, photoFilesAdded: filesAdded, photoFilesRepaired: filesRepaired,
              openConflicts: p.conflicts,
              ...(p.signoffConflicts.length ? { signoffConflicts: p.signoffConflicts } : {}),
              ...(photoConflicts.length ? { refusedPhotos: photoConflicts.map((c) => ({ id: c.id, kept: c.kept.sha256 ?? '', refused: c.other.sha256 ?? '', device: c.other.device })) } : {}),
            },
          });
        }
        out.push({
          visitId: b.visit.id, vendor: p.bundle.visit.vendor, site: p.bundle.visit.site, dateFrom: p.bundle.visit.dateFrom,
          status: p.isNew ? 'added' : mine.length > 0 || p.changes.length > 0 ? 'merged' : 'unchanged',
          added: p.added, updated: p.updated, photoFilesAdded: filesAdded, photoFilesRepaired: filesRepaired, openConflicts: p.conflicts,
          signoffConflicts: p.signoffConflicts, evidenceConflicts: photoConflicts, auditFlags: flags,
        });
      }
      return out;
    });
  } catch (e) {
    if (e instanceof ImportAbort) return refuse(e.problems);
    return refuse([describeStorageError(e)]);
  }

  const summary: ImportSummary = {
    kind: read.manifest.kind,
    createdBy: read.manifest.createdBy,
    createdAt: read.manifest.createdAt,
    visits,
    visitsAdded: visits.filter((v) => v.status === 'added').length,
    visitsMerged: visits.filter((v) => v.status === 'merged').length,
    visitsUnchanged: visits.filter((v) => v.status === 'unchanged').length,
    recordsAdded: visits.reduce((n, v) => n + sum(v.added), 0),
    recordsUpdated: visits.reduce((n, v) => n + sum(v.updated), 0),
    photosAdded: visits.reduce((n, v) => n + v.added.photos, 0),
    photoFilesAdded: visits.reduce((n, v) => n + v.photoFilesAdded, 0),
    photoFilesRepaired: visits.reduce((n, v) => n + v.photoFilesRepaired, 0),
    openConflicts: visits.reduce((n, v) => n + v.openConflicts, 0),
    missingFiles: read.manifest.missing,
    evidenceConflicts: visits.flatMap((v) => v.evidenceConflicts),
    auditFlags: visits.flatMap((v) => v.auditFlags),
    changed: visits.some((v) => v.status !== 'unchanged'),
  };
  return { ok: true, summary };
}
