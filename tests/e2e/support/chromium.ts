import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags from the team guide: headless, no sandbox (containers), nothing that phones home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

/**
 * Whether browser tests can run. Without Chromium they fail on CI (CI=true) and are skipped loudly elsewhere, so
 * a developer machine without it is not blocked but nobody mistakes a skip for a pass.
 */
export function chromiumAvailability(): { available: true } | { available: false; message: string } {
  if (existsSync(CHROMIUM_PATH)) return { available: true };
  const message = `Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH or install the chromium package).`;
  if (process.env.CI === 'true') throw new Error(`${message} Browser tests cannot be skipped on CI.`);
  return { available: false, message };
}
