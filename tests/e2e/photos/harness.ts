import { harnessBuilder, launchGuarded, type GuardedBrowser } from '../support/harness';

/**
 * The photo pipeline is tested through a small page of its own (renderer/features/photos/harness/), built into
 * tests/e2e/out so it never ships in dist/. Served and driven like the app: the shared static server, the
 * team's Chromium flags, a fresh profile per session.
 */
const HARNESS_PATH = 'features/photos/harness/index.html';
const harness = harnessBuilder('photos-harness', HARNESS_PATH);
export const HARNESS_OUT = harness.out;

/** Builds the harness once per process and serves it. */
export const harnessServer = harness.server;

/** Stops the harness server (a bench or a test file calls this once it is done with every session). */
export const stopHarnessServer = harness.stop;

/** `close(true)` keeps the profile so a test can start again on the same data. */
export interface HarnessSession extends GuardedBrowser {
  url: string;
  /** Opens the harness (query e.g. 'lang=ru' or 'ui=0') and waits until its probes are installed. */
  open(query?: string): Promise<void>;
}

export async function launchHarness(profileDir?: string): Promise<HarnessSession> {
  const server = await harnessServer();
  const b = await launchGuarded(server.url, { profile: profileDir, profilePrefix: 'siteproof-photos-' });
  const url = `${server.url}${HARNESS_PATH}`;
  return {
    ...b,
    url,
    async open(query = '') {
      await b.page.goto(query ? `${url}?${query}` : url);
      await b.page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    },
  };
}
