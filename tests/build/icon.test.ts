import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Configuration } from 'app-builder-lib';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../electron/protocol/csp';

/**
 * The installers, the taskbar and the browser tab show build/icon.*: without a configured icon electron-builder
 * silently falls back to Electron's, and an SVG that names a URL would make the app's own page reach the network.
 */
const root = path.resolve(__dirname, '../..');
const PLATFORMS = ['linux', 'win', 'mac'] as const;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface PngHeader { width: number; height: number; bitDepth: number; colourType: number }

/** Reads the IHDR chunk, which the PNG format requires to come first. */
function pngHeader(bytes: Buffer): PngHeader {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG (signature)');
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG (first chunk is not IHDR)');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bitDepth: bytes[24], colourType: bytes[25] };
}

/**
 * The RGBA of pixel (0, 0) of an 8-bit RGBA PNG. On the first row every PNG filter leaves the first pixel's bytes
 * as stored (there is nothing to its left or above), so no unfiltering is needed.
 */
function topLeftPixel(bytes: Buffer): number[] {
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return [...raw.subarray(1, 5)];
}

/** What in an SVG could load or run something: URLs, external hrefs, script, embedded HTML, fonts, text. */
function svgExternalReferences(svg: string): string[] {
  // The namespace declaration is an identifier, never fetched.
  const body = svg.replace(/\sxmlns(:\w+)?="http:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink)"/g, '');
  const rules: Array<[string, RegExp]> = [
    ['a URL', /\b(https?|ftp|file|data|javascript):/i],
    ['a protocol-relative URL', /["'(]\s*\/\//],
    ['an href that is not a fragment', /\bhref\s*=\s*["']\s*[^#"'\s]/i],
    ['a url() that is not a fragment', /url\(\s*["']?\s*[^#"'\s)]/i],
    ['@import', /@import/i],
    ['<script>', /<script\b/i],
    ['<foreignObject>', /<foreignObject\b/i],
    ['<image>', /<image\b/i],
    ['<use> (could name another file)', /<use\b/i],
    ['text (needs a font)', /<text\b|font-family|<font\b/i],
    ['an event handler', /\son\w+\s*=/i],
  ];
  return rules.filter(([, pattern]) => pattern.test(body)).map(([name]) => name);
}

describe('the checks themselves', () => {
  it('reject what is not a PNG and read a PNG header', () => {
    expect(() => pngHeader(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'.padEnd(40)))).toThrow(/signature/);
    const header = Buffer.alloc(33);
    PNG_SIGNATURE.copy(header);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(256, 16);
    header.writeUInt32BE(256, 20);
    expect(pngHeader(header)).toMatchObject({ width: 256, height: 256 });
  });

  it('flag each way an SVG could reach out, and pass a plain one', () => {
    const wrap = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${inner}</svg>`;
    expect(svgExternalReferences(wrap('<rect fill="url(#g)"/><path d="M0 0"/>'))).toEqual([]);
    expect(svgExternalReferences(wrap('<image xlink:href="https://example.com/a.png"/>'))).toEqual(expect.arrayContaining(['a URL', 'an href that is not a fragment', '<image>']));
    expect(svgExternalReferences(wrap('<use href="other.svg#a"/>'))).toEqual(['an href that is not a fragment', '<use> (could name another file)']);
    expect(svgExternalReferences(wrap('<script>alert(1)</script>'))).toEqual(['<script>']);
    expect(svgExternalReferences(wrap('<style>@import "//cdn.example/x.css";</style>'))).toEqual(expect.arrayContaining(['a protocol-relative URL', '@import']));
    expect(svgExternalReferences(wrap('<rect fill="url(icons.svg#x)"/>'))).toEqual(['a url() that is not a fragment']);
    expect(svgExternalReferences(wrap('<text font-family="Arial">S</text>'))).toEqual(['text (needs a font)']);
    expect(svgExternalReferences(wrap('<rect onload="x()"/>'))).toEqual(['an event handler']);
    expect(svgExternalReferences('<svg xmlns="https://www.w3.org/2000/svg"/>')).toEqual(['a URL']);
  });
});

describe('app icon', () => {
  let builder: Configuration;

  beforeAll(async () => {
    // electron-builder's own loader, so the test reads the YAML exactly as packaging will.
    builder = await getConfig(root, 'electron-builder.yml', null);
  });

  it.each(PLATFORMS)('%s points at build/icon.png, a file that exists', (platform) => {
    const icon = builder[platform]?.icon;
    expect(icon).toBe('build/icon.png');
    // electron-builder looks in buildResources first, then in the project folder.
    const buildResources = path.resolve(root, builder.directories?.buildResources ?? 'build');
    const found = [buildResources, root].map((dir) => path.resolve(dir, icon as string)).find((file) => existsSync(file));
    expect(found, `${icon} not found in ${buildResources} or ${root}`).toBe(path.join(root, 'build/icon.png'));
  });

  it('is a square RGBA PNG of at least 512×512 with transparent corners', async () => {
    const png = await readFile(path.join(root, 'build/icon.png'));
    const header = pngHeader(png);
    expect(header.width).toBeGreaterThanOrEqual(512);
    expect(header.height).toBe(header.width);
    expect(header).toMatchObject({ bitDepth: 8, colourType: 6 });
    expect(topLeftPixel(png)[3], 'alpha of pixel (0, 0)').toBe(0);
  });

  it('comes from an SVG with no external reference, script or text', async () => {
    const svg = await readFile(path.join(root, 'build/icon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg\b[^>]*\bviewBox="0 0 1024 1024"/);
    expect(svgExternalReferences(svg)).toEqual([]);
  });
});

describe('page icon', () => {
  it('is the same SVG, served by the renderer from its own origin', async () => {
    const [svg, favicon, html] = await Promise.all([
      readFile(path.join(root, 'build/icon.svg'), 'utf8'),
      readFile(path.join(root, 'renderer/public/favicon.svg'), 'utf8'),
      readFile(path.join(root, 'renderer/index.html'), 'utf8'),
    ]);
    expect(favicon, 'renderer/public/favicon.svg differs from build/icon.svg: run npm run icon').toBe(svg);
    // Vite serves renderer/public/ at the root and rewrites /favicon.svg to ./favicon.svg in the build.
    const links = html.match(/<link\b[^>]*\brel="icon"[^>]*>/g) ?? [];
    expect(links).toHaveLength(1);
    expect(links[0]).toContain('href="/favicon.svg"');
    expect(links[0]).toContain('type="image/svg+xml"');
    const imgSrc = CSP_DIRECTIVES.find(([name]) => name === 'img-src')?.[1].split(' ');
    expect(imgSrc).toContain("'self'");
  });
});
