/** Performance mark set once the home screen's visit list is rendered; the cold-start benchmark measures up to it. */
export const VISITS_READY_MARK = 'siteproof:visits-ready';
