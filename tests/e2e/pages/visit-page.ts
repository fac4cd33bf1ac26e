import type { Locator, Page } from 'playwright-core';
import type { Template } from '../../../renderer/domain/template/schema';
import { localize } from '../../../renderer/domain/template/library';
import { EXAMPLE_DAY, formatDay } from '../../../renderer/domain/text/dates';
import { strings, type Say } from '../support/strings';
import type { AppShell } from './app-shell';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text before a placeholder, to match a label whose end varies (a status, a time). */
function prefixOf(t: Say, key: string, options: Record<string, unknown>, hole: string): RegExp {
  const full = t(key, { ...options, [hole]: '\u0000' }) as string;
  return new RegExp(`^${escapeRe(full.split('\u0000')[0])}`);
}

/** The on-site visit page (#/visits/:id): claims, the guided checklist and the summary. */
export class VisitPageObject {
  constructor(readonly shell: AppShell, readonly template: Template) {}

  get page(): Page { return this.shell.page; }
  t = (key: string, o?: Record<string, unknown>): string => strings(this.shell.lang, 'visit')(key, o);
  photoT = (key: string, o?: Record<string, unknown>): string => strings(this.shell.lang, 'photos')(key, o);
  /** A day (yyyy-mm-dd) as the page shows and takes it in the current UI language. */
  day = (iso: string): string => formatDay(iso, this.shell.lang);
  /** A document date field of a step, by its label. */
  docDate(step: Locator, field: 'validUntil' | 'date'): Locator { return step.getByLabel(this.t(`docField.${field}`), { exact: true }); }
  /** The message for a document date that is not a day. */
  docDateInvalid(typed: string): string { return this.t('document.dateInvalid', { value: typed, example: this.day(EXAMPLE_DAY) }); }

  question(number: number) {
    const q = this.template.sections.flatMap((s) => s.questions).find((x) => x.number === number);
    if (!q) throw new Error(`no question ${number}`);
    return q;
  }
  title(number: number): string { return localize(this.question(number).title, this.shell.lang); }
  stepPrompt(number: number, stepId: string): string {
    const step = this.question(number).steps.find((s) => s.id === stepId);
    if (!step) throw new Error(`no step ${stepId} in question ${number}`);
    return localize(step.prompt, this.shell.lang);
  }

