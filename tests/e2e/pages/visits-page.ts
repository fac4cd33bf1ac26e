import type { Locator } from 'playwright-core';
import { formatDay } from '../../../renderer/domain/text/dates';
import type { AppSession } from '../support/browser';
import type { AppShell } from './app-shell';

export interface VisitInput {
  template?: string;
  vendor?: string;
  site?: string;
  /** The day meant, yyyy-mm-dd: typed as the UI language shows days (14.04.2025, 14 Apr 2025); other text as is. */
  dateFrom?: string;
  dateTo?: string;
  evaluators?: string;
  target?: 'A' | 'B' | 'C';
  seats?: string;
  claimed?: '' | 'A' | 'B' | 'C';
}

/** The visit list (#/visits). */
export class VisitsPage {
  constructor(readonly shell: AppShell) {}
  private t = (key: string, o?: Record<string, unknown>) => this.shell.t('visits', key, o);
  private get page() { return this.shell.page; }

  heading() { return this.page.getByRole('heading', { level: 1, name: this.t('title') }); }
  newVisitLink() { return this.page.getByRole('link', { name: this.t('newVisit'), exact: true }); }
  showArchived() { return this.page.getByRole('checkbox', { name: this.t('showArchived') }); }
  list() { return this.page.getByRole('list', { name: this.t('listLabel') }); }
  card(vendor: string): Locator { return this.page.getByRole('article', { name: vendor, exact: true }); }
  /** The visit's days as its card states them. */
  cardDates(vendor: string): Locator {
    return this.card(vendor).getByRole('term').filter({ hasText: new RegExp(`^${this.t('dates')}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  async waitReady(): Promise<void> {
    await this.heading().waitFor();
    await this.page.locator('.visit-list, .empty').first().waitFor();
  }

  /** Vendor names in list order. */
  async vendors(): Promise<string[]> {
    if (!(await this.list().count())) return [];
    return this.list().getByRole('heading', { level: 2 }).allTextContents();
  }

  async openNew(): Promise<void> {
    await this.newVisitLink().click();
    await this.page.getByRole('heading', { level: 1, name: this.t('newVisit') }).waitFor();
  }

  async edit(vendor: string): Promise<void> {
    await this.card(vendor).getByRole('link', { name: this.t('edit'), exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: new RegExp(this.t('editVisit')) }).waitFor();
  }

  async archive(vendor: string): Promise<void> {
    await this.card(vendor).getByRole('button', { name: this.t('archive'), exact: true }).click();
  }

  async restore(vendor: string): Promise<void> {
    await this.card(vendor).getByRole('button', { name: this.t('restore'), exact: true }).click();
  }

  async askDelete(vendor: string): Promise<Locator> {
    await this.card(vendor).getByRole('button', { name: this.t('delete'), exact: true }).click();
    const dialog = this.deleteDialog();
    await dialog.waitFor();
    return dialog;
  }

  deleteDialog(): Locator { return this.page.getByRole('alertdialog', { name: this.t('deleteTitle') }); }
  confirmDeleteButton(): Locator { return this.deleteDialog().getByRole('button', { name: this.t('deleteConfirm') }); }
  cancelDeleteButton(): Locator { return this.deleteDialog().getByRole('button', { name: this.t('cancel') }); }
}

/** The new/edit visit form. */
export class VisitFormPage {
  constructor(readonly shell: AppShell) {}
  private t = (key: string, o?: Record<string, unknown>) => this.shell.t('visits', key, o);
  private get page() { return this.shell.page; }

  private static ROLES: Record<string, 'textbox' | 'combobox'> = { fTemplate: 'combobox', fClaimed: 'combobox' };
  field(labelKey: string): Locator {
    return this.page.getByRole(VisitFormPage.ROLES[labelKey] ?? 'textbox', { name: this.t(labelKey), exact: true });
  }
  targetRadio(category: 'A' | 'B' | 'C'): Locator {
    return this.page.getByRole('group', { name: this.t('fTarget') }).getByRole('radio', { name: category, exact: true });
  }
  errorSummary(): Locator { return this.page.getByRole('alert').filter({ hasText: this.t('errorSummary') }); }

  /** What describes a control (its error and hint), as a screen reader announces it after the name. */
  async description(labelKey: string): Promise<string> {
    const field = this.field(labelKey);
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
    const texts = await Promise.all(ids.map((id) => this.page.locator(`[id="${id}"]`).innerText()));
    return texts.join(' ');
  }

  /** A day as the form shows and takes it in the current UI language; text that is not yyyy-mm-dd stays as typed. */
  shown(day: string): string { return /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDay(day, this.shell.lang) : day; }

  async fill(v: VisitInput): Promise<void> {
    if (v.template !== undefined) await this.field('fTemplate').selectOption(v.template);
    if (v.vendor !== undefined) await this.field('fVendor').fill(v.vendor);
    if (v.site !== undefined) await this.field('fSite').fill(v.site);
    if (v.dateFrom !== undefined) await this.field('fDateFrom').fill(this.shown(v.dateFrom));
    if (v.dateTo !== undefined) await this.field('fDateTo').fill(this.shown(v.dateTo));
    if (v.evaluators !== undefined) await this.field('fEvaluators').fill(v.evaluators);
    if (v.target !== undefined) await this.targetRadio(v.target).check();
    if (v.seats !== undefined) await this.field('fSeats').fill(v.seats);
    if (v.claimed !== undefined) await this.field('fClaimed').selectOption(v.claimed);
  }

  async submitNew(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('create'), exact: true }).click();
  }

  async submitEdit(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('save'), exact: true }).click();
  }
}

/** The way every visit test starts: from the visit list, the new-visit form filled and created, on the visit page. */
export async function createVisit(s: Pick<AppSession, 'open'>, shell: AppShell, input: VisitInput): Promise<void> {
  const list = new VisitsPage(shell);
  const form = new VisitFormPage(shell);
  await s.open('#/visits');
  await list.waitReady();
  await list.openNew();
  await form.fill(input);
  await form.submitNew();
  await shell.page.waitForURL(/#\/visits\/[0-9a-f-]{36}$/);
}
