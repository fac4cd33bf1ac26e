import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../electron/menu';

describe('menuTemplate', () => {
  it('keeps copy and paste on macOS and has no Help links', () => {
    const template = menuTemplate('darwin', true);
    expect(template?.map((item) => item.role)).toEqual(['appMenu', 'editMenu', 'windowMenu']);
  });

  it('shows no menu bar on Windows and Linux in a release', () => {
    expect(menuTemplate('win32', true)).toBeNull();
    expect(menuTemplate('linux', true)).toBeNull();
  });

  it('adds the View menu (reload, DevTools) in development only', () => {
    expect(menuTemplate('linux', false)?.map((item) => item.role)).toEqual(['editMenu', 'viewMenu']);
    expect(menuTemplate('darwin', false)?.map((item) => item.role)).toContain('viewMenu');
    expect(menuTemplate('darwin', true)?.map((item) => item.role)).not.toContain('viewMenu');
  });
});
