import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * The photo pipeline is tested through a small page of its own (renderer/photos/harness/), built here into
 * tests/e2e/out so it never ships in dist/. Served and driven like the app: the shared static server, the
 * team's Chromium flags, a fresh profile per session.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
export const HARNESS_OUT = resolve(ROOT, 'tests/e2e/out/photos-harness');
const HARNESS_PATH = 'photos/harness/index.html';

let built: Promise<StaticServer> | null = null;

/** Builds the harness once per process and serves it. */
export function harnessServer(): Promise<StaticServer> {
  built ??= (async () => {
    await build({
      configFile: false,
      root: resolve(ROOT, 'renderer'),
      base: './',
      logLevel: 'warn',
      plugins: [react()],
      worker: { format: 'es' },
      build: {
        outDir: HARNESS_OUT,
        emptyOutDir: true,
        target: 'chrome120',
        chunkSizeWarningLimit: 4000,
        rollupOptions: { input: resolve(ROOT, 'renderer', HARNESS_PATH) },
      },
    });
    return serveStatic(HARNESS_OUT);
  })();
  return built;
}

/** Stops the harness server (a bench or a test file calls this once it is done with every session). */
export async function stopHarnessServer(): Promise<void> {
  const server = built;
  built = null;
  if (server) await (await server).close();
}

export interface HarnessSession {
  context: BrowserContext;
  page: Page;
  profile: string;
  url: string;
  errors: string[];
  offsite: string[];
  /** Opens the harness (query e.g. 'lang=ru' or 'ui=0') and waits until its probes are installed. */
  open(query?: string): Promise<void>;
  /** Closes the browser; the profile stays when `keepProfile` so a test can start again on the same data. */
  close(keepProfile?: boolean): Promise<void>;
}

export async function launchHarness(profileDir?: string): Promise<HarnessSession> {
  const server = await harnessServer();
  const origin = new URL(server.url).origin;
  const profile = profileDir ?? (await mkdtemp(join(tmpdir(), 'siteproof-photos-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
  });
  const errors: string[] = [];
  const offsite: string[] = [];
  await context.route(
    (u) => !['data:', 'blob:'].includes(u.protocol) && u.origin !== origin,
    (route) => { offsite.push(route.request().url()); return route.abort('blockedbyclient'); },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  const url = `${server.url}${HARNESS_PATH}`;
  return {
    context, page, profile, url, errors, offsite,
    async open(query = '') {
      await page.goto(query ? `${url}?${query}` : url);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    },
    async close(keepProfile = false) {
      await context.close();
      if (!keepProfile) await rm(profile, { recursive: true, force: true });
    },
  };
}
