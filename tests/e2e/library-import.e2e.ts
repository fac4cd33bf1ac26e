import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { miniTemplate, miniText } from '../renderer/domain/template/mini-template';
import { AppShell } from './pages/app-shell';
import { LibraryPage } from './pages/library-page';
import { VisitFormPage } from './pages/visits-page';
import { launchApp, skipReason, type AppSession } from './support/browser';

const title = 'Quick visit (ru)';
const question = 'Agent seats (ru)';

describe.skipIf(skipReason() !== '')('library: own checklists from files', () => {
  let s: AppSession;
  let shell: AppShell;
  let lib: LibraryPage;

  beforeAll(async () => {
    s = await launchApp();
    shell = new AppShell(s.page, 'ru');
    lib = new LibraryPage(shell);
    await s.open('#/library');
    await lib.waitReady();
  });

  afterAll(async () => {
    const { offsite, errors } = s;
    await s.close();
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('starts with no own checklist', async () => {
    await lib.ownSection().getByText(shell.t('library', 'ownNone')).waitFor();
    expect(await lib.ownItems().count()).toBe(0);
  });

  it('adds a valid file, says so and shows its questions marked as own', async () => {
    await lib.addFile('quick.json', miniText());
    const done = shell.t('library', 'added', { title, version: '1.0.0', file: 'quick.json' });
    await s.page.getByRole('status').filter({ hasText: done }).waitFor();
    await shell.page.waitForURL(/#\/library\/quick-visit(%40|@)1\.0\.0$/);
    await expect.poll(async () => lib.count()).toEqual({ shown: 1, total: 1 });
    expect(await lib.question(question).count()).toBe(1);
    expect(await lib.ownItems().count()).toBe(1);
    expect(await lib.ownItems().first().innerText()).toContain(shell.t('library', 'own'));
    expect(await lib.ownItems().first().innerText()).toContain(title);
    const option = lib.templateSelect().getByRole('option', { name: `${title} · 1.0.0 (${shell.t('library', 'own')})` });
    expect(await option.count()).toBe(1);
  });

  it('refuses a broken file and lists each problem with the file and the field', async () => {
    const broken = miniTemplate({ id: 'broken-list', version: 'one' });
    const text = JSON.stringify(broken).replace('"number":1', '"number":"first"');
    await lib.addFile('broken.json', text);
    const alert = s.page.getByRole('alert').filter({ hasText: shell.t('library', 'err_invalid', { file: 'broken.json', count: 2 }) });
    await alert.waitFor();
    const lines = await alert.getByRole('listitem').allInnerTexts();
    expect(lines).toHaveLength(2);
    expect(lines.some((l) => l.startsWith('broken.json: version: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('broken.json: sections[floor].questions[agent-seats].number: '))).toBe(true);
    // The details are in the UI language, not English under a translated title.
    expect(lines).toContain(`broken.json: version: ${shell.t('library', 'issue.versionFormat')}`);
    expect(lines).toContain(`broken.json: sections[floor].questions[agent-seats].number: ${shell.t('library', 'issue.zod.invalidType', { expected: 'number' })}`);
    expect(lines.join('\n')).not.toMatch(/version is major|expected number/);
    expect(await lib.ownItems().count()).toBe(1);
  });

  it('refuses a file that copies a shipped checklist’s id and version', async () => {
    await lib.addFile('copy.json', miniText({ id: 'callcenter-inbound', version: '1.0.0' }));
    const message = shell.t('library', 'err_shipped', { file: 'copy.json', id: 'callcenter-inbound', version: '1.0.0' });
    await s.page.getByRole('alert').filter({ hasText: message }).waitFor();
    expect(await lib.ownItems().count()).toBe(1);
  });

  it('lets a new visit use the own checklist and runs it', async () => {
    await s.open('#/visits/new');
    const form = new VisitFormPage(shell);
    await form.fill({
      template: 'quick-visit@1.0.0', vendor: 'Own List Vendor', site: 'Odesa', dateFrom: '2025-05-05', evaluators: 'Olena', target: 'B', seats: '30',
    });
    await form.submitNew();
    await s.page.waitForURL(/#\/visits\/[0-9a-f-]{36}$/);
    await s.page.getByRole('heading', { level: 2, name: question }).waitFor();
  });

  it('will not remove a checklist a visit uses, and keeps it after a reload', async () => {
    await s.open('#/library');
    await lib.waitReady();
    await lib.removeButton(title, '1.0.0').click();
    const dialog = lib.removeDialog();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: shell.t('library', 'remove'), exact: true }).click();
    const inUse = shell.t('library', 'err_in-use', { id: 'quick-visit', version: '1.0.0', count: 1, vendors: 'Own List Vendor' });
    await dialog.getByRole('alert').filter({ hasText: inUse }).waitFor();
    await dialog.getByRole('button', { name: shell.t('ui', 'cancel'), exact: true }).click();

    await s.page.reload();
    await lib.waitReady();
    expect(await lib.ownItems().count()).toBe(1);
  });

  it('removes an unused checklist after confirmation', async () => {
    await lib.addFile('quick-11.json', miniText({ version: '1.1.0' }));
    await expect.poll(() => lib.ownItems().count()).toBe(2);
    await lib.removeButton(title, '1.1.0').click();
    await lib.removeDialog().getByRole('button', { name: shell.t('library', 'remove'), exact: true }).click();
    await s.page.getByRole('status').filter({ hasText: shell.t('library', 'removed') }).waitFor();
    await expect.poll(() => lib.ownItems().count()).toBe(1);
    expect(await lib.removeButton(title, '1.0.0').count()).toBe(1);
  });

  it('picks the file through a button in the app’s language, not the browser’s', async () => {
    const button = lib.ownSection().getByRole('button', { name: shell.t('ui', 'chooseFile'), exact: true });
    expect(await button.innerText()).toBe('Выбрать файл…');
    expect(await lib.ownSection().getByText('Файл не выбран', { exact: true }).count()).toBe(1);
    const [chooser] = await Promise.all([s.page.waitForEvent('filechooser'), button.click()]);
    await chooser.setFiles({ name: 'quick-12.json', mimeType: 'application/json', buffer: Buffer.from(miniText({ version: '1.2.0' }), 'utf8') });
    await expect.poll(() => lib.ownItems().count()).toBe(2);
    expect(await lib.removeButton(title, '1.2.0').count()).toBe(1);
  });
});
