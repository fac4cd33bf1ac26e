import type { Stats } from 'node:fs';
import { CONTENT_SECURITY_POLICY } from './csp';
import { mimeTypeFor } from './mime';
import { resolveAssetPath } from './resolve';

export interface AssetFs {
  stat(path: string): Promise<Pick<Stats, 'isFile' | 'size'>>;
  readFile(path: string): Promise<Uint8Array<ArrayBuffer>>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  // Built files change only with a new app version; never serve yesterday's bundle after an update.
  'Cache-Control': 'no-cache',
};

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra } });
}

/** The app:// protocol handler: serves files from rootDir (the built renderer) and nothing else. */
export function createAssetHandler(rootDir: string, fs: AssetFs): (request: Pick<Request, 'url' | 'method'>) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    const filePath = resolveAssetPath(rootDir, request.url);
    if (filePath === null) return plain(404, 'Not found');
    let body: Uint8Array<ArrayBuffer>;
    try {
      const stats = await fs.stat(filePath);
      if (!stats.isFile()) return plain(404, 'Not found');
      body = request.method === 'HEAD' ? new Uint8Array(0) : await fs.readFile(filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return plain(404, 'Not found');
      return plain(500, 'Could not read the file');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(filePath) },
    });
  };
}
