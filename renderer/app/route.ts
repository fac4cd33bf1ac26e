import { useEffect, useState } from 'react';

/** Hash routes keep the app a single document, which suits both app://siteproof and a static web server. */
export type Route =
  | { name: 'visits' }
  | { name: 'visit'; visitId: string }
  | { name: 'library'; templateId?: string }
  | { name: 'about' }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0 || (parts[0] === 'visits' && parts.length === 1)) return { name: 'visits' };
  if (parts[0] === 'visits' && parts.length === 2) return { name: 'visit', visitId: parts[1] };
  if (parts[0] === 'library') return parts[1] ? { name: 'library', templateId: parts[1] } : { name: 'library' };
  if (parts[0] === 'about' && parts.length === 1) return { name: 'about' };
  return { name: 'not-found', path };
}

export function href(route: Exclude<Route, { name: 'not-found' }>): string {
  switch (route.name) {
    case 'visits': return '#/visits';
    case 'visit': return `#/visits/${encodeURIComponent(route.visitId)}`;
    case 'library': return route.templateId ? `#/library/${encodeURIComponent(route.templateId)}` : '#/library';
    case 'about': return '#/about';
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
