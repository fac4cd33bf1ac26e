import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../../renderer/domain/template/schema';
import { AppShell } from '../pages/app-shell';
import { createVisit } from '../pages/visits-page';
import { TimerRecoveryObject } from '../pages/timer-recovery';
import { VisitPageObject } from '../pages/visit-page';
import { closeClean, favicon, launchApp, skipReason, type AppSession } from '../support/browser';

const template = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../templates/callcenter-inbound.json'), 'utf8')) as Template;
const VENDOR = 'Contact Pro Kharkiv';

/** A JPEG made by the browser itself, so the fixture is real image data and no binary sits in the repo. */
async function makeJpeg(s: AppSession): Promise<Buffer> {
  const b64 = await s.page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 800;
    c.height = 600;
    const g = c.getContext('2d')!;
    g.fillStyle = '#2d6a4f';
    g.fillRect(0, 0, 800, 600);
    g.fillStyle = '#ffffff';
    g.font = '64px sans-serif';
    g.fillText('Floor 2: 96 seats', 40, 300);
    return c.toDataURL('image/jpeg', 0.85).split(',')[1];
  });
  return Buffer.from(b64, 'base64');
}

describe.skipIf(skipReason() !== '')('on-site visit', () => {
  let s: AppSession;
  let shell: AppShell;
  let v: VisitPageObject;
  let picked: string[] = [];

  beforeAll(async () => {
    s = await launchApp({ width: 1366, height: 768 });
    shell = new AppShell(s.page, 'ru');
    await s.open('#/visits');
    await shell.setLanguage('uk');
    v = new VisitPageObject(shell, template);
  });

  afterAll(() => closeClean(s, favicon));

  it('creates a visit and opens its checklist', async () => {
    await createVisit(s, shell, {
      template: `${template.id}@${template.version}`, vendor: VENDOR, site: 'Kharkiv, Sumska 10', dateFrom: '2025-03-10',
      evaluators: 'Olena Koval', target: 'A', seats: '40',
    });
    await v.waitReady(VENDOR);
    // Only the questions of the target category are listed: all 33 apply to A.
    expect(await v.nav().getByRole('listitem').count()).toBe(33);
    expect(await v.nextOpenButton().innerText()).toBe('Наступний незакритий крок');
  });

  it('walks to the next open step with the button and with Alt+↓', async () => {
    await v.nextOpenButton().click();
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.getAttribute('data-step'))).toBe('count-seats');
    // The other step of question 1 is optional, so the next open one is in question 2.
    await s.page.keyboard.press('Alt+ArrowDown');
    await s.page.getByRole('heading', { level: 2, name: v.title(2), exact: true }).waitFor();
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.getAttribute('data-step'))).toBe(v.question(2).steps[0].id);
  });

  it('records the vendor claims before the walk', async () => {
    await v.tab('claims').click();
    const seats = v.claimField(1, 'місць');
    await seats.fill('250 місць');
    await seats.press('Tab');
    await expect.poll(() => s.page.getByText(v.t('claim.readAs', { value: '250 місць' })).count()).toBe(1);
    await v.claimedCategory('A').click();
    await expect.poll(() => v.claimedCategory('A').getAttribute('aria-pressed')).toBe('true');
    await v.tab('checklist').click();
  });

  it('counts seats with +1 and a typed value, and takes photos from the camera and a file', async () => {
    await v.openQuestion(1);
    const step = v.step(1, 'count-seats');
    for (let i = 0; i < 3; i++) await v.plus(step).click();
    await expect.poll(() => v.countInput(step).inputValue()).toBe('3');
    await v.countInput(step).fill('184');
    await v.countInput(step).blur();
    await v.waitSaved(step);
    expect(await v.total(step).innerText()).toContain('184');

    await v.takeCameraPhoto(step);
    await expect.poll(() => v.photos(step).count(), { timeout: 20_000 }).toBe(1);
    await v.importPhoto(step, { name: 'floor-2.jpg', mimeType: 'image/jpeg', buffer: await makeJpeg(s) });
    await expect.poll(() => v.photos(step).count(), { timeout: 20_000 }).toBe(2);

    // 184 seats fall short of category A (more than 200) and contradict the claimed 250.
    const panel = v.verdictPanel();
    await expect.poll(() => panel.innerText()).toMatch(/184/);
    expect(await panel.innerText()).toContain(v.t('verdict.not-met'));
    expect(await panel.innerText()).toContain(v.t('discrepancy.flag'));
    expect(await v.summary().textContent()).toContain(`1. ${v.title(1)}`);
  });

  it('picks two agents at random and records their answers', async () => {
    await v.openQuestion(6);
    const step = v.step(6, 'ask-agents');
    await v.pool(step).fill('1-40');
    await v.pickButton(step, 2).click();
    await expect.poll(() => v.respondentNames(step).then((n) => n.length)).toBe(2);
    const names = await v.respondentNames(step);
    picked = names;
    expect(new Set(names).size).toBe(2);
    for (const name of names) expect(Number(name.replace(/\D+/g, ''))).toBeGreaterThanOrEqual(1);
    await v.answer(step, names[0]).fill('Two weeks of classes, then a week listening to calls with a mentor');
    await v.match(step, names[0], 'yes').check();
    await v.answer(step, names[1]).fill('Three days, then straight onto the line');
    await v.match(step, names[1], 'partly').check();
    await v.answer(step, names[1]).blur();
    await v.waitSaved(step);
  });

  it('times a knowledge-base search with the stopwatch', async () => {
    await v.openQuestion(30);
    const step = v.step(30, 'timed-search');
    await v.startStop(step, 'start').click();
    await s.page.waitForTimeout(1200);
    await v.startStop(step, 'stop').click();
    await expect.poll(() => v.trials(step).count()).toBe(1);
    const text = await v.trials(step).first().innerText();
    const seconds = TimerRecoveryObject.seconds(text);
    // The page is in Ukrainian: a decimal comma and «с».
    expect(text).toMatch(/\d+,\d с/);
    expect(seconds).toBeGreaterThanOrEqual(1.1);
    expect(seconds).toBeLessThan(10);
    await v.waitSaved(step);
  });

  it('reopens the visit at the remembered question with the visit header and that question in sight', async () => {
    await s.page.reload();
    await v.waitReady(VENDOR);
    await s.page.getByRole('heading', { level: 2, name: v.title(30), exact: true }).waitFor();
    const height = s.page.viewportSize()!.height;
    const inView = async (l: Locator) => {
      const box = await l.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= height;
    };
    expect(await inView(s.page.getByRole('heading', { level: 1, name: VENDOR }))).toBe(true);
    expect(await inView(v.navItem(30))).toBe(true);
  });

  it('logs a test call whose recording was requested, which leaves an open follow-up', async () => {
    await v.openQuestion(24);
    const step = v.step(24, 'test-call');
    // The call time is typed and shown as the UI language writes dates, not as the browser's date-time field would.
    const calledAt = v.field(step, 'call.calledAt');
    expect(await calledAt.getAttribute('type')).toBe('text');
    await calledAt.fill('31.02.2025 10:00');
    await calledAt.blur();
    await step.getByText(shell.t('ui', 'dateTimeInvalid', { value: '31.02.2025 10:00', example: '30.06.2026 14:05' })).waitFor();
    await v.nowFor(step, 'call.calledAt').click();
    await expect.poll(() => calledAt.inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    expect(await calledAt.getAttribute('aria-invalid')).toBeNull();
    await v.field(step, 'call.number').fill('+380 57 700 00 00');
    await v.field(step, 'call.callerId').fill('+380 67 123 45 67');
    await v.field(step, 'call.callerId').blur();
    await v.recording(step, 'requested').check();
    await v.waitSaved(step);
    const summary = v.summary();
    await expect.poll(() => summary.textContent()).toContain(`24. ${v.title(24)}`);
    expect(await summary.textContent()).toContain(v.t('summary.followUps', { count: 1 }));
  });

  it('overrides a verdict with a reason', async () => {
    await v.openQuestion(26);
    await v.override('partly', 'Генератор є, але живить лише серверну, не зал операторів');
    await expect.poll(() => v.verdictPanel().innerText()).toContain('Генератор є, але живить лише серверну');
    expect(await v.verdictPanel().innerText()).toContain(v.t('verdict.overridden'));
  });

  it('shows a failed save, keeps the input and saves it on retry', async () => {
    await v.openQuestion(26);
    const step = v.step(26, 'see-generator');
    // Make every IndexedDB write fail, as a full disk would.
    await s.page.evaluate(() => {
      const w = window as unknown as { __put?: typeof IDBObjectStore.prototype.put };
      w.__put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function () { throw new DOMException('The disk is full', 'QuotaExceededError'); };
    });
    const note = step.getByLabel(v.t('step.note'), { exact: true });
    await note.fill('Generator in the yard, serves the server room only');
    await note.blur();
    const alert = step.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(v.t('error.quota'));
    expect(await note.inputValue()).toBe('Generator in the yard, serves the server room only');
    await s.page.evaluate(() => {
      const w = window as unknown as { __put: typeof IDBObjectStore.prototype.put };
      IDBObjectStore.prototype.put = w.__put;
    });
    await step.getByRole('button', { name: v.t('save.retry') }).click();
    await v.waitSaved(step);
    expect(await step.getByRole('alert').count()).toBe(0);
  });

  it('clears a capture only after confirmation', async () => {
    await v.openQuestion(29);
    const step = v.step(29, 'agent-search');
    const seen = step.getByRole('radio', { name: v.t('outcome.seen'), exact: true });
    await seen.check();
    await v.waitSaved(step);
    await step.getByRole('button', { name: v.t('step.clear') }).click();
    const dialog = s.page.getByRole('alertdialog', { name: v.t('step.clearTitle') });
    await dialog.getByRole('button', { name: v.t('cancel') }).first().click();
    expect(await seen.isChecked()).toBe(true);
    await step.getByRole('button', { name: v.t('step.clear') }).click();
    await dialog.getByRole('button', { name: v.t('step.clearConfirm') }).click();
    await expect.poll(() => seen.isChecked()).toBe(false);
    expect(await step.getByRole('button', { name: v.t('step.clear') }).count()).toBe(0);
  });

  it('keeps everything after a reload', async () => {
    await s.page.reload();
    await v.waitReady(VENDOR);

    await v.openQuestion(1);
    const count = v.step(1, 'count-seats');
    expect(await v.countInput(count).inputValue()).toBe('184');
    await expect.poll(() => v.photos(count).count(), { timeout: 20_000 }).toBe(2);
    expect(await v.page.getByLabel(`${v.t('claim.label')} (місць)`, { exact: true }).inputValue()).toBe('250 місць');

    await v.openQuestion(6);
    const interview = v.step(6, 'ask-agents');
    expect(await v.respondentNames(interview)).toEqual(picked);
    expect(await v.answer(interview, picked[0]).inputValue()).toBe('Two weeks of classes, then a week listening to calls with a mentor');
    expect(await v.match(interview, picked[1], 'partly').isChecked()).toBe(true);

    await v.openQuestion(29);
    expect(await v.step(29, 'agent-search').getByRole('radio', { name: v.t('outcome.seen'), exact: true }).isChecked()).toBe(false);

    await v.openQuestion(30);
    expect(await v.trials(v.step(30, 'timed-search')).count()).toBe(1);

    await v.openQuestion(24);
    expect(await v.recording(v.step(24, 'test-call'), 'requested').isChecked()).toBe(true);
    expect(await v.field(v.step(24, 'test-call'), 'call.number').inputValue()).toBe('+380 57 700 00 00');
    expect(await v.summary().textContent()).toContain(`24. ${v.title(24)}`);

    await v.openQuestion(26);
    expect(await v.verdictPanel().innerText()).toContain('Генератор є, але живить лише серверну');
    expect(await v.step(26, 'see-generator').getByLabel(v.t('step.note'), { exact: true }).inputValue())
      .toBe('Generator in the yard, serves the server room only');
    expect(await v.summary().textContent()).toContain(v.t('summary.followUps', { count: 1 }));
  });
});
