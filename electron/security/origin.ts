import { APP_HOST, APP_SCHEME } from '../ipc/contract';

function parse(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for URLs on our fixed origin app://siteproof. Parsed, never prefix-matched: `app://siteproof.evil`,
 * `app://evil@siteproof` and `app://siteproof:1` are all different origins (or tricks) and must fail.
 */
export function isAppOrigin(url: unknown): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** blob: URLs carry their creator's origin inside (`blob:app://siteproof/<uuid>`). */
export function isAppBlobUrl(url: unknown): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === 'blob:' && isAppOrigin(parsed.pathname);
}
