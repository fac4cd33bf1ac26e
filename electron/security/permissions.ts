import { isAppOrigin } from './origin';

/** The fields of Electron's permission request details we rely on (PermissionRequest / MediaAccessPermissionRequest). */
export interface PermissionRequestDetails {
  requestingUrl?: string;
  isMainFrame?: boolean;
  mediaTypes?: ReadonlyArray<string>;
  securityOrigin?: string;
}

/** The fields of Electron's PermissionCheckHandlerHandlerDetails we rely on. */
export interface PermissionCheckDetails {
  requestingUrl?: string;
  isMainFrame?: boolean;
  mediaType?: string;
  securityOrigin?: string;
  embeddingOrigin?: string;
}

const absentOrOurs = (url: string | undefined) => url === undefined || isAppOrigin(url);

/**
 * Electron grants every permission unless told otherwise. We grant exactly one thing: the camera (video only,
 * never the microphone), to our own top-level page. Everything else, from anywhere, is refused.
 */
export function decidePermissionRequest(permission: string, details: PermissionRequestDetails): boolean {
  const mediaTypes = details.mediaTypes ?? [];
  return (
    permission === 'media' &&
    details.isMainFrame === true &&
    isAppOrigin(details.requestingUrl) &&
    absentOrOurs(details.securityOrigin) &&
    mediaTypes.length > 0 &&
    mediaTypes.every((type) => type === 'video')
  );
}

/** Chromium checks before it asks; the check must follow the same rule or the page sees "granted" it never gets. */
export function decidePermissionCheck(permission: string, requestingOrigin: string, details: PermissionCheckDetails): boolean {
  return (
    permission === 'media' &&
    details.mediaType === 'video' &&
    details.isMainFrame === true &&
    isAppOrigin(requestingOrigin) &&
    absentOrOurs(details.requestingUrl) &&
    absentOrOurs(details.securityOrigin) &&
    absentOrOurs(details.embeddingOrigin)
  );
}

export interface CameraAccess {
  /** systemPreferences.getMediaAccessStatus('camera') on macOS. */
  status(): string;
  /** systemPreferences.askForMediaAccess('camera') on macOS. */
  ask(): Promise<boolean>;
}

/**
 * The session's permission request handler. On macOS the OS has its own camera prompt; asking it here means the
 * evaluator sees it the first time they open the camera instead of getting a black preview.
 */
export function createPermissionRequestHandler(platform: NodeJS.Platform, camera: CameraAccess) {
  return (_contents: unknown, permission: string, callback: (granted: boolean) => void, details: PermissionRequestDetails): void => {
    if (!decidePermissionRequest(permission, details)) {
      callback(false);
      return;
    }
    if (platform !== 'darwin' || camera.status() === 'granted') {
      callback(true);
      return;
    }
    camera.ask().then(callback, () => callback(false));
  };
}
