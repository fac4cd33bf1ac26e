import type { Locator, Page } from 'playwright-core';
import type { VisitPageObject } from './visit-page';

/** The stopwatch's recovery of a trial cut off by a reload, found by the names the evaluator sees. */
export class TimerRecoveryObject {
  constructor(readonly v: VisitPageObject) {}

  notice(step: Locator): Locator { return step.getByRole('alert').filter({ hasText: this.v.t('timer.interrupted.title') }); }
  resume(step: Locator): Locator { return step.getByRole('button', { name: this.v.t('timer.interrupted.resume'), exact: true }); }
  discard(step: Locator): Locator { return step.getByRole('button', { name: this.v.t('timer.interrupted.discard'), exact: true }); }
  cancel(step: Locator): Locator { return step.getByRole('button', { name: this.v.t('timer.cancel'), exact: true }); }
  stopwatch(step: Locator): Locator { return step.getByLabel(this.v.t('timer.elapsed'), { exact: true }); }
  resumedTrials(step: Locator): Locator { return this.v.trials(step).filter({ hasText: this.v.t('timer.resumedMark') }); }

  /** Seconds shown by a trial or the stopwatch: "12.3 s" in English, "12,3 с" in Russian and Ukrainian, "1:02.5" above a minute. */
  static seconds(text: string): number {
    const m = /(?:(\d+):)?(\d+)[.,](\d)(?: [sс])?/.exec(text);
    if (!m) throw new Error(`no duration in "${text}"`);
    return Number(m[1] ?? 0) * 60 + Number(m[2]) + Number(m[3]) / 10;
  }

  /** What a stopped stopwatch shows in the page's language. */
  zero(): string {
    return this.v.shell.lang === 'en' ? '0.0 s' : '0,0 с';
  }
}

/** Reads a whole object store of the app's database, for what the interface does not show (the audit log). */
export function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate((name) => new Promise<T[]>((resolve, reject) => {
    const open = indexedDB.open('siteproof');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction(name, 'readonly').objectStore(name).getAll();
      req.onsuccess = () => { open.result.close(); resolve(req.result as T[]); };
      req.onerror = () => { open.result.close(); reject(req.error); };
    };
  }), store);
}

/** Writes one settings record as an earlier run of the app would have left it. */
export function putSettingRecord(page: Page, key: string, value: unknown): Promise<void> {
  return page.evaluate(([k, v]) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('siteproof');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({ key: k, value: v });
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => { open.result.close(); reject(tx.error); };
    };
  }), [key, value] as const);
}
