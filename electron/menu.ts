import type { MenuItemConstructorOptions } from 'electron';

/**
 * The default Electron menu has Help entries that open web pages; ours has none. macOS needs an Edit menu for
 * copy/paste shortcuts to work at all; Windows and Linux get no menu bar unless developers need DevTools.
 */
export function menuTemplate(platform: NodeJS.Platform, isPackaged: boolean): MenuItemConstructorOptions[] | null {
  const developer: MenuItemConstructorOptions[] = isPackaged ? [] : [{ role: 'viewMenu' }];
  if (platform === 'darwin') return [{ role: 'appMenu' }, { role: 'editMenu' }, ...developer, { role: 'windowMenu' }];
  return developer.length > 0 ? [{ role: 'editMenu' }, ...developer] : null;
}
