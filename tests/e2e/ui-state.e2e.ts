import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../renderer/domain/template/schema';
import { AppShell } from './pages/app-shell';
import { createVisit } from './pages/visits-page';
import { VisitPageObject } from './pages/visit-page';
import { closeClean, favicon, launchApp, skipReason, type AppSession } from './support/browser';
import { uiState } from './support/ui-state';

const template = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../templates/callcenter-inbound.json'), 'utf8')) as Template;
const VENDOR = 'Kill Test Dnipro';

/**
 * The UI language and the last open question live in the database: a kill can lose localStorage's last writes (and a
 * user or cleaner can wipe it), and neither may then cost the evaluator their language or place.
 */
describe.skipIf(skipReason() !== '')('UI state survives losing localStorage', () => {
  let s: AppSession;
  let shell: AppShell;
  let v: VisitPageObject;
  let visitUrl = '';

  beforeAll(async () => {
    s = await launchApp();
    // Records the language and text of the first content the app puts on screen, before any later change.
    await s.context.addInitScript(() => {
      const w = window as unknown as { firstPaint?: { lang: string; text: string } };
      new MutationObserver((_, observer) => {
        const root = document.getElementById('root');
        if (!root?.firstElementChild || w.firstPaint) return;
        w.firstPaint = { lang: document.documentElement.lang, text: root.textContent ?? '' };
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    shell = new AppShell(s.page, 'ru');
    await s.open('#/visits');
    v = new VisitPageObject(shell, template);
  });

  afterAll(() => closeClean(s, favicon));

  const firstPaint = () => s.page.evaluate(() => (window as unknown as { firstPaint?: { lang: string; text: string } }).firstPaint);

  it('keeps the chosen language in the database and shows it from the first paint after localStorage is cleared', async () => {
    await shell.setLanguage('uk');
    expect((await uiState(s.page)).lang).toBe('uk');
    await s.page.evaluate(() => localStorage.clear());
    await s.page.reload();
    await shell.navLink('navVisits').waitFor();
    expect(await shell.htmlLang()).toBe('uk');
    await expect.poll(() => shell.pageHeading().innerText()).toBe('Візити');
    // No flash of Russian (the default) before the database answered.
    const first = await firstPaint();
    expect(first?.lang).toBe('uk');
    expect(first?.text).toContain('Візити');
    expect(first?.text).not.toContain('Визиты');
  });

  it('reopens a visit at the last open question after localStorage is cleared', async () => {
    await createVisit(s, shell, {
      template: `${template.id}@${template.version}`, vendor: VENDOR, site: 'Dnipro, Yavornytskoho 1', dateFrom: '2025-05-12',
      evaluators: 'Taras Melnyk', target: 'A', seats: '30',
    });
    visitUrl = s.page.url();
    await v.waitReady(VENDOR);
    await v.openQuestion(12);
    await expect.poll(async () => Object.entries(await uiState(s.page)).find(([k]) => k.endsWith(':question'))?.[1]).toBe(v.question(12).id);
    await s.page.evaluate(() => localStorage.clear());
    await s.page.reload();
    await v.waitReady(VENDOR);
    await s.page.getByRole('heading', { level: 2, name: v.title(12), exact: true }).waitFor();
    expect(s.page.url()).toBe(visitUrl);
    expect(await shell.htmlLang()).toBe('uk');
  });
});
