import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../../renderer/domain/template/schema';
import { AppShell } from '../pages/app-shell';
import { createVisit } from '../pages/visits-page';
import { VisitPageObject } from '../pages/visit-page';
import { closeClean, favicon, launchApp, skipReason, type AppSession } from '../support/browser';

const template = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../templates/callcenter-inbound.json'), 'utf8')) as Template;
const VENDOR = 'Certificate Check Odesa';

describe.skipIf(skipReason() !== '')('document dates and the certificate asked for (question 27)', () => {
  let s: AppSession;
  let shell: AppShell;
  let v: VisitPageObject;

  beforeAll(async () => {
    s = await launchApp({ width: 1366, height: 768 });
    shell = new AppShell(s.page, 'ru');
    await s.open('#/visits');
    await shell.setLanguage('en');
    v = new VisitPageObject(shell, template);
    await createVisit(s, shell, {
      template: `${template.id}@${template.version}`, vendor: VENDOR, site: 'Odesa, Derybasivska 5', dateFrom: '2025-03-10',
      evaluators: 'Olena Koval', target: 'A', seats: '40',
    });
    await v.waitReady(VENDOR);
  });

  afterAll(() => closeClean(s, favicon));

  it('says a copy and ISO 27001 are asked for', async () => {
    await v.openQuestion(27);
    const step = v.step(27, 'certificate');
    await step.getByText(v.t('document.copyAsked')).waitFor();
    await step.getByText(v.t('document.standardAsked', { standard: 'ISO 27001' })).waitFor();
  });

  it('refuses "30/06/27" and a day that does not exist with a message, keeps nothing of them, then saves a real date typed as shown', async () => {
    const step = v.step(27, 'certificate');
    await step.getByLabel(v.t('document.obtained'), { exact: true }).check();
    await v.waitSaved(step);
    const validUntil = v.docDate(step, 'validUntil');
    // The field shows the UI language's format, not the browser's.
    expect(await validUntil.getAttribute('type')).toBe('text');
    for (const typed of ['30/06/27', '31 Feb 2027']) {
      await validUntil.fill(typed);
      await validUntil.blur();
      await step.getByText(v.docDateInvalid(typed)).waitFor();
      expect(await validUntil.getAttribute('aria-invalid')).toBe('true');
    }

    // Not saved: after a reload the field is empty, and the step is still open.
    await s.page.reload();
    await v.waitReady(VENDOR);
    await v.openQuestion(27);
    const again = v.step(27, 'certificate');
    const field = v.docDate(again, 'validUntil');
    expect(await field.inputValue()).toBe('');

    await field.fill(v.day('2027-06-30'));
    await field.blur();
    await v.waitSaved(again);
    expect(await again.getByText(v.docDateInvalid('30/06/27')).count()).toBe(0);
    await s.page.reload();
    await v.waitReady(VENDOR);
    await v.openQuestion(27);
    expect(await v.docDate(v.step(27, 'certificate'), 'validUntil').inputValue()).toBe('30 Jun 2027');
  });
});
