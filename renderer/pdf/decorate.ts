import type { jsPDF } from 'jspdf';
import type { Lang } from '../domain/template/schema';
import { dossierT } from '../domain/dossier/strings';
import { FONT_FAMILY } from './fonts';
import { COLOR, PAGE, SIZE } from './theme';

/**
 * Running header ("vendor — site — date") and "page N of M" on every page but the cover, drawn last because
 * M is only known then. Each page's own size is used, so landscape appendix pages are framed correctly.
 */
export function decoratePages(doc: jsPDF, header: string, lang: Lang, skipFirst = true): void {
  const t = dossierT(lang);
  const total = doc.getNumberOfPages();
  // The header is the same on every page: shorten it once per page width, not once per page.
  const fitted = new Map<number, string>();
  const fit = (max: number): string => {
    let text = fitted.get(max);
    if (text !== undefined) return text;
    text = header;
    if (doc.getTextWidth(text) > max) {
      while (text.length > 1 && doc.getTextWidth(`${text}…`) > max) text = text.slice(0, -1);
      text = `${text.trimEnd()}…`;
    }
    fitted.set(max, text);
    return text;
  };
  for (let n = 1; n <= total; n++) {
    doc.setPage(n);
    const width = doc.internal.pageSize.getWidth();
    const height = doc.internal.pageSize.getHeight();
    doc.setFont(FONT_FAMILY, 'normal');
    doc.setFontSize(SIZE.tiny);
    doc.setTextColor(...COLOR.muted);
    if (!(skipFirst && n === 1)) {
      const text = fit(width - 2 * PAGE.marginX - 25);
      doc.text(text, PAGE.marginX, PAGE.headerY, { baseline: 'bottom' });
      doc.text(t('appName'), width - PAGE.marginX, PAGE.headerY, { baseline: 'bottom', align: 'right' });
      doc.setDrawColor(...COLOR.rule);
      doc.setLineWidth(0.2);
      doc.line(PAGE.marginX, PAGE.headerY + 1.5, width - PAGE.marginX, PAGE.headerY + 1.5);
    }
    doc.text(t('pageOf', { n, m: total }), width - PAGE.marginX, height - (PAGE.height - PAGE.footerY), { baseline: 'bottom', align: 'right' });
  }
}
