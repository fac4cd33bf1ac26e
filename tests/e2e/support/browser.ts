import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { reportCspViolations } from './csp';

export interface AppSession {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Requests that tried to leave the local test server; the app must make none. */
  offsite: string[];
  /** Uncaught exceptions and console errors from the page. */
  errors: string[];
  /** Opens a route such as '#/library' and waits for the shell. */
  open(route?: string): Promise<void>;
  close(): Promise<void>;
}

export const baseUrl = (): string => inject('baseUrl');
export const skipReason = (): string => inject('skipReason');

/**
 * A Chromium with its own fresh profile directory (one per test file), so IndexedDB and localStorage start empty
 * and survive reloads within the file.
 */
export async function launchApp(viewport = { width: 1280, height: 860 }, options: { savePicker?: boolean } = {}): Promise<AppSession> {
  const url = baseUrl();
  const origin = new URL(url).origin;
  const profile = await mkdtemp(join(tmpdir(), 'siteproof-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'en-US',
  });
  // Chromium's save picker is a native dialog a headless test cannot answer: without it the app saves by
  // download, which tests can catch. Tests of the picker path keep it and stub it (see packages/stream.e2e.ts).
  if (!options.savePicker) await context.addInitScript(() => { delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker; });
  const offsite: string[] = [];
  const errors: string[] = [];
  await reportCspViolations(context);
  await context.route(
    (u) => !['data:', 'blob:'].includes(u.protocol) && u.origin !== origin,
    (route) => {
      offsite.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.setDefaultTimeout(15_000);
  return {
    context,
    page,
    baseUrl: url,
    offsite,
    errors,
    async open(route = '#/visits') {
      await page.goto(`${url}${route}`);
      await page.getByRole('navigation').first().waitFor();
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Closes a session and fails the file if the app tried to reach off the machine or the page logged an error.
 * `ignore` drops errors a test provokes on purpose (or Chromium's own favicon request).
 */
export async function closeClean(s: AppSession, ignore: (error: string) => boolean = () => false): Promise<void> {
  const { offsite, errors } = s;
  await s.close();
  expect(offsite, 'the app made network requests').toEqual([]);
  expect(errors.filter((e) => !ignore(e)), 'the page logged errors').toEqual([]);
}

export const favicon = (error: string): boolean => error.includes('favicon');
