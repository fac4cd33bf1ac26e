/**
 * Content-Security-Policy sent as a response header with every page we serve. No remote host appears anywhere:
 * the app works offline and must not be able to reach the network even if a dependency tries.
 * blob:/data: cover photos and PDFs the app builds in memory; mediastream: covers the live camera preview.
 * No inline style (React's `style` prop goes through the CSSOM, which style-src does not govern), no frames, and
 * workers only from the build's own files: tests/e2e/csp.e2e.ts runs the app under this policy and catches violations.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' blob: data:"],
  ['media-src', "'self' blob: mediastream:"],
  ['font-src', "'self' data:"],
  ['worker-src', "'self'"],
  ['connect-src', "'self' blob: data:"],
  ['frame-src', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
