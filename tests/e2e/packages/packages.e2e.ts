import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, AuditEntry, Resolution } from '../../../renderer/domain/model';
import { AppShell } from '../pages/app-shell';
import { BackupPanelPage, ConflictReviewPage, PackagesPanelPage, type DownloadedFile } from '../pages/packages';
import { VisitChecklistPage } from '../pages/packages-visit';
import { VisitFormPage, VisitsPage } from '../pages/visits-page';
import { skipReason } from '../support/browser';
import { launchEvaluator, type Evaluator } from './harness';

interface TemplateFile { sections: { questions: { id: string; number: number; title: { en: string }; steps: { id: string; prompt: { en: string } }[] }[] }[] }
const template = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../templates/callcenter-inbound.json'), 'utf8')) as TemplateFile;
const question = template.sections.flatMap((s) => s.questions).find((q) => q.id === 'agent-seats')!;
const step = question.steps.find((s) => s.id === 'other-sites')!;
const VENDOR = 'Contact Plus';

type Probe = { counts(): Promise<Record<string, number>>; answers(): Promise<Answer[]>; audit(): Promise<AuditEntry[]>; resolutions(): Promise<Resolution[]> };
const probe = <K extends keyof Probe>(e: Evaluator, key: K) =>
  e.page.evaluate((k) => (window as unknown as { packagesHarness: Probe }).packagesHarness[k]() as unknown, key) as ReturnType<Probe[K]>;

