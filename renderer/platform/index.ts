import type { Bridge } from '../../electron/ipc/contract';
import { createElectronPlatform } from './electron';
import type { Platform } from './platform';
import { browserWebEnv, createWebPlatform, type WebEnv } from './web';

export type { Platform } from './platform';

/** Electron when the preload exposed window.siteproof, the browser fallback otherwise. */
export function selectPlatform(bridge: Bridge | undefined, webEnv: () => WebEnv): Platform {
  return bridge ? createElectronPlatform(bridge) : createWebPlatform(webEnv());
}

let current: Platform | undefined;

export function getPlatform(): Platform {
  current ??= selectPlatform(typeof window === 'undefined' ? undefined : window.siteproof, browserWebEnv);
  return current;
}

/** Replaces the platform (tests, storybook-like harnesses); undefined goes back to detecting it. */
export function setPlatform(platform: Platform | undefined): void {
  current = platform;
}
