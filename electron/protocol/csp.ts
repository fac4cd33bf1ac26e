/**
 * Content-Security-Policy sent as a response header with every page we serve. No remote host appears anywhere:
 * the app works offline and must not be able to reach the network even if a dependency tries.
 * blob:/data: cover photos and PDFs the app builds in memory; mediastream: covers the live camera preview.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' blob: data:"],
  ['media-src', "'self' blob: mediastream:"],
  ['font-src', "'self' data:"],
  ['worker-src', "'self' blob:"],
  ['connect-src', "'self' blob: data:"],
  ['frame-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
