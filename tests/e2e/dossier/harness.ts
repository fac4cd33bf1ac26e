import { harnessBuilder, launchGuarded, type GuardedBrowser } from '../support/harness';

/**
 * The dossier dialogs are driven through a small page of their own (renderer/features/dossier/harness/), built
 * into tests/e2e/out so it never ships in dist/: it seeds visits and photos, and records saved files.
 */
const PATH = 'features/dossier/harness/index.html';
const server = harnessBuilder('dossier-harness', PATH).server;

export interface DossierHarness extends GuardedBrowser {
  open(lang?: string): Promise<void>;
  /** Files the page saved, as bytes. */
  saved(): Promise<{ name: string; bytes: Buffer }[]>;
}

export async function launchHarness(): Promise<DossierHarness> {
  const srv = await server();
  const b = await launchGuarded(srv.url, { profilePrefix: 'siteproof-dossier-', viewport: { width: 1200, height: 900 }, timeoutMs: 30_000 });
  return {
    ...b,
    async open(lang = 'en') {
      await b.page.goto(`${srv.url}${PATH}?lang=${lang}`);
      await b.page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    },
    async saved() {
      const files = await b.page.evaluate(() => window.__saved.map((f) => ({ name: f.name, base64: f.base64 })));
      return files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') }));
    },
  };
}
