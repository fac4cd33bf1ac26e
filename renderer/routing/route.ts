import { useEffect, useState } from 'react';

/** Hash routes keep the app a single document, which suits both app://siteproof and a static web server. */
export type Route =
  | { name: 'visits' }
  | { name: 'visit'; visitId: string }
  | { name: 'visit-new' }
  | { name: 'visit-edit'; visitId: string }
  | { name: 'library'; templateId?: string }
  | { name: 'about' }
  | { name: 'not-found'; path: string };

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part; // a hand-typed "%" must not crash the app
  }
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decode);
  if (parts.length === 0 || (parts[0] === 'visits' && parts.length === 1)) return { name: 'visits' };
  // Visit ids are UUIDs, so the word "new" can never be one.
  if (parts[0] === 'visits' && parts.length === 2) return parts[1] === 'new' ? { name: 'visit-new' } : { name: 'visit', visitId: parts[1] };
  if (parts[0] === 'visits' && parts.length === 3 && parts[2] === 'edit') return { name: 'visit-edit', visitId: parts[1] };
  if (parts[0] === 'library') return parts[1] ? { name: 'library', templateId: parts[1] } : { name: 'library' };
  if (parts[0] === 'about' && parts.length === 1) return { name: 'about' };
  return { name: 'not-found', path };
}

export function href(route: Exclude<Route, { name: 'not-found' }>): string {
  switch (route.name) {
    case 'visits': return '#/visits';
    case 'visit': return `#/visits/${encodeURIComponent(route.visitId)}`;
    case 'visit-new': return '#/visits/new';
    case 'visit-edit': return `#/visits/${encodeURIComponent(route.visitId)}/edit`;
    case 'library': return route.templateId ? `#/library/${encodeURIComponent(route.templateId)}` : '#/library';
    case 'about': return '#/about';
  }
}

export function navigate(route: Exclude<Route, { name: 'not-found' }>): void {
  location.hash = href(route);
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
