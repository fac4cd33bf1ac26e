import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from '../../../electron/protocol/csp';

const directive = (name: string) => CSP_DIRECTIVES.find(([key]) => key === name)?.[1];

describe('CONTENT_SECURITY_POLICY', () => {
  it('names no remote host and no wildcard', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
  });

  it('allows no inline or evaluated script, and no inline style', () => {
    expect(directive('script-src')).toBe("'self'");
    expect(directive('style-src')).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('allows no frame, and workers only from the app\'s own files', () => {
    expect(directive('frame-src')).toBe("'none'");
    expect(directive('worker-src')).toBe("'self'");
  });

  it('locks down plugins, base URL, framing and form posts', () => {
    expect(directive('default-src')).toBe("'self'");
    expect(directive('object-src')).toBe("'none'");
    expect(directive('base-uri')).toBe("'none'");
    expect(directive('frame-ancestors')).toBe("'none'");
    expect(directive('form-action')).toBe("'none'");
  });

  it('lets the camera preview and photo blobs work', () => {
    expect(directive('media-src')).toContain('mediastream:');
    expect(directive('media-src')).toContain('blob:');
    expect(directive('img-src')).toContain('blob:');
  });

  it('is one header line with each directive once', () => {
    const names = CONTENT_SECURITY_POLICY.split('; ').map((part) => part.split(' ')[0]);
    expect(new Set(names).size).toBe(names.length);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/[\r\n]/);
  });
});
