import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { domainBoundary, SHARED_CORE } from './scripts/eslint/domain-boundary.js';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'dist-cli/**', 'release/**', 'node_modules/**', 'bench/out/**', 'tests/e2e/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The domain is shared by the app, the CLI and the tests: no UI, storage or PDF code in it.
    files: ['renderer/domain/**/*.ts', ...SHARED_CORE],
    plugins: { siteproof: { rules: { 'domain-boundary': domainBoundary } } },
    rules: {
      'siteproof/domain-boundary': 'error',
      // Types from libraries can leak Node's or the DOM's globals into the domain's project; name them here so
      // a use fails lint even where it would compile.
      'no-restricted-globals': ['error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'indexedDB', 'location'].map((name) => ({ name, message: 'renderer/domain has no DOM: pass what you need in.' })),
        ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({ name, message: 'renderer/domain has no Node: pass what you need in.' })),
      ],
    },
  },
  {
    // Features are mounted by the app shell, never the reverse: routing lives in renderer/routing for them to use.
    // Harness pages (dev-only mounts of one feature) may borrow the shell's header.
    files: ['renderer/features/**/*.{ts,tsx}'],
    ignores: ['renderer/features/**/harness/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./)+app(/|$)', message: 'Features do not import the app shell; routing is in renderer/routing.' }] }] },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
