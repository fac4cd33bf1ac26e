import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/protocol/csp';
import { createAssetHandler, type AssetFs } from '../../../electron/protocol/handler';

let base: string;
let root: string;
let serve: ReturnType<typeof createAssetHandler>;

beforeAll(async () => {
  base = await fsp.mkdtemp(path.join(os.tmpdir(), 'siteproof-protocol-'));
  root = path.join(base, 'dist');
  await fsp.mkdir(path.join(root, 'assets'), { recursive: true });
  await fsp.writeFile(path.join(root, 'index.html'), '<!doctype html><title>SiteProof</title>');
  await fsp.writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await fsp.writeFile(path.join(base, 'secret.txt'), 'top secret');
  serve = createAssetHandler(root, { stat: fsp.stat, readFile: fsp.readFile });
});

afterAll(async () => {
  await fsp.rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => serve({ url, method });

describe('createAssetHandler', () => {
  it('serves the page with its type and the CSP as a real header', async () => {
    const response = await get('app://siteproof/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>SiteProof</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://siteproof/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://siteproof/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each(['app://siteproof/missing.js', 'app://siteproof/assets', 'app://siteproof/assets/'])('404s %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://siteproof/..%2fsecret.txt',
    'app://siteproof/%2e%2e%2fsecret.txt',
    'app://siteproof/..%5csecret.txt',
    'app://siteproof/assets/..%2f..%2fsecret.txt',
    'app://evil/index.html',
  ])('never serves a file outside dist: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('top secret');
  });

  it('never serves an absolute path smuggled in one segment', async () => {
    const response = await get(`app://siteproof/${encodeURIComponent(path.join(base, 'secret.txt'))}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('top secret');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://siteproof/index.html', 'POST');
    expect(response.status).toBe(405);
  });

  it('reports a read failure as 500 without details', async () => {
    const broken: AssetFs = {
      stat: async () => ({ isFile: () => true, size: 1 }),
      readFile: async () => {
        throw Object.assign(new Error('EIO: i/o error, read /secret/path'), { code: 'EIO' });
      },
    };
    const response = await createAssetHandler(root, broken)({ url: 'app://siteproof/index.html', method: 'GET' });
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('/secret/path');
  });
});
