import type { Locator } from 'playwright-core';
import type { AppShell } from './app-shell';

export type CategoryChoice = 'all' | 'A' | 'B' | 'C';

/** The question library (#/library). */
export class LibraryPage {
  constructor(readonly shell: AppShell) {}
  private t = (key: string, o?: Record<string, unknown>) => this.shell.t('library', key, o);
  private get page() { return this.shell.page; }

  heading() { return this.page.getByRole('heading', { level: 1, name: this.t('title') }); }
  templateSelect() { return this.page.getByRole('combobox', { name: this.t('template'), exact: true }); }
  categoryGroup() { return this.page.getByRole('group', { name: this.t('category') }); }
  categoryButton(c: CategoryChoice): Locator {
    return this.categoryGroup().getByRole('button', { name: c === 'all' ? this.t('all') : c, exact: true });
  }
  search() { return this.page.getByRole('searchbox', { name: this.t('search') }); }
  questions() { return this.page.getByRole('article'); }
  question(title: string) { return this.page.getByRole('article', { name: title }); }

  /** The user's own checklists: the file picker, what it says, and the list. */
  addFromFile() { return this.page.getByLabel(this.t('addFromFile'), { exact: true }); }
  ownSection() { return this.page.getByRole('region', { name: this.t('ownTitle') }); }
  ownItems() { return this.ownSection().getByRole('list', { name: this.t('ownTitle') }).getByRole('listitem'); }
  removeButton(title: string, version: string) {
    return this.ownSection().getByRole('button', { name: this.t('removeLabel', { title, version }), exact: true });
  }
  removeDialog() { return this.page.getByRole('alertdialog', { name: this.t('removeTitle') }); }

  async addFile(name: string, text: string): Promise<void> {
    await this.addFromFile().setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  }

  async waitReady(): Promise<void> {
    await this.heading().waitFor();
    await this.categoryGroup().waitFor();
  }

  async chooseCategory(c: CategoryChoice): Promise<void> {
    await this.categoryButton(c).click();
  }

  /** "Shown: N of M" as numbers, read from the visible text. */
  async count(): Promise<{ shown: number; total: number }> {
    const text = await this.page.locator('.library-count').innerText();
    const numbers = (text.match(/\d+/g) ?? []).map(Number);
    if (numbers.length < 2) throw new Error(`No count in "${text}"`);
    return { shown: numbers[0], total: numbers[1] };
  }
}
