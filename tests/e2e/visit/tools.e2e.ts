import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../../renderer/domain/template/schema';
import { AppShell } from '../pages/app-shell';
import { ToolsPageObject } from '../pages/tools-page';
import { createVisit } from '../pages/visits-page';
import { VisitPageObject } from '../pages/visit-page';
import { closeClean, favicon, launchApp, skipReason, type AppSession } from '../support/browser';
import { dropUiState, uiState, uiStateKeys } from '../support/ui-state';

const template = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../templates/callcenter-inbound.json'), 'utf8')) as Template;
const VENDOR = 'Call Expert Lviv';
/** Intl puts a no-break space before "%" in Russian; compare texts with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe.skipIf(skipReason() !== '')('the visit tools: staffing check and hotline report check', () => {
  let s: AppSession;
  let shell: AppShell;
  let v: VisitPageObject;
  let tools: ToolsPageObject;

  /** Drops the screens' unconfirmed drafts, so that what shows after a reload can only come from the database. */
  const dropDrafts = () => dropUiState(s.page, ':tool:');
  const drafts = () => uiStateKeys(s.page, ':tool:');
  const reload = async () => {
    await s.page.reload();
    await v.waitReady(VENDOR);
  };

  beforeAll(async () => {
    s = await launchApp({ width: 1366, height: 900 });
    shell = new AppShell(s.page, 'ru');
    await s.open('#/visits');
    v = new VisitPageObject(shell, template);
    tools = new ToolsPageObject(v);
    await createVisit(s, shell, { template: `${template.id}@${template.version}`, vendor: VENDOR, site: 'Lviv, Horodotska 50', dateFrom: '2025-04-02', evaluators: 'Iryna Bondar', target: 'B', seats: '45' });
    await v.waitReady(VENDOR);
  });

  afterAll(() => closeClean(s, favicon));

  it('counts 45 free seats at question 1', async () => {
    await v.openQuestion(1);
    const step = v.step(1, 'count-seats');
    await v.countInput(step).fill('45');
    await v.countInput(step).blur();
    await v.waitSaved(step);
  });

  it('refuses bad staffing input with a message at each field and stores nothing', async () => {
    await tools.open('staffing');
    expect(await tools.page.getByRole('status').filter({ hasText: tools.t('common.none') }).count()).toBe(1);
    await tools.staffingField('calls').fill('шестьсот');
    await tools.staffingField('aht').fill('-5');
    await tools.staffingField('target').fill('100/20');
    expect(await tools.errorOf(tools.staffingField('calls'))).toBe(tools.t('error.not-a-number'));
    await tools.confirm().click();
    await expect.poll(() => s.page.getByRole('alert').filter({ hasText: tools.t('common.invalid') }).count()).toBe(1);
    // The domain's range checks run once every field reads as a number.
    await tools.staffingField('calls').fill('600');
    await expect.poll(() => tools.errorOf(tools.staffingField('target'))).toBe(tools.t('error.target-percent'));
    expect(await tools.errorOf(tools.staffingField('aht'))).toBe(tools.t('error.aht-invalid', { max: 86_400, count: 86_400 }));
    expect(await tools.page.getByRole('status').filter({ hasText: tools.t('common.none') }).count()).toBe(1);
  });

  it('computes the agents by Erlang C and finds that the offer of 60 does not fit on 45 seats', async () => {
    await tools.staffingField('interval').fill('60');
    await tools.staffingField('aht').fill('300');
    await tools.staffingField('target').fill('80/20');
    await tools.staffingField('shrinkage').fill('30');
    await tools.staffingField('offered').fill('60');
    await tools.basis('on-phones').check();
    // 600 calls × 300 s in an hour = 50 Erlangs: 57 agents meet 80/20 (84.5 %), 60 give 94.0 %; 57 / 0.7 → 82 rostered.
    await expect.poll(() => tools.staffingRow('staffing.row.agents')).toEqual(['57', '60']);
    expect((await tools.staffingRow('staffing.row.serviceLevel', { seconds: 20 })).map(plain)).toEqual(['84,5 %', '94,0 %']);
    expect(await tools.staffingRow('staffing.row.scheduled', { shrinkage: '30' })).toEqual(['82', '—']);
    const results = plain(await tools.results().innerText());
    expect(results).toContain(tools.t('staffing.verdict.adequate', { onPhones: 60, count: 60, required: 57 }));
    expect(results).toContain(tools.t('staffing.seats.short.offered', { needed: 60, count: 60, seats: 45, number: 1, shortBy: 15 }));

    await tools.confirm().click();
    await tools.waitStored();
    await expect.poll(drafts).toEqual([]);
    const summary = await v.summary().innerText();
    expect(summary).toContain(tools.t('summary.seatsShort', { needed: 60, count: 60, counted: 45, number: 1 }));
    // The heading is upper-cased by CSS, so its text is read as written.
    expect(await v.summary().textContent()).toContain(v.t('summary.discrepancies', { count: 1 }));
  });

  it('shows the stored check after a reload, and keeps an unconfirmed change as a draft until discarded', async () => {
    await dropDrafts();
    await reload();
    await tools.open('staffing');
    await tools.waitStored();
    expect(await tools.staffingField('calls').inputValue()).toBe('600');
    expect(await tools.staffingField('aht').inputValue()).toBe('300');
    expect(await tools.staffingField('target').inputValue()).toBe('80/20');
    expect(await tools.staffingField('shrinkage').inputValue()).toBe('30');
    expect(await tools.staffingField('offered').inputValue()).toBe('60');
    expect(await tools.staffingRow('staffing.row.agents')).toEqual(['57', '60']);
    expect(await v.summary().innerText()).toContain(tools.t('summary.seatsShort', { needed: 60, count: 60, counted: 45, number: 1 }));

    await tools.staffingField('offered').fill('52');
    await expect.poll(async () => plain(await tools.results().innerText())).toContain(tools.t('staffing.verdict.short', { onPhones: 52, count: 52, required: 57, sl: '38,8 %', target: 80 }));
    // The draft is in the database (not localStorage), so a cleared localStorage and a reload keep it.
    await expect.poll(async () => JSON.stringify(Object.entries(await uiState(s.page)).filter(([k]) => k.endsWith(':tool:staffing')))).toContain('"offered":"52"');
    await s.page.evaluate(() => localStorage.clear());
    await reload();
    await tools.open('staffing');
    expect(await tools.staffingField('offered').inputValue()).toBe('52');
    expect(await s.page.getByRole('status').filter({ hasText: tools.t('common.changed') }).count()).toBe(1);
    await s.page.getByRole('button', { name: tools.t('common.discard') }).click();
    expect(await tools.staffingField('offered').inputValue()).toBe('60');
    await tools.waitStored();
  });

  it('opens the staffing screen from the summary', async () => {
    await v.tab('checklist').click();
    await v.summary().getByRole('button', { name: tools.t('summary.staffingLink') }).click();
    await s.page.getByRole('heading', { level: 2, name: tools.t('staffing.heading') }).waitFor();
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.id)).toBe('st-heading');
  });

  it('recomputes a hotline report from its totals and flags what does not follow', async () => {
    await shell.setLanguage('en');
    await tools.open('report');
    await tools.reportField('report.name').fill('Client Alfa hotline, March');
    await tools.reportField('report.threshold').fill('20');
    await tools.source('totals').check();
    const figures = { offered: '1000', answered: '900', answeredWithin: '780', abandoned: '100', abandonedShort: '40', talkSeconds: '171000', acwSeconds: '8:45:00', loggedInSeconds: 'lots', waitSeconds: '16200' } as const;
    for (const [f, value] of Object.entries(figures)) await tools.total(f as keyof typeof figures).fill(value);
    expect(await tools.errorOf(tools.total('loggedInSeconds'))).toBe(tools.t('error.not-a-number'));
    await tools.total('loggedInSeconds').fill('300:00:00');
    // The vendor states 90 % S/L (the figures give 78 %) and a 6 % abandon rate that leaves the short abandons out (10 %).
    await tools.stated('serviceLevel', 'percent').fill('90');
    await tools.stated('lsr', 'percent').fill('90');
    await tools.stated('abandonRate', 'percent').fill('6');
    await tools.stated('avgTalk', 'seconds').fill('190');
    await tools.stated('avgAcw', 'seconds').fill('35');
    await tools.stated('asa', 'seconds').fill('18');
    await expect.poll(() => tools.indicatorRow('serviceLevel').getAttribute('data-status')).toBe('inconsistent');
    expect(await tools.indicatorRow('serviceLevel').innerText()).toContain('78 %');
    expect(await tools.indicatorRow('abandonRate').getAttribute('data-status')).toBe('inconsistent');
    expect(await tools.indicatorRow('lsr').getAttribute('data-status')).toBe('consistent');
    const results = await s.page.getByRole('region', { name: tools.t('report.results') }).innerText();
    expect(results).toContain(tools.t('report.missingKey', { list: 'Calls handled per agent / Calls per logged-in hour, Agent working time, Callers who gave up within 15 s' }));
    expect(results).toContain(tools.t('report.flags', { count: 5 }));

    // The client's contract leaves short abandons out of the abandon rate: then the stated 6 % follows.
    await tools.definition('abandonRate').selectOption('short-excluded');
    await expect.poll(() => tools.indicatorRow('abandonRate').getAttribute('data-status')).toBe('consistent');
    await tools.confirm().click();
    await tools.waitStored();
    expect(await v.summary().innerText()).toContain(tools.t('summary.report', { count: 4 }));
  });

  it('shows the stored report check after a reload', async () => {
    await dropDrafts();
    await reload();
    await tools.open('report');
    await tools.waitStored();
    expect(await tools.reportField('report.name').inputValue()).toBe('Client Alfa hotline, March');
    expect(await tools.total('acwSeconds').inputValue()).toBe('31500');
    expect(await tools.total('loggedInSeconds').inputValue()).toBe('1080000');
    expect(await tools.stated('serviceLevel', 'percent').inputValue()).toBe('90');
    expect(await tools.definition('abandonRate').inputValue()).toBe('short-excluded');
    expect(await tools.indicatorRow('serviceLevel').getAttribute('data-status')).toBe('inconsistent');
  });

  it('imports a CSV of intervals, refusing a file without the needed columns', async () => {
    await tools.source('csv').check();
    await tools.reportField('report.interval').fill('30');
    await tools.csvInput().setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('interval;offered;answered\n09:00;10;9\n') });
    const refused = s.page.getByRole('alert').filter({ hasText: tools.t('report.csv.refused') });
    await refused.waitFor();
    expect(await refused.innerText()).toContain(tools.t('csv.csv-missing-columns', { line: 1, columns: 'answered_within, abandoned, abandoned_short, talk_time, acw_time, agents' }));

    const csv = [
      'interval;offered;answered;answered_within;abandoned;abandoned_short;talk_time;acw_time;agents;wait_time',
      '2025-03-03 09:00;120;110;90;10;4;20900;3850;20;2000',
      '2025-03-03 09:30;140;125;95;15;6;23750;4375;20;2600',
    ].join('\n');
    await tools.csvInput().setInputFiles({ name: 'alfa-march.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await s.page.getByText(tools.t('report.csv.loaded', { rows: 2, file: 'alfa-march.csv' })).waitFor();
    expect(await refused.count()).toBe(0);
    // 185 within 20 s of 260 offered: 71.2 %, against the stated 90.
    await expect.poll(() => tools.indicatorRow('serviceLevel').innerText()).toContain('71.2 %');
    await tools.confirm().click();
    await tools.waitStored();

    await dropDrafts();
    await reload();
    await tools.open('report');
    await tools.waitStored();
    expect(await tools.source('csv').isChecked()).toBe(true);
    await s.page.getByText(tools.t('report.csv.loaded', { rows: 2, file: 'alfa-march.csv' })).waitFor();
    expect(await tools.indicatorRow('serviceLevel').innerText()).toContain('71.2 %');
  });
});
