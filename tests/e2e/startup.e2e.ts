import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { launchApp, skipReason, type AppSession } from './support/browser';

describe.skipIf(skipReason() !== '')('start-up problems', () => {
  let s: AppSession;
  let shell: AppShell;

  beforeAll(async () => {
    s = await launchApp();
    shell = new AppShell(s.page, 'ru');
    // As if the profile's database could not be opened (another instance holding it, a damaged store…).
    await s.context.addInitScript(() => {
      const open = () => {
        throw new DOMException('Internal error opening backing store', 'UnknownError');
      };
      Object.defineProperty(IDBFactory.prototype, 'open', { value: open, configurable: true });
    });
    await s.open('#/visits');
  });

  afterAll(async () => {
    const { offsite } = s;
    await s.close();
    expect(offsite).toEqual([]);
  });

  it('says plainly that the database cannot be opened, and keeps the navigation working', async () => {
    const banner = s.page.getByRole('alert').filter({ hasText: shell.t('app', 'dbErrorTitle') });
    await banner.waitFor();
    expect(await banner.innerText()).toContain('UnknownError: Internal error opening backing store');
    await s.page.getByText(shell.t('app', 'dbUnavailable')).waitFor();
    await shell.navLink('navLibrary').click();
    await s.page.getByRole('heading', { level: 1, name: shell.t('library', 'title') }).waitFor();
    expect(await banner.isVisible()).toBe(true);
  });
});
