import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * The packages feature is tested through a page of its own (renderer/features/packages/harness/): the app's real
 * visits and visit pages with the packages panels placed where the lead will put them. Built into tests/e2e/out
 * so it never ships in dist/; served on loopback and driven like the app, one fresh profile per evaluator.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const OUT = resolve(ROOT, 'tests/e2e/out/packages-harness');
const HARNESS_PATH = 'features/packages/harness/index.html';

let built: Promise<StaticServer> | null = null;

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
        outDir: OUT,
        emptyOutDir: true,
        target: 'chrome120',
        chunkSizeWarningLimit: 8000,
        rollupOptions: { input: resolve(ROOT, 'renderer', HARNESS_PATH) },
      },
    });
    return serveStatic(OUT);
  })();
  return built;
}

export interface Evaluator {
  context: BrowserContext;
  page: Page;
  errors: string[];
  offsite: string[];
  /** Opens a route of the harness ('#/visits', '#/visits/<id>') and waits until it is ready. */
  open(route?: string): Promise<void>;
  close(): Promise<void>;
}

/** One evaluator's laptop: a Chromium with its own fresh profile (its own IndexedDB). */
export async function launchEvaluator(): Promise<Evaluator> {
  const server = await harnessServer();
  const origin = new URL(server.url).origin;
  const profile = await mkdtemp(join(tmpdir(), 'siteproof-packages-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    acceptDownloads: true,
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
    context, page, errors, offsite,
    async open(route = '#/visits') {
      await page.goto(`${url}${route}`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
