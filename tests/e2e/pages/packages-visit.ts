import type { Locator, Page } from 'playwright-core';
import type { Lang } from '../../../renderer/domain/template/schema';
import { strings, type Ns } from '../support/strings';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Just enough of the visit checklist (features/visit) to capture an observation, for the packages tests. */
export class VisitChecklistPage {
  constructor(readonly page: Page, public lang: Lang = 'en') {}
  private t = (ns: Ns, key: string, o?: Record<string, unknown>) => strings(this.lang, ns)(key, o);

  /** The navigation button of a question, whatever its status. */
  question(number: number, title: string): Locator {
    const pattern = escape(this.t('visit', 'nav.item', { number, title, status: '\u0000' })).replace('\u0000', '.+');
    return this.page.getByRole('button', { name: new RegExp(`^${pattern}$`) });
  }

  step(prompt: string): Locator { return this.page.getByRole('region', { name: prompt, exact: true }); }

  async chooseOutcome(prompt: string, outcome: 'seen' | 'not-seen' | 'not-shown'): Promise<void> {
    await this.step(prompt).getByRole('radio', { name: this.t('visit', `outcome.${outcome}`), exact: true }).check();
  }

  outcome(prompt: string, outcome: 'seen' | 'not-seen' | 'not-shown'): Locator {
    return this.step(prompt).getByRole('radio', { name: this.t('visit', `outcome.${outcome}`), exact: true });
  }

  async openChecklist(): Promise<void> {
    await this.page.getByRole('tab', { name: this.t('visit', 'tabs.checklist'), exact: true }).click();
    await this.page.getByRole('tabpanel', { name: this.t('visit', 'tabs.checklist'), exact: true }).waitFor();
  }

  /** The visit page's "Share / merge" tab, which holds the packages panel and the conflict review. */
  shareTab(): Locator { return this.page.getByRole('tab', { name: this.t('visit', 'tabs.share'), exact: true }); }
  async openShare(): Promise<void> {
    await this.shareTab().click();
    await this.page.getByRole('tabpanel', { name: this.t('visit', 'tabs.share'), exact: true }).waitFor();
  }

  /** The open-conflicts count in the visit summary, a link to the conflict review while any are open. */
  summaryConflictsLink(count: number): Locator {
    return this.page.getByRole('region', { name: this.t('visit', 'summary.label'), exact: true })
      .getByRole('link', { name: this.t('visit', 'summary.conflicts', { count }), exact: true });
  }

  /** The evaluator name form on the visits home (shown until a name is set). */
  async setAuthor(name: string): Promise<void> {
    await this.page.getByRole('textbox', { name: this.t('about', 'authorLabel'), exact: true }).fill(name);
    await this.page.getByRole('button', { name: this.t('about', 'authorSave'), exact: true }).click();
  }
}
