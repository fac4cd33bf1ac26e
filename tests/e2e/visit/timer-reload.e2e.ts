import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../renderer/domain/model';
import type { Template } from '../../../renderer/domain/template/schema';
import { AppShell } from '../pages/app-shell';
import { putSettingRecord, readStore, TimerRecoveryObject } from '../pages/timer-recovery';
import { VisitFormPage, VisitsPage } from '../pages/visits-page';
import { VisitPageObject } from '../pages/visit-page';
import { closeClean, favicon, launchApp, skipReason, type AppSession } from '../support/browser';

const template = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../templates/callcenter-inbound.json'), 'utf8')) as Template;
const VENDOR = 'Call Nord Lviv';
const QUESTION = 30;
const STEP = 'timed-search';
const { seconds } = TimerRecoveryObject;

describe.skipIf(skipReason() !== '')('a stopwatch trial across a reload', () => {
  let s: AppSession;
  let v: VisitPageObject;
  let r: TimerRecoveryObject;
  let visitId = '';

  const step = () => v.step(QUESTION, STEP);
  const reloadAtTimer = async () => {
    await s.page.reload();
    await v.waitReady(VENDOR);
    await v.openQuestion(QUESTION);
  };
  const audit = async (action: AuditEntry['action']) => (await readStore<AuditEntry>(s.page, 'audit')).filter((e) => e.action === action);

  beforeAll(async () => {
    s = await launchApp({ width: 1366, height: 768 });
    const shell = new AppShell(s.page, 'ru');
    await s.open('#/visits');
    v = new VisitPageObject(shell, template);
    r = new TimerRecoveryObject(v);
  });

  afterAll(() => closeClean(s, favicon));

  it('creates a visit and opens the timed step', async () => {
    const list = new VisitsPage(v.shell);
    const form = new VisitFormPage(v.shell);
    await list.waitReady();
    await list.openNew();
    await form.fill({
      template: `${template.id}@${template.version}`, vendor: VENDOR, site: 'Lviv, Horodotska 1', dateFrom: '2025-04-02',
      evaluators: 'Ivan Melnyk', target: 'A', seats: '40',
    });
    await form.submitNew();
    await s.page.waitForURL(/#\/visits\/[0-9a-f-]{36}$/);
    visitId = /#\/visits\/([0-9a-f-]{36})$/.exec(s.page.url())![1];
    await v.waitReady(VENDOR);
    await v.openQuestion(QUESTION);
    expect(await r.notice(step()).count()).toBe(0);
  });

  it('shows a trial cut off by a reload, resumes it from its start and saves it marked as resumed', async () => {
    const startedBefore = Date.now();
    await v.startStop(step(), 'start').click();
    const startedAfter = Date.now();
    await s.page.waitForTimeout(1500);

    await reloadAtTimer();
    const notice = r.notice(step());
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain('Замер шёл, когда приложение закрылось или перезагрузилось');
    expect(text).toMatch(/Начат в \d\d:\d\d:\d\d \(меньше минуты назад\)/);
    // A new start would replace the cut-off trial, so it waits for the decision.
    expect(await v.startStop(step(), 'start').isDisabled()).toBe(true);
    expect(await v.trials(step()).count()).toBe(0);

    await r.resume(step()).click();
    await notice.waitFor({ state: 'detached' });
    expect(await step().getByText(v.t('timer.resumedRunning')).count()).toBe(1);
    // The stopwatch carries on from the start before the reload, not from zero.
    expect(seconds(await r.stopwatch(step()).innerText())).toBeGreaterThanOrEqual(1.5);
    await s.page.waitForTimeout(500);

    const stoppedBefore = Date.now();
    await v.startStop(step(), 'stop').click();
    const stoppedAfter = Date.now();
    await expect.poll(() => v.trials(step()).count()).toBe(1);
    await v.waitSaved(step());
    const trial = seconds(await v.trials(step()).first().innerText());
    expect(trial).toBeGreaterThanOrEqual((stoppedBefore - startedAfter) / 1000 - 0.1);
    expect(trial).toBeLessThanOrEqual((stoppedAfter - startedBefore) / 1000 + 0.1);
    await expect.poll(() => r.resumedTrials(step()).count()).toBe(1);

    const logged = await audit('timer-trial-resumed');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ visitId, questionId: v.question(QUESTION).id, stepId: STEP });
    expect(Math.abs((logged[0].details.ms as number) / 1000 - trial)).toBeLessThanOrEqual(0.05);
  });

  it('keeps the saved trial and asks nothing after the next reload', async () => {
    await reloadAtTimer();
    await expect.poll(() => v.trials(step()).count()).toBe(1);
    expect(await r.resumedTrials(step()).count()).toBe(1);
    expect(await r.notice(step()).count()).toBe(0);
    expect(await v.startStop(step(), 'start').isEnabled()).toBe(true);
  });

  it('discards a trial cut off by a reload, and the audit log keeps it', async () => {
    await v.startStop(step(), 'start').click();
    await s.page.waitForTimeout(1200);
    await reloadAtTimer();
    await r.notice(step()).waitFor();

    await r.discard(step()).click();
    await r.notice(step()).waitFor({ state: 'detached' });
    expect(await v.trials(step()).count()).toBe(1);
    expect(await r.stopwatch(step()).innerText()).toBe(r.zero());
    expect(await v.startStop(step(), 'start').isEnabled()).toBe(true);

    const logged = await audit('timer-trial-discarded');
    expect(logged).toHaveLength(1);
    expect(logged[0].details).toMatchObject({ reason: 'interrupted' });
    expect(logged[0].details.elapsedMs as number).toBeGreaterThanOrEqual(1200);

    await reloadAtTimer();
    await expect.poll(() => v.trials(step()).count()).toBe(1);
    expect(await r.notice(step()).count()).toBe(0);
  });

  it('cancels a running trial without saving it or asking after a reload', async () => {
    await v.startStop(step(), 'start').click();
    await s.page.waitForTimeout(300);
    await r.cancel(step()).click();
    expect(await r.stopwatch(step()).innerText()).toBe(r.zero());
    // The stored start goes with the cancel (a reload within those milliseconds would still offer the trial).
    await expect.poll(async () => (await readStore<{ key: string }>(s.page, 'settings')).filter((x) => x.key.startsWith('timer-running/'))).toEqual([]);
    await reloadAtTimer();
    await expect.poll(() => v.trials(step()).count()).toBe(1);
    expect(await r.notice(step()).count()).toBe(0);
    // Nothing crossed a reload, so there is nothing to log.
    expect(await audit('timer-trial-discarded')).toHaveLength(1);
  });

  it('offers a trial started more than 12 hours ago only for discarding', async () => {
    const startMs = Date.now() - 13 * 3_600_000;
    const questionId = v.question(QUESTION).id;
    await putSettingRecord(s.page, `timer-running/${visitId}/${questionId}/${STEP}`, {
      visitId, questionId, stepId: STEP, author: '', device: 'earlier-run', startMs, startIso: new Date(startMs).toISOString(), session: 'earlier-run',
    });
    await reloadAtTimer();
    const notice = r.notice(step());
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/13 ч 0 мин назад/);
    expect(await notice.innerText()).toContain(v.t('timer.interrupted.stale', { hours: 12, count: 12 }));
    expect(await r.resume(step()).count()).toBe(0);

    await r.discard(step()).click();
    await notice.waitFor({ state: 'detached' });
    const logged = await audit('timer-trial-discarded');
    expect(logged.map((e) => e.details.reason)).toEqual(expect.arrayContaining(['interrupted', 'stale']));
    expect(await v.trials(step()).count()).toBe(1);
  });
});
