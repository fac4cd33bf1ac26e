import { describe, expect, it } from 'vitest';
import { errorPageHtml, errorPageUrl, shellLang, shellText } from '../../electron/shell-text';

describe('shell text', () => {
  it.each([
    [['uk-UA', 'en-US'], 'uk'],
    [['en-GB'], 'en'],
    [['ru'], 'ru'],
    [['de-DE', 'en-US'], 'en'],
    [['pl-PL'], 'ru'],
    [[], 'ru'],
  ] as const)('picks the app language for system languages %j', (preferred, lang) => {
    expect(shellLang(preferred)).toBe(lang);
  });

  it('has every sentence in every language', () => {
    for (const lang of ['ru', 'uk', 'en'] as const) {
      const t = shellText(lang);
      for (const value of [t.title, t.body, t.reload, t.detail, t.crashReloaded('x'), t.crashedAgain('x')]) expect(value.trim()).not.toBe('');
      expect(t.crashReloaded('oom')).toContain('oom');
    }
    expect(shellText('ru').reload).toBe('Перезагрузить');
    expect(shellText('uk').reload).toBe('Перезавантажити');
  });

  it('the error page runs no script, escapes the reason and links back to the app', () => {
    const html = errorPageHtml('uk', '<script>alert(1)</script>', 'app://siteproof/index.html');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<html lang="uk">');
    expect(html).toContain('<a href="app://siteproof/index.html">Перезавантажити</a>');
    expect(decodeURIComponent(errorPageUrl('uk', 'x', 'app://siteproof/index.html').replace(/^data:text\/html;charset=utf-8,/, ''))).toBe(errorPageHtml('uk', 'x', 'app://siteproof/index.html'));
  });
});
