import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { CONTENT_SECURITY_POLICY } from '../../../electron/protocol/csp';
import { reportCspViolations } from './csp';
import { serveStatic, type StaticServer } from './static-server';

/**
 * Feature test pages (renderer/**\/harness/index.html) are built into tests/e2e/out so they never ship in dist/,
 * then served on loopback and driven like the app.
 */
const ROOT = resolve(import.meta.dirname, '../../..');

/** Returns a function that builds the page once per process and serves it. */
export function harnessBuilder(name: string, pagePath: string): { out: string; server: () => Promise<StaticServer>; stop: () => Promise<void> } {
  const out = resolve(ROOT, 'tests/e2e/out', name);
  let built: Promise<StaticServer> | null = null;
  const server = () => {
    built ??= (async () => {
      await build({
        configFile: false,
        root: resolve(ROOT, 'renderer'),
        base: './',
        logLevel: 'warn',
        plugins: [react()],
        worker: { format: 'es' },
        build: {
          outDir: out,
          emptyOutDir: true,
          target: 'chrome120',
          chunkSizeWarningLimit: 8000,
          rollupOptions: { input: resolve(ROOT, 'renderer', pagePath) },
        },
      });
      return serveStatic(out, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
    })();
    return built;
  };
  const stop = async () => {
    const s = built;
    built = null;
    if (s) await (await s).close();
  };
  return { out, server, stop };
}

export interface GuardedBrowser {
  context: BrowserContext;
  page: Page;
  profile: string;
  /** Page errors and console errors seen so far. */
  errors: string[];
  /** Requests that tried to leave the test server (blocked). */
  offsite: string[];
  close(keepProfile?: boolean): Promise<void>;
}

/**
 * A Chromium with its own profile (its own IndexedDB) that blocks and records every request beyond the test
 * server's origin, and records page and console errors, so tests can assert the app stays offline and clean.
 */
export async function launchGuarded(
  serverUrl: string,
  opts: { profile?: string; profilePrefix: string; viewport?: { width: number; height: number }; acceptDownloads?: boolean; timeoutMs?: number; savePicker?: boolean },
): Promise<GuardedBrowser> {
  const origin = new URL(serverUrl).origin;
  const profile = opts.profile ?? (await mkdtemp(join(tmpdir(), opts.profilePrefix)));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    locale: 'en-US',
    acceptDownloads: opts.acceptDownloads ?? false,
  });
  // Chromium's save picker is a native dialog a headless test cannot answer: without it the app saves by
  // download, which tests can catch. Tests of the picker path keep it and stub it (packages/stream.e2e.ts).
  if (!opts.savePicker) await context.addInitScript(() => { delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker; });
  const errors: string[] = [];
  const offsite: string[] = [];
  await reportCspViolations(context);
  await context.route(
    (u) => !['data:', 'blob:'].includes(u.protocol) && u.origin !== origin,
    (route) => { offsite.push(route.request().url()); return route.abort('blockedbyclient'); },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(opts.timeoutMs ?? 20_000);
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return {
    context, page, profile, errors, offsite,
    async close(keepProfile = false) {
      await context.close();
      if (!keepProfile) await rm(profile, { recursive: true, force: true });
    },
  };
}
