import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumAvailability } from './chromium';
import { CONTENT_SECURITY_POLICY } from '../../../electron/protocol/csp';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:<port>/ serving dist/ */
    baseUrl: string;
    /** Empty when Chromium is available; otherwise why the browser tests are skipped. */
    skipReason: string;
  }
}

const DIST = resolve(import.meta.dirname, '../../../dist');

/** Serves the renderer built by `npm run build:renderer` (the test:e2e script builds first; this builds nothing). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = chromiumAvailability();
  if (!chromium.available) {
    const banner = '!'.repeat(100);
    console.warn(`\n${banner}\n!! BROWSER TESTS SKIPPED: ${chromium.message}\n${banner}\n`);
  }
  if (!existsSync(resolve(DIST, 'index.html'))) {
    throw new Error(`No built renderer in ${DIST}. Run "npm run build:renderer" first (npm run test:e2e does).`);
  }
  // The policy the desktop app sends with every page, so every browser test runs under it.
  const server = await serveStatic(DIST, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
  project.provide('baseUrl', server.url);
  project.provide('skipReason', chromium.available ? '' : chromium.message);
  return () => server.close();
}
