import { isAppBlobUrl, isAppOrigin } from './origin';

/**
 * The app makes no network request of any kind. Everything the renderer loads comes from app://siteproof,
 * from blob:/data: URLs it made itself, or (while debugging) from the DevTools' own pages.
 */
export function isRequestAllowed(url: string): boolean {
  if (isAppOrigin(url) || isAppBlobUrl(url)) return true;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  return protocol === 'data:' || protocol === 'devtools:';
}
