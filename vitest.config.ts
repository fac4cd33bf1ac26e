import { defineConfig } from 'vitest/config';
import './scripts/node20-polyfills';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Several tests start a CLI process or electron-builder's schema check; on a loaded 2-core CI machine those take
    // more than the default 5 s without anything being wrong. Slow tests say their own, longer, limit.
    testTimeout: 30_000,
  },
});