describe.skipIf(skipReason() !== '')('visit packages between two evaluators', () => {
  let one: Evaluator;
  let two: Evaluator;
  let visitId = '';
  let fromOne: DownloadedFile;
  let fromTwo: DownloadedFile;

  beforeAll(async () => {
    one = await launchEvaluator();
    two = await launchEvaluator();
  });

  afterAll(async () => {
    const report = [one, two].filter(Boolean).map((e) => ({ errors: e.errors, offsite: e.offsite }));
    await one?.close();
    await two?.close();
    for (const r of report) {
      expect(r.offsite, 'the page made network requests').toEqual([]);
      expect(r.errors, 'the page logged errors').toEqual([]);
    }
  });

  async function answer(e: Evaluator, outcome: 'seen' | 'not-seen', author: string): Promise<void> {
    const checklist = new VisitChecklistPage(e.page);
    await checklist.question(question.number, question.title.en).click();
    await checklist.chooseOutcome(step.prompt.en, outcome);
    await expect.poll(async () => (await probe(e, 'answers')).filter((a) => a.author === author && a.stepId === step.id).map((a) => (a.data as { outcome: string }).outcome))
      .toEqual([outcome]);
  }

  it('evaluator 1 creates a visit, captures a step and exports it', async () => {
    await one.open('#/visits');
    const checklist = new VisitChecklistPage(one.page);
    await checklist.setAuthor('Olena Koval');
    const shell = new AppShell(one.page, 'en');
    await new VisitsPage(shell).openNew();
    const form = new VisitFormPage(shell);
    await form.fill({ vendor: VENDOR, site: 'Kyiv, Kyrylivska 41', dateFrom: '2025-06-17', evaluators: 'Olena Koval, Ivan Petrenko', target: 'C', seats: '40' });
    await form.submitNew();
    await one.page.waitForURL(/#\/visits\/[0-9a-f-]{36}$/);
    visitId = /#\/visits\/([0-9a-f-]{36})$/.exec(one.page.url())![1];

    await answer(one, 'seen', 'Olena Koval');
    await checklist.openShare();
    const panel = new PackagesPanelPage(one.page);
    fromOne = await panel.exportVisit();
    expect(fromOne.name).toBe('Contact-Plus-Kyiv-Kyrylivska-41-2025-06-17.siteproof');
    expect(fromOne.buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await new ConflictReviewPage(one.page).openCount()).toBe(0);
  });

  it('the browser says folder sync needs the desktop app', async () => {
    await expect.poll(() => new PackagesPanelPage(one.page).syncNote().innerText()).toMatch(/desktop app/);
  });

  it('a damaged file is refused with a clear message and changes nothing', async () => {
    await two.open('#/visits');
    const before = await probe(two, 'counts');
    const backup = new BackupPanelPage(two.page);
    await backup.restore({ name: 'cut.siteproof', buffer: fromOne.buffer.subarray(0, fromOne.buffer.length - 500) });
    await expect.poll(() => backup.report().getByRole('alert').innerText()).toMatch(/cut short/);
    expect(await probe(two, 'counts')).toEqual(before);
  });

  it('evaluator 2 takes the package in, answers the same step differently and sends theirs back', async () => {
    await two.open('#/visits');
    await new VisitChecklistPage(two.page).setAuthor('Ivan Petrenko');
    const backup = new BackupPanelPage(two.page);
    await backup.restore(fromOne);
    const report = backup.report();
    await expect.poll(() => report.innerText()).toMatch(new RegExp(`New on this machine: ${VENDOR}`));
    await expect.poll(() => report.innerText()).toMatch(/Photo files added: 0/);
    await two.page.getByRole('article', { name: VENDOR, exact: true }).waitFor();

    await two.open(`#/visits/${visitId}`);
    await answer(two, 'not-seen', 'Ivan Petrenko');
    await new VisitChecklistPage(two.page).openShare();
    // Ivan already sees the disagreement on his own machine.
    await expect.poll(() => new ConflictReviewPage(two.page).openCount()).toBe(1);
    fromTwo = await new PackagesPanelPage(two.page).exportVisit('correct horse battery');
  });

  it('evaluator 1 opens the encrypted package (a wrong passphrase is refused), sees the conflict with both authors and resolves it', async () => {
    const panel = new PackagesPanelPage(one.page);
    await panel.importFile(fromTwo);
    await panel.passphraseDialog().waitFor();
    await panel.enterPassphrase('wrong horse battery');
    await expect.poll(() => panel.passphraseDialog().innerText()).toMatch(/does not open this package/);
    await panel.enterPassphrase('correct horse battery');
    await expect.poll(() => panel.report().innerText()).toMatch(/Steps with differing answers to review: 1/);
    expect(await panel.passphraseDialog().count()).toBe(0);

    const review = new ConflictReviewPage(one.page);
    await expect.poll(() => review.openCount()).toBe(1);
    // The summary's count leads to the review.
    await new VisitChecklistPage(one.page).summaryConflictsLink(1).click();
    await expect.poll(() => one.page.evaluate(() => document.activeElement?.id)).toBe('pk-conflicts');
    const conflict = review.conflict(question.number, question.title.en);
    await expect.poll(() => conflict.innerText()).toMatch(/Olena Koval/);
    expect(await conflict.innerText()).toMatch(/Ivan Petrenko/);
    expect(await conflict.innerText()).toMatch(/Looked for, not found/);
    expect(await conflict.innerText()).toMatch(/Seen/);
    await expect(review.choice(conflict, 'Olena Koval').count()).resolves.toBe(1);

    // A reason is required.
    await review.choice(conflict, 'Ivan Petrenko').check();
    await conflict.getByRole('button', { name: 'Keep the chosen answer' }).click();
    await expect.poll(() => conflict.getByRole('alert').innerText()).toMatch(/Say why/);

    await review.resolve(conflict, 'Ivan Petrenko', 'Checked the second floor together');
    await expect.poll(() => review.openCount()).toBe(0);
    expect(await review.region().innerText()).toMatch(/No open conflicts/);

    const resolutions = await probe(one, 'resolutions');
    const ivans = (await probe(one, 'answers')).find((a) => a.author === 'Ivan Petrenko')!;
    expect(resolutions).toMatchObject([{ visitId, questionId: question.id, stepId: step.id, chosenAnswerId: ivans.id, reason: 'Checked the second floor together', author: 'Olena Koval' }]);
    const audit = await probe(one, 'audit');
    expect(audit.filter((e) => e.action === 'conflict-resolved')).toHaveLength(1);
    expect(audit.filter((e) => e.action === 'package-imported' && e.author === 'Olena Koval')).toHaveLength(1);
  });

  it('importing the same package again changes nothing', async () => {
    const before = await probe(one, 'counts');
    const panel = new PackagesPanelPage(one.page);
    await panel.importFile(fromTwo);
    await panel.enterPassphrase('correct horse battery');
    await expect.poll(() => panel.report().innerText()).toMatch(/Nothing new/);
    expect(await probe(one, 'counts')).toEqual(before);
  });

  // Issue 9, defect 1: a resolution settles the revisions it saw, no more.
  it('after the resolution the field shows the value that counts, not evaluator 1’s own', async () => {
    const checklist = new VisitChecklistPage(one.page);
    await checklist.openChecklist();
    await checklist.question(question.number, question.title.en).click();
    await expect.poll(() => checklist.outcome(step.prompt.en, 'not-seen').isChecked()).toBe(true);
    expect(await checklist.outcome(step.prompt.en, 'seen').isChecked()).toBe(false);
  });

  it('a later edit by evaluator 1 is a new state: it counts on both laptops, without a new conflict', async () => {
    const checklist = new VisitChecklistPage(one.page);
    // Taking back their own earlier value is an edit too.
    await checklist.chooseOutcome(step.prompt.en, 'seen');
    await expect.poll(async () => (await probe(one, 'answers')).find((a) => a.author === 'Olena Koval')?.rev).toBe(2);
    await checklist.openShare();
    await expect.poll(() => new ConflictReviewPage(one.page).openCount()).toBe(0);
    const later = await new PackagesPanelPage(one.page).exportVisit();

    const panel = new PackagesPanelPage(two.page);
    await panel.importFile(later);
    await expect.poll(() => panel.report().innerText()).toMatch(/No differing answers/);
    // The count is a live query: it settles a moment after the report (the import also brought the resolution).
    await expect.poll(() => new ConflictReviewPage(two.page).openCount()).toBe(0);
    const theirs = new VisitChecklistPage(two.page);
    await theirs.openChecklist();
    await theirs.question(question.number, question.title.en).click();
    await expect.poll(() => theirs.outcome(step.prompt.en, 'seen').isChecked()).toBe(true);
  });

  it('a later disagreement is a new conflict', async () => {
    const theirs = new VisitChecklistPage(two.page);
    await theirs.chooseOutcome(step.prompt.en, 'not-shown');
    await expect.poll(async () => (await probe(two, 'answers')).find((a) => a.author === 'Ivan Petrenko')?.rev).toBe(2);
    await theirs.openShare();
    await expect.poll(() => new ConflictReviewPage(two.page).openCount()).toBe(1);
  });
});
