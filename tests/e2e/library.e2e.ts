import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { LibraryPage } from './pages/library-page';
import { launchApp, skipReason, type AppSession } from './support/browser';

interface RawQuestion { number: number; categories: string[]; title: Record<string, string> }
interface RawTemplate { id: string; title: Record<string, string>; sections: { questions: RawQuestion[] }[] }

// Counted straight from the shipped file, independently of the app's filter code.
const inbound = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../templates/callcenter-inbound.json'), 'utf8')) as RawTemplate;
const questions = inbound.sections.flatMap((s) => s.questions);
const countFor = (c: string) => questions.filter((q) => q.categories.includes(c)).length;

describe.skipIf(skipReason() !== '')('library', () => {
  let s: AppSession;
  let shell: AppShell;
  let lib: LibraryPage;

  beforeAll(async () => {
    s = await launchApp();
    shell = new AppShell(s.page, 'ru');
    lib = new LibraryPage(shell);
    await s.open(`#/library/${inbound.id}`);
    await lib.waitReady();
  });

  afterAll(async () => {
    const { offsite, errors } = s;
    await s.close();
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows every question of the template at first', async () => {
    expect(await lib.templateSelect().inputValue()).toBe(inbound.id);
    expect(await lib.count()).toEqual({ shown: questions.length, total: questions.length });
    expect(await lib.questions().count()).toBe(questions.length);
    expect(await lib.categoryButton('all').getAttribute('aria-pressed')).toBe('true');
  });

  it('filters by category: C shows fewer questions than B, B fewer or as many as A', async () => {
    const shown: Record<string, number> = {};
    for (const c of ['A', 'B', 'C'] as const) {
      await lib.chooseCategory(c);
      expect(await lib.categoryButton(c).getAttribute('aria-pressed')).toBe('true');
      await expect.poll(async () => (await lib.count()).shown).toBe(countFor(c));
      expect(await lib.questions().count()).toBe(countFor(c));
      shown[c] = countFor(c);
    }
    expect(shown.C).toBeLessThan(shown.A);
    expect(shown.C).toBeLessThanOrEqual(shown.B);
    expect(shown.B).toBeLessThanOrEqual(shown.A);
    // Every question shown under C is marked as a C question.
    const badges = await lib.questions().evaluateAll((cards) => cards.map((c) => c.querySelector('.question__cats')?.textContent ?? ''));
    expect(badges.every((b) => b.includes('C'))).toBe(true);
  });

  it('searches question texts and combines the search with the category', async () => {
    await lib.chooseCategory('all');
    const target = questions[questions.length - 1];
    const word = target.title.ru.split(/\s+/).find((w) => w.length > 5)!.replace(/[«»,.:;()]/g, '');
    await lib.search().fill(word);
    await expect.poll(async () => (await lib.count()).shown).toBeLessThan(questions.length);
    const { shown } = await lib.count();
    expect(shown).toBeGreaterThan(0);
    expect(await lib.questions().count()).toBe(shown);
    expect(await lib.question(target.title.ru).count()).toBe(1);

    await lib.search().fill(String(target.number));
    await expect.poll(() => lib.question(target.title.ru).count()).toBe(1);

    await lib.search().fill('zzzz-no-such-text');
    await expect.poll(async () => (await lib.count()).shown).toBe(0);
    expect(await lib.questions().count()).toBe(0);
    await shell.page.getByRole('button', { name: shell.t('library', 'clear') }).click();
    await expect.poll(async () => (await lib.count()).shown).toBe(questions.length);
  });

  it('shows what to ask, why, the recommendation, the steps and the rule for a question', async () => {
    const card = lib.question(questions[0].title.ru);
    for (const key of ['ask', 'why', 'recommended', 'steps', 'rule']) {
      expect(await card.getByRole('heading', { level: 4, name: shell.t('library', key) }).count(), key).toBe(1);
    }
    expect(await card.getByRole('listitem').count()).toBeGreaterThan(2);
  });

  it('switches to the other template', async () => {
    const other = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../templates/selection-factors.json'), 'utf8')) as RawTemplate;
    await lib.templateSelect().selectOption(other.id);
    await shell.page.waitForURL(new RegExp(`#/library/${other.id}$`));
    const total = other.sections.flatMap((s) => s.questions).length;
    await expect.poll(async () => (await lib.count()).total).toBe(total);
  });
});
