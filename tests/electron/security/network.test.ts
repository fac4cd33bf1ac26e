import { describe, expect, it } from 'vitest';
import { isRequestAllowed } from '../../../electron/security/network';

describe('isRequestAllowed', () => {
  it.each(['app://siteproof/index.html', 'app://siteproof/assets/index-abc.js', 'blob:app://siteproof/0b8e', 'data:image/png;base64,AAAA', 'devtools://devtools/bundled/inspector.html'])(
    'lets local %s through',
    (url) => {
      expect(isRequestAllowed(url)).toBe(true);
    },
  );

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'ws://localhost:1234/',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://siteproof.evil.com/x.js',
    'blob:https://example.com/123',
    'chrome-extension://abc/x.js',
    'not a url',
  ])('cancels %s', (url) => {
    expect(isRequestAllowed(url)).toBe(false);
  });
});