  async waitReady(vendor: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: vendor }).waitFor();
    await this.tab('checklist').waitFor();
  }

  tab(id: 'checklist' | 'claims' | 'share'): Locator { return this.page.getByRole('tab', { name: this.t(`tabs.${id}`) }); }
  nav(): Locator { return this.page.getByRole('navigation', { name: this.t('nav.label') }); }
  summary(): Locator { return this.page.getByRole('region', { name: this.t('summary.label') }); }
  nextOpenButton(): Locator { return this.page.getByRole('button', { name: this.t('nav.nextOpen') }).first(); }

  navItem(number: number): Locator {
    return this.nav().getByRole('button', { name: prefixOf(strings(this.shell.lang, 'visit'), 'nav.item', { number, title: this.title(number) }, 'status') });
  }

  async openQuestion(number: number): Promise<void> {
    await this.navItem(number).click();
    await this.page.getByRole('heading', { level: 2, name: this.title(number), exact: true }).waitFor();
  }

  step(number: number, stepId: string): Locator {
    return this.page.getByRole('region', { name: this.stepPrompt(number, stepId), exact: true });
  }

  /** Waits until the step says its newest capture is committed. */
  async waitSaved(step: Locator): Promise<void> {
    await step.getByRole('status').filter({ hasText: prefixOf(strings(this.shell.lang, 'visit'), 'save.saved', {}, 'time') }).first().waitFor();
    await this.page.waitForFunction(() => !document.querySelector('.vp-save--waiting, .vp-save--saving'));
  }

  // Claims
  claimField(number: number, unit?: string): Locator {
    const label = this.t('claim.labelFor', { number, title: this.title(number) });
    return this.page.getByLabel(unit ? `${label} (${unit})` : label, { exact: true });
  }
  claimedCategory(c: 'A' | 'B' | 'C'): Locator {
    return this.page.getByRole('group', { name: this.t('claims.category') }).getByRole('button', { name: c, exact: true });
  }

  // Count
  plus(step: Locator, zone?: string): Locator { return step.getByRole('button', { name: this.t('count.plus', { zone: zone ?? this.t('count.wholeSite') }) }); }
  countInput(step: Locator, zone?: string): Locator { return step.getByLabel(this.t('count.value', { zone: zone ?? this.t('count.wholeSite') }), { exact: true }); }
  total(step: Locator): Locator { return step.getByText(prefixOf(strings(this.shell.lang, 'visit'), 'count.total', {}, 'quantity')); }

  async addZone(step: Locator, name: string): Promise<void> {
    await step.getByLabel(this.t('count.newZone'), { exact: true }).fill(name);
    await step.getByRole('button', { name: this.t('count.addZone'), exact: true }).click();
  }
  /** The step's own badge: "to do" while open, "done" once captured. */
  stepBadge(step: Locator, which: 'open' | 'complete'): Locator { return step.getByText(this.t(`step.${which}`), { exact: true }); }

  // Text claims: the evaluator's yes / partly / no on what was seen
  claimMatch(m: 'yes' | 'partly' | 'no'): Locator {
    return this.page.getByRole('group', { name: this.t('claimMatch.legend') }).getByRole('radio', { name: this.t(`match.${m}`), exact: true });
  }
  /** The questions the summary names as keeping a category out of reach. */
  blockers(category: 'A' | 'B' | 'C'): Locator {
    return this.summary().getByRole('list', { name: this.t('summary.blockers', { category }) }).getByRole('listitem');
  }

  // Photos (components of the photos feature, found by their own labels)
  photos(step: Locator): Locator { return step.getByRole('list', { name: this.photoT('strip.label') }).getByRole('listitem'); }
  async takeCameraPhoto(step: Locator): Promise<void> {
    await step.getByRole('button', { name: this.photoT('panel.useCamera') }).click();
    const shutter = step.getByRole('button', { name: this.photoT('camera.shutter') });
    await shutter.waitFor();
    await shutter.click();
  }
  async importPhoto(step: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await step.getByLabel(this.photoT('import.label')).setInputFiles(file);
  }

  // Interview
  pool(step: Locator): Locator { return step.getByLabel(this.t('pick.pool'), { exact: true }); }
  pickButton(step: Locator, n: number): Locator { return step.getByRole('button', { name: this.t('pick.button', { n }) }); }
  respondentNames(step: Locator): Promise<string[]> {
    return step.getByRole('heading', { level: 4 }).allInnerTexts();
  }
  answer(step: Locator, respondentHeading: string): Locator {
    return step.getByLabel(this.t('interview.answer', { who: respondentHeading }), { exact: true });
  }
  match(step: Locator, respondentHeading: string, m: 'yes' | 'partly' | 'no'): Locator {
    return step.getByRole('group', { name: this.t('interview.match', { who: respondentHeading }) }).getByRole('radio', { name: this.t(`match.${m}`), exact: true });
  }

  // Timer
  startStop(step: Locator, which: 'start' | 'stop'): Locator { return step.getByRole('button', { name: this.t(`timer.${which}`), exact: true }); }
  trials(step: Locator): Locator { return step.getByRole('list', { name: this.t('timer.trials') }).getByRole('listitem'); }

  // Call test
  nowFor(step: Locator, key: 'call.calledAt' | 'call.requestedAt'): Locator {
    return step.getByRole('button', { name: this.t('call.nowFor', { what: this.t(key) }) });
  }
  field(step: Locator, key: string): Locator { return step.getByLabel(this.t(key), { exact: true }); }
  recording(step: Locator, status: 'not-requested' | 'requested' | 'received' | 'refused'): Locator {
    return step.getByRole('group', { name: this.t('call.recording') }).getByRole('radio', { name: this.t(`call.rec.${status}`), exact: true });
  }

  // Verdict
  verdictPanel(): Locator { return this.page.getByRole('region', { name: this.t('verdict.panel') }); }
  async override(verdict: 'meets' | 'partly' | 'not-met' | 'not-verified', reason: string): Promise<void> {
    const panel = this.verdictPanel();
    await panel.getByRole('button', { name: this.t('decision.override') }).click();
    await panel.getByRole('group', { name: this.t('decision.verdict') }).getByRole('radio', { name: this.t(`verdict.${verdict}`), exact: true }).check();
    await panel.getByLabel(this.t('decision.overrideReason')).fill(reason);
    await panel.getByRole('button', { name: this.t('decision.saveOverride') }).click();
  }
}
