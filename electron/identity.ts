/**
 * The app's identity. productName and appId decide where Electron keeps userData (and with it IndexedDB),
 * so changing either makes every user's captures look lost. tests/electron/identity.test.ts pins them.
 */
export const PRODUCT_NAME = 'SiteProof';
export const APP_ID = 'app.siteproof.desktop';
