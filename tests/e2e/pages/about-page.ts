import type { AppShell } from './app-shell';

/** About & storage (#/about). */
export class AboutPage {
  constructor(readonly shell: AppShell) {}
  private t = (key: string, o?: Record<string, unknown>) => this.shell.t('about', key, o);
  private get page() { return this.shell.page; }

  heading() { return this.page.getByRole('heading', { level: 1, name: this.t('title') }); }
  section(key: 'app' | 'evaluator' | 'storage') { return this.page.getByRole('region', { name: this.t(key) }); }
  nameField() { return this.section('evaluator').getByRole('textbox', { name: this.t('authorLabel'), exact: true }); }

  /** The value next to a label in one of the fact lists. */
  fact(labelKey: string) {
    const exact = new RegExp(`^${this.t(labelKey).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.page.locator('dt', { hasText: exact }).locator('xpath=following-sibling::dd[1]');
  }

  async saveName(name: string): Promise<void> {
    await this.nameField().fill(name);
    await this.section('evaluator').getByRole('button', { name: this.t('authorSave') }).click();
  }
}
