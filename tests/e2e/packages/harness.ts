import { harnessBuilder, launchGuarded, type GuardedBrowser } from '../support/harness';

/**
 * The packages feature is tested through a page of its own (renderer/features/packages/harness/): the app's real
 * visits and visit pages. Built into tests/e2e/out so it never ships in dist/; served on loopback and driven like
 * the app, one fresh profile per evaluator.
 */
const HARNESS_PATH = 'features/packages/harness/index.html';
export const harnessServer = harnessBuilder('packages-harness', HARNESS_PATH).server;

export interface Evaluator extends GuardedBrowser {
  /** Opens a route of the harness ('#/visits', '#/visits/<id>') and waits until it is ready. */
  open(route?: string): Promise<void>;
}

/** One evaluator's laptop: a Chromium with its own fresh profile (its own IndexedDB). */
export async function launchEvaluator(opts: { savePicker?: boolean } = {}): Promise<Evaluator> {
  const server = await harnessServer();
  const b = await launchGuarded(server.url, { profilePrefix: 'siteproof-packages-', acceptDownloads: true, ...opts });
  const url = `${server.url}${HARNESS_PATH}`;
  return {
    ...b,
    async open(route = '#/visits') {
      await b.page.goto(`${url}${route}`);
      await b.page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    },
  };
}
