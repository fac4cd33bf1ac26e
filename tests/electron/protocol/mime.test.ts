import { describe, expect, it } from 'vitest';
import { FALLBACK_MIME, mimeTypeFor } from '../../../electron/protocol/mime';

describe('mimeTypeFor', () => {
  it.each([
    ['/dist/index.html', 'text/html; charset=utf-8'],
    ['/dist/assets/index-x.js', 'text/javascript; charset=utf-8'],
    ['/dist/assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['/dist/assets/app.CSS', 'text/css; charset=utf-8'],
    ['/dist/assets/DejaVuSans.ttf', 'font/ttf'],
    ['/dist/assets/font.woff2', 'font/woff2'],
    ['/dist/assets/logo.svg', 'image/svg+xml'],
    ['/dist/photo.JPG', 'image/jpeg'],
    ['/dist/x.wasm', 'application/wasm'],
    ['C:\\dist\\manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });

  it.each(['/dist/LICENSE', '/dist/archive.bin', '/dist.d/noext', 'C:\\a.b\\noext'])('falls back to bytes for %s', (file) => {
    expect(mimeTypeFor(file)).toBe(FALLBACK_MIME);
  });
});
