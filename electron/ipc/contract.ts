/**
 * The one typed contract between the renderer and the main process. Each method is one message on one
 * channel named `domain:verb-noun`; the preload exposes exactly these methods and nothing else.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface FileFilter { name: string; extensions: string[] }

export interface SaveFileInput { suggestedName: string; data: Uint8Array; filters?: FileFilter[] }
export interface SaveFileOutput { saved: boolean; path?: string }

export interface SyncFolder { path: string }
export interface SyncEntry { name: string; size: number; modifiedMs: number }
export interface SyncReadInput { folder: string; name: string }
export interface SyncWriteInput { folder: string; name: string; data: Uint8Array }

/** A package streamed to a file the user picked: opened once, written chunk by chunk, then closed or aborted. */
export interface OpenWriteInput { suggestedName: string; filters?: FileFilter[] }
/** `null` when the user cancelled the save dialog. The renderer only ever holds the id, never a path to write to. */
export type OpenWriteOutput = { id: string; path: string } | null;
/** `offset` must be the number of bytes written so far: a reordered, repeated or missing chunk is refused. */
export interface WriteChunkInput { id: string; offset: number; data: Uint8Array }
/** `size` is the whole file's length; anything else means a chunk was lost and the file is thrown away. */
export interface CloseWriteInput { id: string; size: number }
export interface WriteIdInput { id: string }

/** Space on the disk that holds the app's data (userData), in bytes: what is left to this user, and the disk's size. */
export interface FreeSpace { freeBytes: number; totalBytes: number }

export interface Contract {
  'app:get-version': { input: void; output: string };
  'file:save-file': { input: SaveFileInput; output: SaveFileOutput };
  'sync:choose-folder': { input: void; output: SyncFolder | null };
  /** The folders the user granted in the folder dialog, latest first: the app shows them so they can be revoked. */
  'sync:list-folders': { input: void; output: SyncFolder[] };
  /** Takes a folder grant back; `revoked` is false when the folder was not granted. */
  'sync:revoke-folder': { input: SyncFolder; output: { revoked: boolean } };
  'sync:list-packages': { input: SyncFolder; output: SyncEntry[] };
  'sync:read-file': { input: SyncReadInput; output: Uint8Array };
  'sync:write-file': { input: SyncWriteInput; output: { path: string } };
  /** The visit's dossier PDF beside the packages, so colleagues without the app can read it. */
  'sync:write-dossier': { input: SyncWriteInput; output: { path: string } };
  'package:open-write': { input: OpenWriteInput; output: OpenWriteOutput };
  'package:write-chunk': { input: WriteChunkInput; output: { written: number } };
  'package:close-write': { input: CloseWriteInput; output: { path: string } };
  'package:abort-write': { input: WriteIdInput; output: { aborted: boolean } };
  /** Free space on the disk of the app's data: the browser's quota can be far larger than the disk. */
  'storage:get-free-space': { input: void; output: FreeSpace };
}

export type Channel = keyof Contract;

/** Method names on `window.siteproof`, derived from the channel so the two never drift apart. */
export const CHANNELS = {
  getVersion: 'app:get-version',
  saveFile: 'file:save-file',
  chooseSyncFolder: 'sync:choose-folder',
  listSyncFolders: 'sync:list-folders',
  revokeSyncFolder: 'sync:revoke-folder',
  listSyncPackages: 'sync:list-packages',
  readSyncFile: 'sync:read-file',
  writeSyncFile: 'sync:write-file',
  writeSyncDossier: 'sync:write-dossier',
  openPackageWrite: 'package:open-write',
  writePackageChunk: 'package:write-chunk',
  closePackageWrite: 'package:close-write',
  abortPackageWrite: 'package:abort-write',
  getFreeSpace: 'storage:get-free-space',
} as const satisfies Record<string, Channel>;

export type MethodName = keyof typeof CHANNELS;

export type Bridge = {
  [M in MethodName]: Contract[(typeof CHANNELS)[M]]['input'] extends void
    ? () => Promise<Result<Contract[(typeof CHANNELS)[M]]['output']>>
    : (input: Contract[(typeof CHANNELS)[M]]['input']) => Promise<Result<Contract[(typeof CHANNELS)[M]]['output']>>;
};

/** The fixed origin the renderer is served from. IndexedDB is keyed by it: never change it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'siteproof';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Sync folders hold exchange packages with this extension; the sync channels read no other files. */
export const SYNC_PACKAGE_EXTENSION = '.siteproof';
/** The one other kind of file a sync writes (never reads): the visit's dossier. */
export const SYNC_DOSSIER_EXTENSION = '.pdf';
/**
 * The dossier PDF's Creator: the marker by which the sync knows a PDF in the folder is one SiteProof wrote and may
 * be replaced (electron/sync/ownership.ts). Changing it makes every dossier already in users' folders foreign.
 */
export const SYNC_DOSSIER_CREATOR = 'SiteProof';

/**
 * Largest payload one IPC message carries (save, sync read/write). Structured clone copies the bytes, so a
 * cap keeps a runaway export from taking the app down; check it in the renderer to give a clear message first.
 */
export const MAX_TRANSFER_BYTES = 1024 * 1024 * 1024;

/**
 * Largest chunk of a streamed package write. Packages themselves have no cap but the disk; a chunk this size
 * keeps each structured-clone copy small and the IPC round trips few.
 */
export const MAX_CHUNK_BYTES = 16 * 1024 * 1024;
