import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import type { Lang } from '../../../renderer/domain/template/schema';
import { strings } from '../support/strings';

const tr = (lang: Lang) => strings(lang, 'packages');
/** A field's label as shown: the text, then at most the required-field star (password fields have no role to match by name). */
const labelled = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

export interface DownloadedFile { name: string; buffer: Buffer }

/** The packages panel of a visit page: export, import, shared folder. */
export class PackagesPanelPage {
  constructor(readonly page: Page, public lang: Lang = 'en') {}
  private t = (key: string, o?: Record<string, unknown>) => tr(this.lang)(key, o ?? {}) as string;

  region(): Locator { return this.page.getByRole('region', { name: this.t('panel.title'), exact: true }); }
  exportButton(): Locator { return this.region().getByRole('button', { name: this.t('export.button'), exact: true }); }
  protectToggle(): Locator { return this.region().getByRole('checkbox', { name: this.t('protect.toggle') }); }
  passphrase(): Locator { return this.region().getByLabel(labelled(this.t('protect.pass'))); }
  passphraseConfirm(): Locator { return this.region().getByLabel(labelled(this.t('protect.confirm'))); }
  importInput(): Locator { return this.region().getByLabel(this.t('import.label'), { exact: true }); }
  /** The report of the last import (a status when it worked, an alert when it did not). */
  report(): Locator { return this.region().locator('.pk-report'); }
  openConflictsLink(): Locator { return this.region().getByRole('link', { name: new RegExp(this.t('panel.openConflicts', { count: '\\d+' })) }); }
  syncNote(): Locator { return this.region().getByRole('note'); }

  /** Clicks export and returns the downloaded file (a browser saves by downloading). */
  async exportVisit(passphrase?: string): Promise<DownloadedFile> {
    if (passphrase !== undefined) {
      await this.protectToggle().check();
      await this.passphrase().fill(passphrase);
      await this.passphraseConfirm().fill(passphrase);
    }
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportButton().click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), buffer: await readFile(path) };
  }

  async importFile(file: DownloadedFile): Promise<void> {
    await this.importInput().setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
  }

  passphraseDialog(): Locator { return this.page.getByRole('dialog', { name: this.t('pass.title') }); }
  async enterPassphrase(passphrase: string): Promise<void> {
    const dialog = this.passphraseDialog();
    await dialog.getByLabel(labelled(this.t('pass.field'))).fill(passphrase);
    await dialog.getByRole('button', { name: this.t('pass.open'), exact: true }).click();
  }
}

/** The shared-folder part of the packages panel where the desktop bridge exists: the folder, and the folders granted. */
export class SyncFolderPage {
  constructor(readonly page: Page, public lang: Lang = 'en') {}
  private t = (key: string, o?: Record<string, unknown>) => tr(this.lang)(key, o ?? {}) as string;

  region(): Locator { return this.page.getByRole('region', { name: this.t('panel.title'), exact: true }); }
  chooseButton(): Locator { return this.region().getByRole('button', { name: this.t('sync.choose'), exact: true }); }
  changeButton(): Locator { return this.region().getByRole('button', { name: this.t('sync.change'), exact: true }); }
  syncNowButton(): Locator { return this.region().getByRole('button', { name: this.t('sync.now'), exact: true }); }
  folderLine(path: string | null): Locator {
    return this.region().getByText(path === null ? this.t('sync.noFolder') : this.t('sync.folder', { path }), { exact: true });
  }
  /** The "folders SiteProof may use" section, found by its heading. */
  access(): Locator { return this.region().getByRole('region', { name: this.t('access.title'), exact: true }); }
  grantedList(): Locator { return this.access().getByRole('list', { name: this.t('access.title'), exact: true }); }
  async granted(): Promise<string[]> {
    if (!(await this.grantedList().isVisible())) return [];
    return (await this.grantedList().getByRole('listitem').allInnerTexts()).map((text) => text.replace(this.t('access.revoke'), '').trim());
  }
  noneNote(): Locator { return this.access().getByText(this.t('access.none'), { exact: true }); }
  revokeButton(path: string): Locator { return this.access().getByRole('button', { name: this.t('access.revokeNamed', { path }), exact: true }); }
  revokedStatus(path: string): Locator { return this.access().getByRole('status').filter({ hasText: this.t('access.revoked', { path }) }); }
}

/** The conflict review of a visit page. */
export class ConflictReviewPage {
  constructor(readonly page: Page, public lang: Lang = 'en') {}
  private t = (key: string, o?: Record<string, unknown>) => tr(this.lang)(key, o ?? {}) as string;

  region(): Locator { return this.page.getByRole('region', { name: this.t('conflicts.title'), exact: true }); }
  count(): Locator { return this.region().getByTestId('open-conflicts'); }
  async openCount(): Promise<number> {
    const text = await this.count().innerText();
    return Number(/(\d+)/.exec(text)?.[1] ?? NaN);
  }
  conflict(questionNumber: number, title: string): Locator {
    return this.region().getByRole('article', { name: this.t('conflicts.question', { number: questionNumber, title }), exact: true });
  }
  /** The radio of the answer an author gave, named "Answer of <author>, saved …". */
  choice(conflict: Locator, author: string): Locator {
    return conflict.getByRole('radio', { name: new RegExp(`^${this.t('conflicts.keep', { author, at: 'AT' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('AT', '.+')}$`) });
  }
  async resolve(conflict: Locator, author: string, reason: string): Promise<void> {
    await this.choice(conflict, author).check();
    await conflict.getByRole('textbox', { name: this.t('conflicts.reason'), exact: true }).fill(reason);
    await conflict.getByRole('button', { name: this.t('conflicts.resolve'), exact: true }).click();
  }
}

/** The home page's backup panel. */
export class BackupPanelPage {
  constructor(readonly page: Page, public lang: Lang = 'en') {}
  private t = (key: string, o?: Record<string, unknown>) => tr(this.lang)(key, o ?? {}) as string;

  region(): Locator { return this.page.getByRole('region', { name: this.t('backup.title'), exact: true }); }
  async exportBackup(): Promise<DownloadedFile> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.region().getByRole('button', { name: this.t('backup.export'), exact: true }).click(),
    ]);
    return { name: download.suggestedFilename(), buffer: await readFile(await download.path()) };
  }
  async restore(file: DownloadedFile): Promise<void> {
    await this.region().getByLabel(this.t('backup.importLabel'), { exact: true })
      .setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
  }
  report(): Locator { return this.region().locator('.pk-report'); }
}
