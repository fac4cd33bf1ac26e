import { APP_SCHEME } from '../ipc/contract';

/**
 * Privileges of app://. standard: without it Chromium disables IndexedDB for the scheme (and data would be keyed
 * differently); secure: getUserMedia needs a secure context; supportFetchAPI + corsEnabled: Vite's module scripts
 * and workers load in CORS mode. No bypassCSP: our own CSP header must apply.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  stream: true,
  codeCache: true,
} as const;

export const PRIVILEGED_SCHEMES = [{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }];
