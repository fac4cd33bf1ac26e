import { describe, expect, it, vi } from 'vitest';
import {
  createPermissionRequestHandler,
  decidePermissionCheck,
  decidePermissionRequest,
  type PermissionRequestDetails,
} from '../../../electron/security/permissions';

const ours = 'app://siteproof/index.html';
const camera: PermissionRequestDetails = { requestingUrl: ours, isMainFrame: true, mediaTypes: ['video'], securityOrigin: 'app://siteproof/' };

describe('decidePermissionRequest', () => {
  it('grants the camera to our top-level page', () => {
    expect(decidePermissionRequest('media', camera)).toBe(true);
    expect(decidePermissionRequest('media', { requestingUrl: ours, isMainFrame: true, mediaTypes: ['video'] })).toBe(true);
  });

  it.each<[string, PermissionRequestDetails]>([
    ['audio only', { ...camera, mediaTypes: ['audio'] }],
    ['audio with video', { ...camera, mediaTypes: ['video', 'audio'] }],
    ['no media type', { ...camera, mediaTypes: [] }],
    ['media types missing', { requestingUrl: ours, isMainFrame: true }],
    ['another origin', { ...camera, requestingUrl: 'https://evil.example/', securityOrigin: 'https://evil.example/' }],
    ['a look-alike host', { ...camera, requestingUrl: 'app://siteproof.evil.com/index.html' }],
    ['a foreign security origin', { ...camera, securityOrigin: 'https://evil.example' }],
    ['a sub-frame', { ...camera, isMainFrame: false }],
    ['a file page', { ...camera, requestingUrl: 'file:///index.html' }],
  ])('denies media: %s', (_label, details) => {
    expect(decidePermissionRequest('media', details)).toBe(false);
  });

  it.each(['geolocation', 'notifications', 'clipboard-read', 'display-capture', 'fullscreen', 'openExternal', 'midiSysex', 'pointerLock', 'fileSystem', 'unknown'])(
    'denies %s even to our page',
    (permission) => {
      expect(decidePermissionRequest(permission, camera)).toBe(false);
    },
  );
});

describe('decidePermissionCheck', () => {
  it('answers yes for the camera on our page', () => {
    expect(decidePermissionCheck('media', 'app://siteproof', { mediaType: 'video', isMainFrame: true, requestingUrl: ours })).toBe(true);
  });

  it.each([
    ['audio', 'app://siteproof', { mediaType: 'audio', isMainFrame: true }],
    ['unknown media', 'app://siteproof', { mediaType: 'unknown', isMainFrame: true }],
    ['no media type', 'app://siteproof', { isMainFrame: true }],
    ['another origin', 'https://evil.example', { mediaType: 'video', isMainFrame: true }],
    ['embedded in a foreign page', 'app://siteproof', { mediaType: 'video', isMainFrame: true, embeddingOrigin: 'https://evil.example' }],
    ['a foreign requesting URL', 'app://siteproof', { mediaType: 'video', isMainFrame: true, requestingUrl: 'https://evil.example/' }],
    ['a sub-frame', 'app://siteproof', { mediaType: 'video', isMainFrame: false }],
  ] as const)('answers no for %s', (_label, origin, details) => {
    expect(decidePermissionCheck('media', origin, details)).toBe(false);
  });

  it.each(['geolocation', 'notifications', 'clipboard-read', 'hid', 'usb', 'serial', 'storage-access'])('answers no for %s', (permission) => {
    expect(decidePermissionCheck(permission, 'app://siteproof', { mediaType: 'video', isMainFrame: true, requestingUrl: ours })).toBe(false);
  });
});

describe('createPermissionRequestHandler', () => {
  const call = (handler: ReturnType<typeof createPermissionRequestHandler>, permission: string, details: PermissionRequestDetails) =>
    new Promise<boolean>((resolve) => handler(null, permission, resolve, details));

  it('denies without asking macOS when the policy says no', async () => {
    const ask = vi.fn(async () => true);
    const handler = createPermissionRequestHandler('darwin', { status: () => 'not-determined', ask });
    expect(await call(handler, 'geolocation', camera)).toBe(false);
    expect(ask).not.toHaveBeenCalled();
  });

  it('grants directly on Windows and Linux', async () => {
    const ask = vi.fn(async () => false);
    for (const platform of ['win32', 'linux'] as const) {
      expect(await call(createPermissionRequestHandler(platform, { status: () => 'denied', ask }), 'media', camera)).toBe(true);
    }
    expect(ask).not.toHaveBeenCalled();
  });

  it('on macOS asks the system when camera access is not yet granted, and follows its answer', async () => {
    const yes = vi.fn(async () => true);
    expect(await call(createPermissionRequestHandler('darwin', { status: () => 'not-determined', ask: yes }), 'media', camera)).toBe(true);
    expect(yes).toHaveBeenCalledOnce();
    const no = vi.fn(async () => false);
    expect(await call(createPermissionRequestHandler('darwin', { status: () => 'denied', ask: no }), 'media', camera)).toBe(false);
  });

  it('on macOS does not ask again once access is granted', async () => {
    const ask = vi.fn(async () => false);
    expect(await call(createPermissionRequestHandler('darwin', { status: () => 'granted', ask }), 'media', camera)).toBe(true);
    expect(ask).not.toHaveBeenCalled();
  });

  it('denies when asking macOS fails', async () => {
    const ask = vi.fn(async () => {
      throw new Error('TCC unavailable');
    });
    expect(await call(createPermissionRequestHandler('darwin', { status: () => 'not-determined', ask }), 'media', camera)).toBe(false);
  });
});
