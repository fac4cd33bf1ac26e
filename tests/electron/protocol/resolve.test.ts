import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAssetPath } from '../../../electron/protocol/resolve';

const root = path.resolve('/opt/siteproof/resources/app.asar/dist');

describe('resolveAssetPath', () => {
  it('serves index.html for the bare origin', () => {
    expect(resolveAssetPath(root, 'app://siteproof')).toBe(path.join(root, 'index.html'));
    expect(resolveAssetPath(root, 'app://siteproof/')).toBe(path.join(root, 'index.html'));
  });

  it('maps paths under the root, ignoring query and hash', () => {
    expect(resolveAssetPath(root, 'app://siteproof/assets/index-Ab12.js?v=3#x')).toBe(path.join(root, 'assets', 'index-Ab12.js'));
  });

  it('decodes percent-encoded names once', () => {
    expect(resolveAssetPath(root, 'app://siteproof/assets/%D1%84%D0%BE%D1%82%D0%BE%20one.png')).toBe(path.join(root, 'assets', 'фото one.png'));
    // Double encoding decodes to a literal "%2e%2e" name, which stays inside the root.
    expect(resolveAssetPath(root, 'app://siteproof/%252e%252e/secret')).toBe(path.join(root, '%2e%2e', 'secret'));
  });

  it.each([
    ['app://siteproof/../../secret', 'secret'],
    ['app://siteproof/assets/../../../etc/passwd', 'etc/passwd'],
    ['app://siteproof/%2e%2e/%2e%2e/secret', 'secret'],
    ['app://siteproof/%2E%2E/secret', 'secret'],
    ['app://siteproof/assets/./../index.html', 'index.html'],
  ])('keeps %s inside the root (the URL parser folds the dot segments first)', (url, inside) => {
    expect(resolveAssetPath(root, url)).toBe(path.join(root, ...inside.split('/')));
  });

  it.each([
    'app://siteproof/%2e%2e%2fsecret',
    'app://siteproof/..%2f..%2fsecret',
    'app://siteproof/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://siteproof/..%5c..%5csecret',
    'app://siteproof/%5c%5cserver%5cshare',
    'app://siteproof/assets%5c..%5c..%5csecret',
    'app://siteproof/%2fetc%2fpasswd',
    'app://siteproof//etc/passwd',
    'app://siteproof/C:%5cWindows%5cwin.ini',
    'app://siteproof/c%3a/Windows/win.ini',
    'app://siteproof/index.html%00.png',
    'app://siteproof/%E0%A4%A',
    'app://siteproof/assets/',
  ])('refuses %s', (url) => {
    expect(resolveAssetPath(root, url)).toBeNull();
  });

  it.each([
    'app://evil/index.html',
    'app://siteproof.evil.com/index.html',
    'app://evil@siteproof/index.html',
    'app://siteproof:1234/index.html',
    'https://siteproof/index.html',
    'file:///etc/passwd',
    'app:///etc/passwd',
    'not a url',
  ])('refuses the foreign URL %s', (url) => {
    expect(resolveAssetPath(root, url)).toBeNull();
  });

  it('applies the same containment under Windows path rules', () => {
    const winRoot = 'C:\\Program Files\\SiteProof\\resources\\app.asar\\dist';
    expect(resolveAssetPath(winRoot, 'app://siteproof/assets/a.js', path.win32)).toBe(`${winRoot}\\assets\\a.js`);
    for (const url of ['app://siteproof/..%5c..%5csecret', 'app://siteproof/C:%5cWindows', 'app://siteproof/%5c%5cserver%5cshare', 'app://siteproof/D:/x']) {
      expect(resolveAssetPath(winRoot, url, path.win32)).toBeNull();
    }
  });
});
