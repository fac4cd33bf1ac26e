import type { Locator, Page } from 'playwright-core';
import { strings } from '../support/strings';
import type { AppShell } from './app-shell';

/** The visit's "Closing meeting" tab: findings with the vendor's answers, names, signature canvases, sign-off. */
export class ClosingPageObject {
  constructor(readonly shell: AppShell) {}

  get page(): Page { return this.shell.page; }
  t = (key: string, o?: Record<string, unknown>): string => strings(this.shell.lang, 'closing')(key, o);

  tab(): Locator { return this.page.getByRole('tab', { name: strings(this.shell.lang, 'visit')('tabs.closing'), exact: true }); }
  screen(): Locator { return this.page.getByTestId('closing-screen'); }

  async open(): Promise<void> {
    await this.tab().click();
    await this.screen().waitFor();
  }

  /** A finding of the open meeting, by its key (`discrepancy:<questionId>` …). */
  finding(key: string): Locator { return this.page.getByTestId(`cl-finding-${key}`); }
  findings(): Locator { return this.page.locator('[data-testid^="cl-finding-"]'); }

  async answer(n: number, answer: 'accept' | 'dispute'): Promise<void> {
    await this.page.getByRole('group', { name: this.t('response.label', { n }), exact: true })
      .getByRole('button', { name: this.t(`response.${answer}`), exact: true }).click();
  }

  // By role: the accessible name leaves out the required mark (aria-hidden), the label's text does not.
  comment(n: number): Locator { return this.page.getByRole('textbox', { name: this.t('response.comment', { n }), exact: true }); }
  representativeName(): Locator { return this.page.getByRole('textbox', { name: this.t('representative.name'), exact: true }); }
  representativeRole(): Locator { return this.page.getByRole('textbox', { name: this.t('representative.role'), exact: true }); }

  canvas(side: 'evaluator' | 'vendor'): Locator {
    return this.page.getByRole('img', { name: this.t('signature.canvas', { who: this.t(`signature.${side}`) }), exact: true });
  }

  /** Draws a stroke across the canvas with the mouse (pointer events, as a pen or finger would). */
  async draw(side: 'evaluator' | 'vendor'): Promise<void> {
    const canvas = this.canvas(side);
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('signature canvas not visible');
    const m = this.page.mouse;
    await m.move(box.x + 30, box.y + box.height * 0.6);
    await m.down();
    for (let i = 1; i <= 12; i++) await m.move(box.x + 30 + i * 30, box.y + box.height * (0.6 + (i % 2 ? -0.25 : 0.2)), { steps: 3 });
    await m.up();
  }

  async signAndClose(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('sign.button'), exact: true }).first().click();
    const dialog = this.page.getByRole('alertdialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: this.t('sign.button'), exact: true }).click();
    await this.signed().waitFor();
  }

  signed(): Locator { return this.page.getByTestId('cl-signed'); }
  signedFinding(key: string): Locator { return this.page.getByTestId(`cl-signed-${key}`); }
  changes(): Locator { return this.page.getByTestId('cl-changes'); }
}
