import type { jsPDF } from 'jspdf';
import { COLOR, PAGE, SIZE } from './theme';
import { lineHeight, type Writer } from './writer';

export interface TocEntry {
  title: string;
  page: number;
  level: 0 | 1;
}

const ROW = 4.9;
const FIRST_ROW_Y = PAGE.top + 14;

function rowsPerPage(pageHeight: number): number {
  return Math.floor((pageHeight - PAGE.bottom - FIRST_ROW_Y) / ROW);
}

/**
 * Page numbers are known only after the body is laid out, so the contents pages are reserved empty first
 * (their count follows from the number of entries, which is known up front) and filled in at the end.
 */
export function reserveToc(w: Writer, entryCount: number): number[] {
  const pages: number[] = [];
  const n = Math.max(1, Math.ceil(entryCount / rowsPerPage(PAGE.height)));
  for (let i = 0; i < n; i++) {
    w.newPage();
    pages.push(w.page);
  }
  return pages;
}

export function fillToc(doc: jsPDF, pages: number[], entries: TocEntry[], title: string, setFont: (bold: boolean, size: number) => void): void {
  const perPage = rowsPerPage(PAGE.height);
  const right = PAGE.width - PAGE.marginX;
  pages.forEach((page, pi) => {
    doc.setPage(page);
    if (pi === 0) {
      setFont(true, SIZE.h1);
      doc.setTextColor(...COLOR.brand);
      doc.text(title, PAGE.marginX, PAGE.top, { baseline: 'top' });
    }
    const slice = entries.slice(pi * perPage, (pi + 1) * perPage);
    slice.forEach((e, i) => {
      const y = FIRST_ROW_Y + i * ROW;
      const x = PAGE.marginX + (e.level === 1 ? 6 : 0);
      setFont(e.level === 0, e.level === 0 ? SIZE.body : SIZE.small + 0.5);
      doc.setTextColor(...(e.level === 0 ? COLOR.brand : COLOR.ink));
      const num = String(e.page);
      const numW = doc.getTextWidth(num);
      const maxW = right - x - numW - 8;
      let text = e.title;
      if (doc.getTextWidth(text) > maxW) {
        while (text.length > 1 && doc.getTextWidth(`${text}…`) > maxW) text = text.slice(0, -1);
        text = `${text.trimEnd()}…`;
      }
      doc.text(text, x, y, { baseline: 'top' });
      doc.text(num, right, y, { baseline: 'top', align: 'right' });
      // Dotted leader between title and number.
      const from = x + doc.getTextWidth(text) + 2;
      const to = right - numW - 2;
      if (to > from) {
        doc.setDrawColor(...COLOR.rule);
        doc.setLineDashPattern([0.4, 1.2], 0);
        doc.setLineWidth(0.25);
        doc.line(from, y + lineHeight(SIZE.small) * 0.75, to, y + lineHeight(SIZE.small) * 0.75);
        doc.setLineDashPattern([], 0);
      }
      doc.link(x, y - 0.5, right - x, ROW, { pageNumber: e.page });
    });
  });
}
