import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../../renderer/domain/template/schema';
import { AppShell } from '../pages/app-shell';
import { ClosingPageObject } from '../pages/closing-page';
import { createVisit } from '../pages/visits-page';
import { VisitPageObject } from '../pages/visit-page';
import { closeClean, favicon, launchApp, skipReason, type AppSession } from '../support/browser';

const template = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../templates/callcenter-inbound.json'), 'utf8')) as Template;
const VENDOR = 'Call Point Lviv';
const seatsId = template.sections[0].questions[0].id;

describe.skipIf(skipReason() !== '')('closing meeting', () => {
  let s: AppSession;
  let shell: AppShell;
  let v: VisitPageObject;
  let c: ClosingPageObject;

  beforeAll(async () => {
    s = await launchApp({ width: 1366, height: 900 });
    shell = new AppShell(s.page, 'ru');
    await s.open('#/visits');
    await shell.setLanguage('en');
    v = new VisitPageObject(shell, template);
    c = new ClosingPageObject(shell);
  });

  afterAll(() => closeClean(s, favicon));

  it('creates a visit with a discrepancy: 250 seats claimed, 184 counted', async () => {
    await createVisit(s, shell, {
      template: `${template.id}@${template.version}`, vendor: VENDOR, site: 'Lviv, Horodotska 5', dateFrom: '2025-03-10',
      evaluators: 'Olena Koval', target: 'A', seats: '40',
    });
    await v.waitReady(VENDOR);
    await v.tab('claims').click();
    const claim = v.claimField(1, 'seats');
    await claim.fill('250');
    await claim.press('Tab');
    await v.tab('checklist').click();
    await v.openQuestion(1);
    const step = v.step(1, 'count-seats');
    await v.countInput(step).fill('184');
    await v.countInput(step).blur();
    await v.waitSaved(step);
  });

  it('shows the discrepancy at the closing meeting; the vendor disputes it, both sides draw their signature and sign', async () => {
    await c.open();
    const discrepancy = c.finding(`discrepancy:${seatsId}`);
    await discrepancy.waitFor();
    expect(await discrepancy.innerText()).toMatch(/Claimed: 250 — found: 184/);
    const count = await c.findings().count();
    expect(count).toBeGreaterThan(1);
    // Large text by default, for reading across a table.
    expect(await c.screen().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(18);

    const keys = await c.findings().evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('cl-finding-'.length)));
    const n = keys.indexOf(`discrepancy:${seatsId}`) + 1;
    for (let i = 1; i <= count; i++) await c.answer(i, i === n ? 'dispute' : 'accept');
    await c.comment(n).fill('Hall 2 was not shown: 60 more seats there');
    await c.representativeName().fill('Petro Ivanenko');
    await c.representativeRole().fill('Site director');
    await c.draw('evaluator');
    await c.draw('vendor');
    await expect.poll(() => c.screen().getByText(c.t('signature.drawnNote'), { exact: true }).count()).toBe(2);
    await c.signAndClose();
    expect(await c.signedFinding(`discrepancy:${seatsId}`).innerText()).toContain('Hall 2 was not shown');
  });

  it('keeps the signed state across a reload, with both drawn signatures', async () => {
    await s.page.reload();
    await v.waitReady(VENDOR);
    await c.open();
    await c.signed().waitFor();
    const text = await c.signed().innerText();
    expect(text).toContain(c.t('signed.hashOk'));
    expect(text).toContain(c.t('signed.representative', { name: 'Petro Ivanenko', role: 'Site director' }));
    expect(text).toContain(c.t('answer.dispute'));
    const images = c.signed().getByRole('img');
    expect(await images.count()).toBe(2);
    // Each image is a real PNG stroke, stored with its SHA-256.
    expect(await images.first().evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(100);
    expect(text.match(/SHA-256 of the image: [0-9a-f]{64}/g)).toHaveLength(2);
    expect(await c.changes().innerText()).toContain(c.t('changes.none'));
  });

  it('shows an answer changed after the meeting as a post-meeting change', async () => {
    await v.tab('checklist').click();
    await v.openQuestion(1);
    const step = v.step(1, 'count-seats');
    await v.countInput(step).fill('190');
    await v.countInput(step).blur();
    await v.waitSaved(step);
    await c.open();
    await c.signed().waitFor();
    const changes = await c.changes().innerText();
    expect(changes).toContain(c.t('change.changed'));
    expect(changes).toContain('At the meeting: Claimed: 250 — found: 184');
    expect(changes).toMatch(/Now: Claimed: 250 — found: 190/);
    expect(await c.signedFinding(`discrepancy:${seatsId}`).getByTestId('cl-change-mark').count()).toBe(1);
  });
});
