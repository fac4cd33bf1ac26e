import nodePath from 'node:path';
import { APP_HOST, APP_SCHEME } from '../ipc/contract';

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/** Characters no built asset name contains; in a segment they can only be an attempt to leave the root. */
const FORBIDDEN_IN_SEGMENT = /[/\\:\0]/;

/**
 * Maps an app://siteproof URL to a file under rootDir, or null when the URL is foreign or tries to leave rootDir.
 * Chromium already collapses plain `..`, but protocol handlers still see encoded tricks (%2e%2e%2f, %5c), so each
 * segment is decoded exactly once, checked, and the result is checked again for containment.
 * `pathApi` lets tests run the Windows rules on any machine.
 */
export function resolveAssetPath(rootDir: string, requestUrl: string, pathApi: PathApi = nodePath): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '' || url.username !== '' || url.password !== '') {
    return null;
  }
  const pathname = url.pathname === '' || url.pathname === '/' ? '/index.html' : url.pathname;
  const segments: string[] = [];
  for (const raw of pathname.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..' || FORBIDDEN_IN_SEGMENT.test(segment)) return null;
    segments.push(segment);
  }
  const root = pathApi.resolve(rootDir);
  const target = pathApi.resolve(root, ...segments);
  const relative = pathApi.relative(root, target);
  if (relative === '' || relative.startsWith(`..${pathApi.sep}`) || relative === '..' || pathApi.isAbsolute(relative)) return null;
  return target;
}
