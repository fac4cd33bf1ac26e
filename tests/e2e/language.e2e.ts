import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { VisitsPage } from './pages/visits-page';
import { launchApp, skipReason, type AppSession } from './support/browser';

describe.skipIf(skipReason() !== '')('language', () => {
  let s: AppSession;
  let shell: AppShell;

  beforeAll(async () => {
    s = await launchApp();
    shell = new AppShell(s.page, 'ru');
    await s.open('#/visits');
    await new VisitsPage(shell).waitReady();
  });

  afterAll(async () => {
    const { offsite, errors } = s;
    await s.close();
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('is Russian on first start', async () => {
    expect(await shell.htmlLang()).toBe('ru');
    expect(await shell.languageSelect().inputValue()).toBe('ru');
    expect(await shell.pageHeading().innerText()).toBe('Визиты');
    expect(await shell.navigation().getByRole('link').allInnerTexts()).toEqual(['Визиты', 'Библиотека', 'О программе и хранилище']);
  });

  it('switches live to Ukrainian, then English, without a reload', async () => {
    await shell.setLanguage('uk');
    expect(await shell.htmlLang()).toBe('uk');
    expect(await shell.pageHeading().innerText()).toBe('Візити');
    expect(await shell.languageSelect().inputValue()).toBe('uk');
    // The select is labelled in the current language.
    expect(await shell.page.getByRole('combobox', { name: 'Мова', exact: true }).count()).toBe(1);

    await shell.setLanguage('en');
    expect(await shell.htmlLang()).toBe('en');
    expect(await shell.pageHeading().innerText()).toBe('Visits');
    expect(await shell.page.getByRole('link', { name: 'New visit' }).count()).toBe(1);
    expect(await shell.page.title()).toBe('Visits — SiteProof');
  });

  it('remembers the choice across a reload and on other pages', async () => {
    await shell.page.reload();
    await shell.navLink('navLibrary').waitFor();
    expect(await shell.htmlLang()).toBe('en');
    await expect.poll(() => shell.pageHeading().innerText()).toBe('Visits');
    await shell.navLink('navLibrary').click();
    // The library loads on first use; until then the old page (or nothing) is shown.
    await expect.poll(() => shell.pageHeading().innerText()).toBe('Question library');

    await shell.setLanguage('uk');
    await shell.page.reload();
    await shell.navLink('navLibrary').waitFor();
    expect(await shell.htmlLang()).toBe('uk');
    await expect.poll(() => shell.pageHeading().innerText()).toBe('Бібліотека питань');
  });
});
