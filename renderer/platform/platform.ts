import type { Bridge, FileFilter, SyncEntry } from '../../electron/ipc/contract';

/**
 * The renderer talks to the machine through this one adapter: the Electron bridge when the app runs in
 * Electron, browser fallbacks otherwise (a save becomes a download; folder sync is not available).
 */
/** Where a streamed package goes: straight into a file ('file'), or gathered and then downloaded ('download'). */
export interface SaveStream {
  stream: WritableStream<Uint8Array>;
  target: 'file' | 'download';
}

export interface Platform {
  kind: 'electron' | 'web';
  getVersion(): Promise<string>;
  /**
   * Free bytes on the disk that holds the app's data, or null where the platform cannot tell (a browser: its
   * storage estimate is a quota, which can be far larger than the disk). Null too when reading it failed.
   */
  freeDiskSpace(): Promise<number | null>;
  /** Returns false when the user cancelled. Throws with a readable message on failure. */
  saveFile(suggestedName: string, data: Uint8Array, filters?: FileFilter[]): Promise<boolean>;
  /**
   * Asks where to save, then returns a stream into that file (null when the user cancelled). Closing the stream
   * completes the file; aborting it leaves no file behind.
   */
  openSaveStream(suggestedName: string, filters?: FileFilter[]): Promise<SaveStream | null>;
  sync: null | {
    chooseFolder(): Promise<string | null>;
    /** The folders the user let the app use (picked in the folder dialog), latest first. */
    listFolders(): Promise<string[]>;
    /** Takes the app's access to a folder back; the sync refuses it until it is chosen again. */
    revokeFolder(folder: string): Promise<void>;
    list(folder: string): Promise<SyncEntry[]>;
    read(folder: string, name: string): Promise<Uint8Array>;
    write(folder: string, name: string, data: Uint8Array): Promise<void>;
    /** Writes a dossier PDF (`name` ends with .pdf) into the folder, atomically like a package. */
    writeDossier(folder: string, name: string, data: Uint8Array): Promise<void>;
  };
}

declare global {
  interface Window { siteproof?: Bridge }
}
