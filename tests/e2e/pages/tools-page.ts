import type { Locator, Page } from 'playwright-core';
import { strings } from '../support/strings';
import { indicatorName, type IndicatorId } from '../../../renderer/domain/report';
import type { VisitPageObject } from './visit-page';

type StaffingField = 'calls' | 'interval' | 'aht' | 'target' | 'shrinkage' | 'offered';
type TotalField = 'offered' | 'answered' | 'answeredWithin' | 'abandoned' | 'abandonedShort' | 'talkSeconds' | 'acwSeconds' | 'loggedInSeconds' | 'waitSeconds';
const DURATIONS: readonly TotalField[] = ['talkSeconds', 'acwSeconds', 'loggedInSeconds', 'waitSeconds'];
const STAFFING_LABEL: Record<StaffingField, string> = {
  calls: 'staffing.calls', interval: 'staffing.interval', aht: 'staffing.aht', target: 'staffing.target', shrinkage: 'staffing.shrinkage', offered: 'staffing.offered',
};

/** The visit's two tool screens (staffing check, hotline report check), found by the names the user sees. */
export class ToolsPageObject {
  constructor(readonly visit: VisitPageObject) {}

  get page(): Page { return this.visit.page; }
  t = (key: string, o?: Record<string, unknown>): string => strings(this.visit.shell.lang, 'tools')(key, o);

  async open(tool: 'staffing' | 'report'): Promise<void> {
    await this.page.getByRole('tab', { name: this.visit.t(`tabs.${tool}`), exact: true }).click();
    await this.page.getByRole('heading', { level: 2, name: this.t(tool === 'staffing' ? 'staffing.heading' : 'report.heading'), exact: true }).waitFor();
  }

  /** A text field by its accessible name (a required field's "*" is hidden from it). */
  private labelled(text: string): Locator {
    return this.page.getByRole('textbox', { name: text, exact: true });
  }

  staffingField(f: StaffingField): Locator { return this.labelled(this.t(STAFFING_LABEL[f])); }
  basis(v: 'on-phones' | 'scheduled'): Locator {
    return this.page.getByRole('group', { name: this.t('staffing.basis') }).getByRole('radio', { name: this.t(`staffing.basis.${v}`), exact: true });
  }
  results(): Locator { return this.page.getByRole('region', { name: this.t('common.results'), exact: true }); }
  staffingTable(): Locator { return this.page.getByRole('table', { name: this.t('staffing.table') }); }
  /** The cells of one row of the Erlang C table: [fewest meeting the target, the offer]. */
  async staffingRow(key: string, o?: Record<string, unknown>): Promise<string[]> {
    return this.staffingTable().getByRole('row', { name: new RegExp(`^${escapeRe(this.t(key, o))}`) }).getByRole('cell').allInnerTexts();
  }

  reportField(key: string): Locator { return this.labelled(this.t(key)); }
  total(f: TotalField): Locator {
    const label = DURATIONS.includes(f) ? `${this.t(`report.total.${f}`)} (${this.t('report.durationSuffix')})` : this.t(`report.total.${f}`);
    return this.labelled(label);
  }
  stated(id: IndicatorId, unit: string): Locator {
    return this.labelled(`${indicatorName(id, this.visit.shell.lang)} (${this.t(`unit.${unit}`)})`);
  }
  definition(id: IndicatorId): Locator {
    return this.page.getByRole('combobox', { name: this.t('report.definition', { indicator: indicatorName(id, this.visit.shell.lang) }) });
  }
  source(v: 'totals' | 'csv'): Locator {
    return this.page.getByRole('group', { name: this.t('report.source') }).getByRole('radio', { name: this.t(`report.source.${v}`), exact: true });
  }
  csvInput(): Locator { return this.page.getByLabel(this.t('report.csv.label'), { exact: true }); }
  reportTable(): Locator { return this.page.getByRole('region', { name: this.t('report.results') }).getByRole('table'); }
  indicatorRow(id: IndicatorId): Locator {
    return this.reportTable().getByRole('row', { name: new RegExp(`^${escapeRe(indicatorName(id, this.visit.shell.lang))}`) });
  }

  confirm(): Locator { return this.page.getByRole('button', { name: this.t('common.confirm'), exact: true }); }
  /** Waits until the screen says its check is stored (the status names the author and time). */
  async waitStored(): Promise<void> {
    // Both sentences (with and without the author's name) start with the same word.
    const prefix = this.t('common.storedAnon', { time: '\u0000' }).split(':')[0];
    await this.page.getByRole('status').filter({ hasText: new RegExp(`^${escapeRe(prefix)}:`) }).waitFor();
  }
  errorOf(control: Locator): Promise<string | null> {
    return control.evaluate((el) => {
      const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ') || null;
    });
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
