/**
 * The few sentences the main process itself shows (the page that failed to load cannot show them). The renderer's
 * language setting lives in the page's storage, out of reach when the page is down, so the system's language
 * picks one of the app's three, Russian by default like the app.
 */

export type ShellLang = 'ru' | 'uk' | 'en';

export function shellLang(preferred: readonly string[]): ShellLang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'ru' || base === 'uk' || base === 'en') return base;
  }
  return 'ru';
}

interface ShellText {
  title: string;
  body: string;
  reload: string;
  detail: string;
  crashReloaded(reason: string): string;
  crashedAgain(reason: string): string;
}

const TEXT: Record<ShellLang, ShellText> = {
  ru: {
    title: 'SiteProof не удалось открыть',
    body: 'Окно приложения не загрузилось. Сохранённые фото и ответы не затронуты: они хранятся на этом компьютере.',
    reload: 'Перезагрузить',
    detail: 'Подробности',
    crashReloaded: (reason) => `Окно SiteProof неожиданно завершилось (${reason}) и было перезагружено. Сохранённые фото и ответы на месте; проверьте последнее, что вы вводили.`,
    crashedAgain: (reason) => `Окно SiteProof снова неожиданно завершилось (${reason}).`,
  },
  uk: {
    title: 'SiteProof не вдалося відкрити',
    body: 'Вікно застосунку не завантажилося. Збережені фото й відповіді не зачеплено: вони зберігаються на цьому комп’ютері.',
    reload: 'Перезавантажити',
    detail: 'Подробиці',
    crashReloaded: (reason) => `Вікно SiteProof несподівано завершилося (${reason}) і було перезавантажене. Збережені фото й відповіді на місці; перевірте останнє, що ви вводили.`,
    crashedAgain: (reason) => `Вікно SiteProof знову несподівано завершилося (${reason}).`,
  },
  en: {
    title: 'SiteProof could not open',
    body: 'The app’s window did not load. Saved photos and answers are not affected: they are stored on this computer.',
    reload: 'Reload',
    detail: 'Details',
    crashReloaded: (reason) => `SiteProof’s window stopped unexpectedly (${reason}) and was reloaded. Saved photos and answers are still there; check the last thing you entered.`,
    crashedAgain: (reason) => `SiteProof’s window stopped unexpectedly again (${reason}).`,
  },
};

export const shellText = (lang: ShellLang): ShellText => TEXT[lang];

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * A self-contained page (a data: URL, so it shows even when the app's own files are what failed): what happened,
 * the reason, and a link back to the app. It runs no script; its own CSP allows nothing but its inline style.
 */
export function errorPageHtml(lang: ShellLang, reason: string, appUrl: string): string {
  const t = TEXT[lang];
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'">
<title>${escapeHtml(t.title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1.5rem;color:#1a1a1a}
a{display:inline-block;padding:.5rem 1.25rem;border-radius:6px;background:#1f5fbf;color:#fff;text-decoration:none}
a:focus-visible{outline:3px solid #f0b400;outline-offset:2px}code{overflow-wrap:anywhere}</style></head>
<body><main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p>
<p><a href="${escapeHtml(appUrl)}">${escapeHtml(t.reload)}</a></p>
<p>${escapeHtml(t.detail)}: <code>${escapeHtml(reason)}</code></p></main></body></html>`;
}

export function errorPageUrl(lang: ShellLang, reason: string, appUrl: string): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(errorPageHtml(lang, reason, appUrl))}`;
}
