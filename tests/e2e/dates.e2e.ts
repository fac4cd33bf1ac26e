import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../renderer/domain/template/schema';
import { EXAMPLE_DAY, formatDay } from '../../renderer/domain/text/dates';
import { AppShell } from './pages/app-shell';
import { VisitFormPage, VisitsPage } from './pages/visits-page';
import { launchApp, skipReason, type AppSession } from './support/browser';

// The browser speaks en-US (support/browser.ts): a native date field would show 04/14/2025 whatever the app's language.
const VENDOR = 'Dates Contact Center';

/** The one shape a day has on screen in each language. */
const SHAPE: Record<Lang, RegExp> = {
  ru: /^\d{2}\.\d{2}\.\d{4}$/,
  uk: /^\d{2}\.\d{2}\.\d{4}$/,
  en: /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/,
};

/** Anything on a page that reads as a day, in any of the shapes browsers and Intl print (2025-04-14, 4/14/2025, 14 апр. 2025 г.). */
const ANY_DAY = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2} [A-Za-zА-Яа-яІіЇїЄєҐґ]{3,}\.? \d{4}\b|\b[A-Z][a-z]{2} \d{1,2}, \d{4}\b/g;
const daysIn = (text: string): string[] => text.match(ANY_DAY) ?? [];

describe.skipIf(skipReason() !== '')('dates follow the UI language, shown and typed', () => {
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

  /** Every day in the main region has the language's one shape. */
  async function oneShape(lang: Lang): Promise<string[]> {
    const days = daysIn(await shell.page.getByRole('main').innerText());
    for (const d of days) expect(d, `"${d}" on a ${lang} screen`).toMatch(SHAPE[lang]);
    return days;
  }

  it('in Russian, the new-visit form shows today as 30.06.2026 with the format as placeholder, not the browser’s date field', async () => {
    await list.openNew();
    const from = form.field('fDateFrom');
    expect(await from.getAttribute('type')).toBe('text');
    expect(await from.inputValue()).toMatch(SHAPE.ru);
    expect(await form.field('fDateTo').getAttribute('placeholder')).toBe(shell.t('ui', 'datePlaceholder'));
    expect(await form.field('fDateTo').getAttribute('placeholder')).toBe('дд.мм.гггг');
  });

  it('refuses a day that does not exist or another format with a message, and saves nothing', async () => {
    await form.fill({ vendor: VENDOR, site: 'Kyiv, Khreshchatyk 22', evaluators: 'Olena Koval', target: 'B', seats: '40' });
    for (const typed of ['31.02.2025', '30/06/27', '2025-04-14']) {
      await form.field('fDateFrom').fill(typed);
      await form.field('fDateFrom').blur();
      const message = shell.t('ui', 'dateInvalid', { value: typed, example: formatDay(EXAMPLE_DAY, 'ru') });
      expect(message).toContain('30.06.2026');
      await expect.poll(() => form.description('fDateFrom')).toContain(message);
      expect(await form.field('fDateFrom').getAttribute('aria-invalid')).toBe('true');
      // What was typed stays, to be fixed.
      expect(await form.field('fDateFrom').inputValue()).toBe(typed);
    }
    await form.submitNew();
    await form.errorSummary().waitFor();
    expect(await form.errorSummary().innerText()).toContain(shell.t('visits', 'eInvalidDate', { example: '30.06.2026' }));
    await s.open('#/visits');
    await list.waitReady();
    expect(await list.vendors()).toEqual([]);
  });

  it('creates the visit from days typed 14.04.2025 and shows them so on the visit page and in the list', async () => {
    await list.openNew();
    await form.fill({ vendor: VENDOR, site: 'Kyiv, Khreshchatyk 22', dateFrom: '2025-04-14', dateTo: '2025-04-15', evaluators: 'Olena Koval', target: 'B', seats: '40' });
    expect(await form.field('fDateFrom').inputValue()).toBe('14.04.2025');
    // A day typed without leading zeros reads back in the one format.
    await form.field('fDateTo').fill('15.4.2025');
    await form.field('fDateTo').blur();
    expect(await form.field('fDateTo').inputValue()).toBe('15.04.2025');
    await form.submitNew();
    await shell.page.waitForURL(/#\/visits\/[0-9a-f-]{36}$/);
    await shell.page.getByRole('heading', { level: 1, name: VENDOR }).waitFor();
    expect(await oneShape('ru')).toContain('14.04.2025');

    await s.open('#/visits');
    await list.waitReady();
    expect(await list.cardDates(VENDOR).innerText()).toBe('14.04.2025 – 15.04.2025');
    expect(await oneShape('ru')).toEqual(['14.04.2025', '15.04.2025']);
  });

  it('in English, the list and the form say 14 Apr 2025, and the form follows a language switch', async () => {
    await shell.setLanguage('en');
    await list.waitReady();
    expect(await list.cardDates(VENDOR).innerText()).toBe('14 Apr 2025 – 15 Apr 2025');
    expect(await oneShape('en')).toEqual(['14 Apr 2025', '15 Apr 2025']);

    await list.edit(VENDOR);
    expect(await form.field('fDateFrom').inputValue()).toBe('14 Apr 2025');
    expect(await form.field('fDateTo').inputValue()).toBe('15 Apr 2025');
    expect(await form.field('fDateTo').getAttribute('placeholder')).toBe('e.g. 30 Jun 2026');
    await shell.setLanguage('ru');
    await expect.poll(() => form.field('fDateFrom').inputValue()).toBe('14.04.2025');
    await shell.setLanguage('en');
    await expect.poll(() => form.field('fDateFrom').inputValue()).toBe('14 Apr 2025');
    await oneShape('en');
  });

  it('in English, refuses 04/14/2025 and 31 Feb 2025 with a message and keeps the saved days; the visit page says 16 Apr 2025', async () => {
    for (const typed of ['04/14/2025', '31 Feb 2025']) {
      await form.field('fDateFrom').fill(typed);
      await form.field('fDateFrom').blur();
      await expect.poll(() => form.description('fDateFrom')).toContain(shell.t('ui', 'dateInvalid', { value: typed, example: '30 Jun 2026' }));
    }
    await form.submitEdit();
    await form.errorSummary().waitFor();
    expect(await form.errorSummary().innerText()).toContain(shell.t('visits', 'eInvalidDate', { example: '30 Jun 2026' }));
    await s.open('#/visits');
    await list.waitReady();
    expect(await list.cardDates(VENDOR).innerText()).toBe('14 Apr 2025 – 15 Apr 2025');

    // A day typed as shown is saved.
    await list.edit(VENDOR);
    await form.field('fDateTo').fill('16 apr 2025');
    await form.submitEdit();
    await list.waitReady();
    expect(await list.cardDates(VENDOR).innerText()).toBe('14 Apr 2025 – 16 Apr 2025');
    await list.card(VENDOR).getByRole('link', { name: VENDOR }).click();
    await shell.page.getByRole('heading', { level: 1, name: VENDOR }).waitFor();
    expect(await oneShape('en')).toEqual(expect.arrayContaining(['14 Apr 2025', '16 Apr 2025']));
  });
});
