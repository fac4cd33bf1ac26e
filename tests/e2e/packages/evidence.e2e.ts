import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Photo } from '../../../renderer/domain/model';
import { writePackage } from '../../../renderer/domain/package';
import { META, visitFixture } from '../../renderer/domain/package/fixtures';
import { forgePhoto, rewriteAudit } from '../../renderer/domain/package/hostile-evidence';
import { BackupPanelPage, type DownloadedFile } from '../pages/packages';
import { skipReason } from '../support/browser';
import { launchEvaluator, type Evaluator } from './harness';

/** Issue 15 §1–2 through the app's own import: crafted packages from the test corpus, taken in on the home page. */

type Probe = { photos(): Promise<Photo[]>; blobShas(): Promise<Record<string, string>>; counts(): Promise<Record<string, number>> };
const probe = <K extends keyof Probe>(e: Evaluator, key: K) =>
  e.page.evaluate((k) => (window as unknown as { packagesHarness: Probe }).packagesHarness[k]() as unknown, key) as ReturnType<Probe[K]>;

describe.skipIf(skipReason() !== '')('importing a package that tries to rewrite evidence', () => {
  let one: Evaluator;
  let genuine: DownloadedFile;
  const f = visitFixture();

  beforeAll(async () => {
    one = await launchEvaluator();
    const written = await writePackage([f.bundle], f.source, META);
    if (!written.ok) throw new Error(written.problems[0].message);
    genuine = { name: 'genuine.siteproof', buffer: Buffer.from(written.bytes) };
  });

  afterAll(async () => {
    const report = one && { errors: one.errors, offsite: one.offsite };
    await one?.close();
    expect(report?.offsite, 'the page made network requests').toEqual([]);
    expect(report?.errors, 'the page logged errors').toEqual([]);
  });

  it('a photo replaced under its id is named as a conflict in the summary; the genuine photo and bytes stay', async () => {
    await one.open('#/visits');
    const backup = new BackupPanelPage(one.page);
    await backup.restore(genuine);
    await expect.poll(() => backup.report().innerText()).toMatch(/New on this machine/);
    const photosBefore = await probe(one, 'photos');
    const shasBefore = await probe(one, 'blobShas');

    await backup.restore({ name: 'forged.siteproof', buffer: Buffer.from(await forgePhoto(genuine.buffer)) });
    const report = backup.report();
    await expect.poll(() => report.innerText()).toMatch(/Two different photos claim id p-hall, from device dev-olena and device dev-forger/);
    expect(await report.innerText()).not.toMatch(/Records updated: [1-9]/);
    expect(await probe(one, 'photos')).toEqual(photosBefore);
    expect(await probe(one, 'blobShas')).toEqual(shasBefore);
  });

  it('a rewritten audit entry is refused as tampering, naming the entry, and nothing changes', async () => {
    const before = await probe(one, 'counts');
    const backup = new BackupPanelPage(one.page);
    await backup.restore({ name: 'audit.siteproof', buffer: Buffer.from(await rewriteAudit(genuine.buffer)) });
    await expect.poll(() => backup.report().getByRole('alert').innerText()).toMatch(/Audit entry e-2 was rewritten .*tampering/);
    expect(await probe(one, 'counts')).toEqual(before);
  });
});
