import { defineConfig } from 'vitest/config';

// Vitest 5's error reporter calls Map.groupBy, which Node 20 lacks (it arrived in Node 21): without this shim a
// failing browser test crashes the reporter instead of printing why it failed. The config loads in the main
// process, where the reporter runs. Remove once the project requires Node 22.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const list = groups.get(k);
        if (list) list.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

// Browser tests drive Debian Chromium through playwright-core against the built renderer (dist/), served on
// loopback by the global setup. One file at a time: each launches its own Chromium on a 2-core machine.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A page that loads a lazy chunk or writes to IndexedDB takes a few seconds on a loaded 2-core CI machine; the
    // default second of expect.poll made such waits fail on load alone (what is awaited is unchanged).
    expect: { poll: { timeout: 10_000 } },
  },
});
