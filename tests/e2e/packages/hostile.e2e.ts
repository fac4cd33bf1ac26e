import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepAudit, zipBomb } from '../../corpus/hostile';
import { BackupPanelPage } from '../pages/packages';
import { skipReason } from '../support/browser';
import { launchEvaluator, type Evaluator } from './harness';

/**
 * Hostile packages taken in through the app (Russian UI): refused in seconds with a message in the UI language,
 * read off the main thread, the page responsive meanwhile and the database untouched.
 */

type Probe = { counts(): Promise<Record<string, number>> };
const counts = (e: Evaluator) => e.page.evaluate(() => (window as unknown as { packagesHarness: Probe }).packagesHarness.counts());

describe.skipIf(skipReason() !== '')('hostile packages in the app', () => {
  let e: Evaluator;
  const workers: string[] = [];

  beforeAll(async () => {
    e = await launchEvaluator();
    e.page.on('worker', (w: Worker) => workers.push(w.url()));
    await e.open('?lang=ru#/visits');
  });

  afterAll(async () => {
    const report = e ? { errors: e.errors, offsite: e.offsite } : undefined;
    await e?.close();
    expect(report?.offsite, 'the page made network requests').toEqual([]);
    expect(report?.errors, 'the page logged errors').toEqual([]);
  });

  /** Counts how late a 20 ms timer fires once a file is picked: a frozen page shows as one long gap. */
  const watchGaps = () => e.page.evaluate(() => {
    const w = window as unknown as { maxGap: number; gapTimer: number; pickedAt: number };
    let last = performance.now();
    w.maxGap = 0;
    // When the page got the file: from here on the time is the app's, not the test driver's upload.
    // (Playwright's upload of the file itself stalls the page for seconds on a loaded machine: not counted.)
    document.addEventListener('change', () => {
      w.pickedAt = performance.now();
      last = w.pickedAt;
      w.maxGap = 0;
    }, { capture: true, once: true });
    w.gapTimer = window.setInterval(() => {
      const now = performance.now();
      w.maxGap = Math.max(w.maxGap, now - last);
      last = now;
    }, 20);
  });
  const maxGap = () => e.page.evaluate(() => {
    const w = window as unknown as { maxGap: number; gapTimer: number };
    clearInterval(w.gapTimer);
    return w.maxGap;
  });

  it('a zip bomb of 4 000 × 1 MiB of zeros is refused in seconds, in Russian, read in a worker; the page never freezes', async () => {
    const before = await counts(e);
    const backup = new BackupPanelPage(e.page, 'ru');
    const bomb = Buffer.from(await zipBomb());
    await watchGaps();
    await backup.restore({ name: 'bomb.siteproof', buffer: bomb });
    await expect.poll(() => backup.report().getByRole('alert').innerText(), { timeout: 5000 }).toMatch(/в \d+ раз больше своего размера \(«zip-бомба»\)/);
    const took = await e.page.evaluate(() => performance.now() - (window as unknown as { pickedAt: number }).pickedAt);
    const gap = await maxGap();
    console.log(`zip bomb refused ${Math.round(took)} ms after the file was picked; longest main-thread gap ${Math.round(gap)} ms`);
    expect(took).toBeLessThan(5000);
    expect(gap).toBeLessThan(1000);
    expect(workers.some((url) => /read\.worker/.test(url))).toBe(true);
    expect(await counts(e)).toEqual(before);
  });

  it('JSON nested 100 000 deep is refused naming the audit entry, in Russian, not as a storage failure', async () => {
    const before = await counts(e);
    const { bytes, entryId } = await deepAudit();
    const backup = new BackupPanelPage(e.page, 'ru');
    await backup.restore({ name: 'deep.siteproof', buffer: Buffer.from(bytes) });
    const alert = backup.report().getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 5000 })
      .toContain(`Запись visits[0].audit[1 id=${entryId}] в пакете вложена на 100002 уровня`);
    expect(await alert.innerText()).not.toMatch(/Maximum call stack|stack size/);
    expect(await counts(e)).toEqual(before);
  });
});
