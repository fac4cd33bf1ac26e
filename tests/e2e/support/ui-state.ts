import type { Page } from 'playwright-core';

/**
 * The app's uiState store (language, last open question, tool drafts), read and edited straight in IndexedDB, without
 * the app's code: what a test sees here is what is on disk for the next start.
 */
export function uiState(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => new Promise<Record<string, unknown>>((resolve, reject) => {
    const open = indexedDB.open('siteproof');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('uiState')) { db.close(); resolve({}); return; }
      const all = db.transaction('uiState').objectStore('uiState').getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = () => {
        db.close();
        resolve(Object.fromEntries((all.result as { key: string; value: unknown }[]).map((r) => [r.key, r.value])));
      };
    };
  }));
}

/** Deletes the uiState entries whose key contains `part` (all of them for ''). */
export function dropUiState(page: Page, part: string): Promise<void> {
  return page.evaluate((part) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('siteproof');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('uiState', 'readwrite');
      const store = tx.objectStore('uiState');
      const keys = store.getAllKeys();
      keys.onsuccess = () => { for (const k of keys.result) if (String(k).includes(part)) store.delete(k); };
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), part);
}

/** The uiState keys whose key contains `part`. */
export async function uiStateKeys(page: Page, part: string): Promise<string[]> {
  return Object.keys(await uiState(page)).filter((k) => k.includes(part));
}
