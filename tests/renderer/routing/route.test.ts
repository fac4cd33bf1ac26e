import { describe, expect, it } from 'vitest';
import { href, parseRoute, type Route } from '../../../renderer/routing/route';

describe('parseRoute', () => {
  it.each<[string, Route]>([
    ['', { name: 'visits' }],
    ['#', { name: 'visits' }],
    ['#/', { name: 'visits' }],
    ['#/visits', { name: 'visits' }],
    ['#/visits/', { name: 'visits' }],
    ['#/visits/new', { name: 'visit-new' }],
    ['#/visits/0b7d2c1e-8f00-4c3e-9a51-5a0e3f1d2b77', { name: 'visit', visitId: '0b7d2c1e-8f00-4c3e-9a51-5a0e3f1d2b77' }],
    ['#/visits/abc/edit', { name: 'visit-edit', visitId: 'abc' }],
    ['#/library', { name: 'library' }],
    ['#/library/callcenter-inbound', { name: 'library', templateId: 'callcenter-inbound' }],
    ['#/about', { name: 'about' }],
    ['#/about/extra', { name: 'not-found', path: '/about/extra' }],
    ['#/visits/a/b', { name: 'not-found', path: '/visits/a/b' }],
    ['#/nowhere', { name: 'not-found', path: '/nowhere' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('survives a malformed percent escape instead of throwing', () => {
    expect(parseRoute('#/visits/%E0%A4%A')).toEqual({ name: 'visit', visitId: '%E0%A4%A' });
  });
});

describe('href', () => {
  it.each<Exclude<Route, { name: 'not-found' }>>([
    { name: 'visits' },
    { name: 'visit-new' },
    { name: 'visit', visitId: 'a b/c' },
    { name: 'visit-edit', visitId: 'x/y' },
    { name: 'library' },
    { name: 'library', templateId: 'callcenter-inbound' },
    { name: 'about' },
  ])('round-trips %o', (route) => {
    expect(parseRoute(href(route))).toEqual(route);
  });
});
