import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AboutPage } from './pages/about-page';
import { AppShell } from './pages/app-shell';
import { VisitFormPage, VisitsPage } from './pages/visits-page';
import { launchApp, skipReason, type AppSession } from './support/browser';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };

describe.skipIf(skipReason() !== '')('about and storage', () => {
  let s: AppSession;
  let shell: AppShell;
  let about: AboutPage;

  beforeAll(async () => {
    s = await launchApp();
    shell = new AppShell(s.page, 'en');
    await s.page.goto(s.baseUrl);
    await s.page.evaluate(() => localStorage.setItem('siteproof.lang', 'en'));
    about = new AboutPage(shell);
    await s.open('#/about');
    await s.page.reload();
    await about.heading().waitFor();
  });

  afterAll(async () => {
    const { offsite, errors } = s;
    await s.close();
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the version, persistence, usage and quota', async () => {
    await expect.poll(() => about.fact('version').innerText()).toBe(pkg.version);
    const persisted = await about.fact('persisted').innerText();
    expect([shell.t('about', 'persistedYes'), shell.t('about', 'persistedNo')]).toContain(persisted);
    expect(await about.fact('used').innerText()).toMatch(/^\d+([.,]\d)? (MB|GB)$/);
    expect(await about.fact('available').innerText()).toMatch(/^\d+([.,]\d)? (MB|GB)$/);
    expect(await s.page.getByRole('meter', { name: shell.t('about', 'usageBar') }).count()).toBe(1);
  });

  it('shows the device id and keeps it across reloads', async () => {
    const device = await about.fact('device').innerText();
    expect(device).toMatch(/^[0-9a-f-]{36}$/);
    await s.page.reload();
    await about.heading().waitFor();
    await expect.poll(() => about.fact('device').innerText()).toBe(device);
  });

  it('refuses an empty evaluator name, saves a real one, and uses it for new visits', async () => {
    await about.saveName('   ');
    await s.page.getByText(shell.t('about', 'authorRequired')).waitFor();
    await about.saveName('Olena Koval');
    await s.page.getByText(shell.t('about', 'authorSaved')).waitFor();
    await s.page.reload();
    await about.heading().waitFor();
    await expect.poll(() => about.nameField().inputValue()).toBe('Olena Koval');

    // The first-run prompt is gone and a new visit lists this evaluator.
    await s.open('#/visits');
    const list = new VisitsPage(shell);
    await list.waitReady();
    expect(await s.page.getByRole('heading', { name: shell.t('visits', 'whoTitle') }).count()).toBe(0);
    await list.openNew();
    expect(await new VisitFormPage(shell).field('fEvaluators').inputValue()).toBe('Olena Koval');
  });
});
