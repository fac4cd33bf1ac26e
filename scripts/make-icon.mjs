// Renders build/icon.svg to build/icon.png (1024×1024, transparent corners). electron-builder makes the .ico, .icns
// and Linux sizes from that PNG itself. Usage: node scripts/make-icon.mjs [--size 1024] [--out build/icon.png]
// Uses Debian Chromium (CHROMIUM_PATH overrides, as in the browser tests) through playwright-core.
// Also copies the SVG to renderer/public/favicon.svg: Vite's dev server cannot serve files outside renderer/, and
// tests/build/icon.test.ts fails when the two differ.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const { values } = parseArgs({ options: { size: { type: 'string', default: '1024' }, out: { type: 'string', default: 'build/icon.png' } } });
const size = Number(values.size);
if (!Number.isInteger(size) || size < 16 || size > 4096) {
  console.error(`--size must be a whole number of pixels from 16 to 4096, got ${values.size}`);
  process.exit(2);
}
const out = resolve(ROOT, values.out);

const svg = await readFile(join(ROOT, 'build/icon.svg'));
// As an <img>, an SVG can neither run script nor load anything; the page itself is a data: document.
const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
const html = `<!doctype html><html><head><style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px}</style></head><body><img id="icon" alt="" src="${src}"></body></html>`;

const profile = await mkdtemp(join(tmpdir(), 'siteproof-icon-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
  viewport: { width: size, height: size },
  deviceScaleFactor: 1,
});
try {
  // Nothing here needs the network; refuse anything that is not inline.
  await context.route((url) => url.protocol !== 'data:', (route) => route.abort('blockedbyclient'));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setContent(html);
  const decoded = await page.locator('#icon').evaluate(async (img) => {
    await img.decode();
    return img.naturalWidth > 0;
  });
  if (!decoded) throw new Error('build/icon.svg did not render');
  const png = await page.locator('#icon').screenshot({ omitBackground: true, type: 'png' });
  await writeFile(out, png);
  console.log(`${values.out}: ${png.readUInt32BE(16)}×${png.readUInt32BE(20)} px, ${png.length} bytes`);
  await copyFile(join(ROOT, 'build/icon.svg'), join(ROOT, 'renderer/public/favicon.svg'));
  console.log('renderer/public/favicon.svg: copied from build/icon.svg');
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
