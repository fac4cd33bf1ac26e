import { describe, expect, it } from 'vitest';
import { isAppBlobUrl, isAppOrigin } from '../../../electron/security/origin';

describe('isAppOrigin', () => {
  it.each(['app://siteproof', 'app://siteproof/', 'app://siteproof/index.html', 'app://siteproof/assets/x.js?v=1#top'])('accepts %s', (url) => {
    expect(isAppOrigin(url)).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'https://siteproof/index.html',
    'http://siteproof/',
    'app://siteproof.evil.com/',
    'app://evil.siteproof/',
    'app://siteproofx/',
    'app://evil@siteproof/',
    'app://user:pass@siteproof/',
    'app://siteproof:8080/',
    'file:///siteproof/index.html',
    'file://siteproof/index.html',
    'javascript:alert(1)//app://siteproof',
    'data:text/html,app://siteproof',
    'blob:app://siteproof/1234',
    'app:siteproof/index.html',
    'app:///siteproof',
    'app://siteproof\\evil',
    'siteproof',
    '',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isAppOrigin(url)).toBe(false);
  });

  it.each([undefined, null, 42, {}, ['app://siteproof/']])('rejects the non-string %j', (value) => {
    expect(isAppOrigin(value)).toBe(false);
  });
});

describe('isAppBlobUrl', () => {
  it('accepts blobs our page created', () => {
    expect(isAppBlobUrl('blob:app://siteproof/6f1c1f4e-7d2a-4c43-9a8e-0c5b3a2f9d10')).toBe(true);
  });

  it.each(['blob:https://evil.example/123', 'blob:app://evil/123', 'app://siteproof/123', 'blob:', 'blob:null/123'])('rejects %s', (url) => {
    expect(isAppBlobUrl(url)).toBe(false);
  });
});
