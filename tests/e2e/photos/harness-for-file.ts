import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchHarness, stopHarnessServer, type HarnessSession } from './harness';

/**
 * One harness session for a whole test file (call it inside the file's describe): launched before its tests, each
 * test checked for page errors and network requests, closed (and the server stopped) after them.
 */
export function harnessForFile(started: (s: HarnessSession) => void): void {
  let session: HarnessSession | undefined;
  beforeAll(async () => {
    session = await launchHarness();
    started(session);
  });
  afterEach(() => {
    expect(session?.errors, 'the page logged errors').toEqual([]);
    expect(session?.offsite, 'the page made network requests').toEqual([]);
  });
  afterAll(async () => {
    await session?.close();
    await stopHarnessServer();
  });
}
