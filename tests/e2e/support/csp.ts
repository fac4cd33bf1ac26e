import type { BrowserContext } from 'playwright-core';

export const CSP_VIOLATION_PREFIX = 'CSP violation:';

/**
 * Logs every Content-Security-Policy violation of the page as a console error, which the launchers record with the
 * page's other errors: every browser test that asserts a clean console then also asserts that nothing the page did
 * needed more than the policy the desktop app sends (the test servers send it too).
 */
export async function reportCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript((prefix) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const blocked = event.blockedURI || '(inline)';
      console.error(`${prefix} ${event.effectiveDirective} refused ${blocked}${event.sample ? ` "${event.sample}"` : ''}`);
    });
  }, CSP_VIOLATION_PREFIX);
}
