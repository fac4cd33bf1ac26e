import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { VisitFormPage, VisitsPage, type VisitInput } from './pages/visits-page';
import { launchApp, skipReason, type AppSession } from './support/browser';

const visit = (vendor: string, over: Partial<VisitInput> = {}): VisitInput => ({
  vendor,
  site: 'Kyiv, Khreshchatyk 22',
  dateFrom: '2025-04-14',
  dateTo: '2025-04-15',
  evaluators: 'Olena Koval, Ivan Petrenko',
  target: 'B',
  seats: '40',
  claimed: 'A',
  ...over,
});

describe.skipIf(skipReason() !== '')('visits', () => {
  let s: AppSession;
  let shell: AppShell;
  let list: VisitsPage;
  let form: VisitFormPage;

  beforeAll(async () => {
    s = await launchApp();
    shell = new AppShell(s.page, 'ru');
    list = new VisitsPage(shell);
    form = new VisitFormPage(shell);
    await s.open('#/visits');
    await list.waitReady();
  });

  afterAll(async () => {
    const { offsite, errors } = s;
    await s.close();
    expect(offsite, 'the app made network requests').toEqual([]);
    expect(errors, 'the page logged errors').toEqual([]);
  });

  async function create(v: VisitInput): Promise<void> {
    await s.open('#/visits');
    await list.waitReady();
    await list.openNew();
    await form.fill(v);
    await form.submitNew();
    // A new visit opens straight away.
    await shell.page.waitForURL(/#\/visits\/[0-9a-f-]{36}$/);
    await shell.page.getByRole('heading', { level: 1, name: v.vendor }).waitFor();
  }

  it('starts empty, in Russian', async () => {
    expect(await list.vendors()).toEqual([]);
    expect(await shell.pageHeading().innerText()).toBe('Визиты');
    expect(await shell.htmlLang()).toBe('ru');
  });

  it('explains every invalid field, keeps what was typed and saves nothing', async () => {
    await list.openNew();
    await form.fill({ vendor: 'Half-typed Vendor', site: '', seats: '0', dateFrom: '2025-04-14', dateTo: '2025-04-10', evaluators: '' });
    await form.submitNew();
    await form.errorSummary().waitFor();
    const summary = await form.errorSummary().innerText();
    const t = (k: string) => shell.t('visits', k);
    for (const message of [t('eSiteRequired'), t('eEvaluatorsRequired'), t('eTargetRequired'), t('eNotPositive'), t('eDateOrder')]) {
      expect(summary).toContain(message);
    }
    expect(await form.field('fSite').getAttribute('aria-invalid')).toBe('true');
    expect(await form.field('fVendor').getAttribute('aria-invalid')).toBeNull();
    expect(await form.field('fVendor').inputValue()).toBe('Half-typed Vendor');
    expect(await form.field('fSeats').inputValue()).toBe('0');
    // Fixing a field clears its message at once.
    await form.field('fSite').fill('Lviv');
    await expect.poll(() => form.field('fSite').getAttribute('aria-invalid')).toBeNull();
    await s.open('#/visits');
    await list.waitReady();
    expect(await list.vendors()).toEqual([]);
  });

  it('creates a visit that is still there after a reload', async () => {
    await create(visit('Acme Contact'));
    await s.open('#/visits');
    await list.waitReady();
    await shell.page.reload();
    await list.waitReady();
    expect(await list.vendors()).toEqual(['Acme Contact']);
    const card = await list.card('Acme Contact').innerText();
    expect(card).toContain('Kyiv, Khreshchatyk 22');
    expect(card).toContain('Olena Koval, Ivan Petrenko');
    expect(card).toContain('40');
  });

  it('opens a visit from the list', async () => {
    await list.card('Acme Contact').getByRole('link', { name: 'Acme Contact' }).click();
    await shell.page.waitForURL(/#\/visits\/[0-9a-f-]{36}$/);
    await shell.page.getByRole('heading', { level: 1, name: 'Acme Contact' }).waitFor();
  });

  it('edits a visit, and the form starts from the saved values', async () => {
    await s.open('#/visits');
    await list.waitReady();
    await list.edit('Acme Contact');
    expect(await form.field('fVendor').inputValue()).toBe('Acme Contact');
    expect(await form.field('fSeats').inputValue()).toBe('40');
    expect(await form.targetRadio('B').isChecked()).toBe(true);
    expect(await form.field('fClaimed').inputValue()).toBe('A');
    await form.fill({ vendor: 'Acme Contact Group', seats: '55', target: 'A' });
    await form.submitEdit();
    await list.waitReady();
    await shell.page.reload();
    await list.waitReady();
    expect(await list.vendors()).toEqual(['Acme Contact Group']);
    expect(await list.card('Acme Contact Group').innerText()).toContain('55');
  });

  it('archives a visit out of the list and brings it back', async () => {
    await create(visit('Beta Calls', { dateFrom: '2025-05-01', dateTo: '' }));
    await s.open('#/visits');
    await list.waitReady();
    expect(await list.vendors()).toEqual(['Beta Calls', 'Acme Contact Group']);

    await list.archive('Acme Contact Group');
    await expect.poll(() => list.vendors()).toEqual(['Beta Calls']);

    await list.showArchived().check();
    await expect.poll(() => list.vendors()).toEqual(['Beta Calls', 'Acme Contact Group']);
    expect(await list.card('Acme Contact Group').innerText()).toContain(shell.t('visits', 'archived'));

    await shell.page.reload();
    await list.waitReady();
    expect(await list.vendors()).toEqual(['Beta Calls']);
    await list.showArchived().check();
    await list.restore('Acme Contact Group');
    await list.showArchived().uncheck();
    await expect.poll(() => list.vendors()).toEqual(['Beta Calls', 'Acme Contact Group']);
  });

  it('deletes a visit only after confirmation', async () => {
    const dialog = await list.askDelete('Beta Calls');
    expect(await dialog.innerText()).toContain('Beta Calls');
    // Cancel is focused so that Enter does not delete.
    expect(await list.cancelDeleteButton().evaluate((b) => b === document.activeElement)).toBe(true);
    await list.cancelDeleteButton().click();
    await dialog.waitFor({ state: 'detached' });
    expect(await list.vendors()).toEqual(['Beta Calls', 'Acme Contact Group']);

    await list.askDelete('Beta Calls');
    await list.confirmDeleteButton().click();
    await list.deleteDialog().waitFor({ state: 'detached' });
    await expect.poll(() => list.vendors()).toEqual(['Acme Contact Group']);
    await shell.page.reload();
    await list.waitReady();
    expect(await list.vendors()).toEqual(['Acme Contact Group']);
  });
});
