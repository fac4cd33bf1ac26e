import type { Page } from 'playwright-core';
import type { Lang } from '../../../renderer/domain/template/schema';
import { strings, type Ns } from '../support/strings';

/** What every screen shares: navigation and the language switch. Tracks the UI language to name controls. */
export class AppShell {
  constructor(readonly page: Page, public lang: Lang = 'ru') {}

  t(ns: Ns, key: string, options?: Record<string, unknown>): string {
    return strings(this.lang, ns)(key, options ?? {}) as string;
  }

  navigation() {
    return this.page.getByRole('navigation', { name: this.t('app', 'mainNav') });
  }

  navLink(key: 'navVisits' | 'navLibrary' | 'navAbout') {
    return this.navigation().getByRole('link', { name: this.t('app', key), exact: true });
  }

  languageSelect() {
    return this.page.getByRole('combobox', { name: this.t('app', 'language'), exact: true });
  }

  async setLanguage(lang: Lang): Promise<void> {
    await this.languageSelect().selectOption(lang);
    this.lang = lang;
    await this.navLink('navVisits').waitFor();
    // The choice is on disk once the switch is no longer busy (a reload or a kill then keeps it).
    await this.languageSelect().and(this.page.locator('[aria-busy="false"]')).waitFor();
  }

  /** A page-level alert (error or warning banner) by its title. */
  alert(title: string) {
    return this.page.getByRole('alert').filter({ has: this.page.getByText(title, { exact: true }) });
  }

  htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  pageHeading() {
    return this.page.getByRole('heading', { level: 1 });
  }
}
