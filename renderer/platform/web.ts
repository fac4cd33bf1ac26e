import { version as packageVersion } from '../../package.json';
import type { Platform } from './platform';

/** What the browser fallback needs from the page; injected so it can be tested without a DOM. */
export interface WebEnv {
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

/**
 * In a plain browser a save is a download and there is no folder to sync with. The browser gives no signal when
 * the user cancels a download, so saveFile reports true once the download has been offered.
 */
export function createWebPlatform(env: WebEnv): Platform {
  return {
    kind: 'web',
    getVersion: async () => env.version ?? packageVersion,
    async saveFile(suggestedName, data) {
      // Blob copies the bytes; the cast only tells TS they are not a SharedArrayBuffer view.
      const blob = new Blob([data as Uint8Array<ArrayBuffer>], { type: mimeTypeForName(suggestedName) });
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
      return true;
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
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  };
}
