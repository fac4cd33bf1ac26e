import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * The dossier dialogs are driven through a small page of their own (renderer/features/dossier/harness/), built
 * here into tests/e2e/out so it never ships in dist/: it seeds visits and photos, and records saved files.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const OUT = resolve(ROOT, 'tests/e2e/out/dossier-harness');
const PATH = 'features/dossier/harness/index.html';

let built: Promise<StaticServer> | null = null;
function server(): Promise<StaticServer> {
  built ??= (async () => {
    await build({
      configFile: false,
      root: resolve(ROOT, 'renderer'),
      base: './',
      logLevel: 'warn',
      plugins: [react()],
      worker: { format: 'es' },
      build: { outDir: OUT, emptyOutDir: true, target: 'chrome120', chunkSizeWarningLimit: 4000, rollupOptions: { input: resolve(ROOT, 'renderer', PATH) } },
    });
    return serveStatic(OUT);
  })();
  return built;
}

export interface DossierHarness {
  page: Page;
  context: BrowserContext;
  errors: string[];
  offsite: string[];
  open(lang?: string): Promise<void>;
  /** Files the page saved, as bytes. */
  saved(): Promise<{ name: string; bytes: Buffer }[]>;
  close(): Promise<void>;
}

export async function launchHarness(): Promise<DossierHarness> {
  const srv = await server();
  const origin = new URL(srv.url).origin;
  const profile = await mkdtemp(join(tmpdir(), 'siteproof-dossier-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1200, height: 900 }, locale: 'en-US' });
  const errors: string[] = [];
  const offsite: string[] = [];
  await context.route(
    (u) => !['data:', 'blob:'].includes(u.protocol) && u.origin !== origin,
    (route) => { offsite.push(route.request().url()); return route.abort('blockedbyclient'); },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return {
    page, context, errors, offsite,
    async open(lang = 'en') {
      await page.goto(`${srv.url}${PATH}?lang=${lang}`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    },
    async saved() {
      const files = await page.evaluate(() => window.__saved.map((f) => ({ name: f.name, base64: f.base64 })));
      return files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') }));
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
