import { version as packageVersion } from '../../package.json';
import type { Platform } from './platform';

/** The slice of the File System Access API used here (Chromium; not in TypeScript's DOM library). */
export interface SaveFilePicker {
  (options: { suggestedName: string; types?: { description: string; accept: Record<string, string[]> }[] }): Promise<{
    createWritable(): Promise<WritableStream<Uint8Array>>;
  }>;
}

/** What the browser fallback needs from the page; injected so it can be tested without a DOM. */
export interface WebEnv {
  /** Chromium's save picker; absent in other browsers, where a streamed save falls back to a download. */
  showSaveFilePicker?: SaveFilePicker;
  document: Pick<Document, 'createElement' | 'body'>;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  setTimeout(callback: () => void, ms: number): unknown;
  version?: string;
}

/**
 * How long the object URL outlives the click. Revoking at once can cancel the download in some browsers;
 * a minute is far longer than any browser needs to start reading it.
 */
export const REVOKE_AFTER_MS = 60_000;

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  json: 'application/json',
  zip: 'application/zip',
  csv: 'text/csv',
  txt: 'text/plain',
};

export function mimeTypeForName(name: string): string {
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  return TYPES[extension] ?? 'application/octet-stream';
}

/** Gathered parts are turned into a Blob every so often: Chromium can keep a Blob's bytes out of the page's heap. */
export const DOWNLOAD_PART_BYTES = 32 * 1024 * 1024;

function offerDownload(env: WebEnv, suggestedName: string, blob: Blob): void {
  const url = env.createObjectURL(blob);
  const link = env.document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  link.style.display = 'none';
  env.document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    env.setTimeout(() => env.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** Where there is no save picker: the stream is gathered into a Blob, then offered as a download. */
function downloadStream(env: WebEnv, suggestedName: string): WritableStream<Uint8Array> {
  let blobs: Blob[] = [];
  let parts: Uint8Array<ArrayBuffer>[] = [];
  let partBytes = 0;
  const seal = () => {
    if (parts.length) blobs.push(new Blob(parts));
    parts = [];
    partBytes = 0;
  };
  return new WritableStream<Uint8Array>({
    write(chunk) {
      parts.push(chunk.slice() as Uint8Array<ArrayBuffer>);
      partBytes += chunk.length;
      if (partBytes >= DOWNLOAD_PART_BYTES) seal();
    },
    close() {
      seal();
      offerDownload(env, suggestedName, new Blob(blobs, { type: mimeTypeForName(suggestedName) }));
      blobs = [];
    },
    abort() {
      blobs = [];
      parts = [];
    },
  });
}

const isAbort = (e: unknown) => e instanceof Error && e.name === 'AbortError';

/**
 * In a plain browser a save is a download and there is no folder to sync with. The browser gives no signal when
 * the user cancels a download, so saveFile reports true once the download has been offered.
 */
export function createWebPlatform(env: WebEnv): Platform {
  return {
    kind: 'web',
    getVersion: async () => env.version ?? packageVersion,
    // A page cannot read the disk; navigator.storage.estimate() gives a quota, not free space (db/storage.ts).
    freeDiskSpace: async () => null,
    async saveFile(suggestedName, data) {
      // Blob copies the bytes; the cast only tells TS they are not a SharedArrayBuffer view.
      offerDownload(env, suggestedName, new Blob([data as Uint8Array<ArrayBuffer>], { type: mimeTypeForName(suggestedName) }));
      return true;
    },
    async openSaveStream(suggestedName, filters) {
      if (!env.showSaveFilePicker) return { stream: downloadStream(env, suggestedName), target: 'download' };
      let handle;
      try {
        handle = await env.showSaveFilePicker({
          suggestedName,
          ...(filters ? { types: filters.map((f) => ({ description: f.name, accept: { 'application/octet-stream': f.extensions.map((x) => `.${x}`) } })) } : {}),
        });
      } catch (e) {
        if (isAbort(e)) return null;
        throw e;
      }
      // Chromium writes to a swap file and moves it into place on close; an abort discards it.
      return { stream: await handle.createWritable(), target: 'file' };
    },
    sync: null,
  };
}

/** The real page. Looked up on use, so merely choosing the platform works where there is no DOM (Node tests). */
export function browserWebEnv(): WebEnv {
  return {
    get document() {
      return globalThis.document;
    },
    get showSaveFilePicker() {
      const picker = (globalThis as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
      return picker ? picker.bind(globalThis) : undefined;
    },
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  };
}
