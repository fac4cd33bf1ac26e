import type { jsPDF } from 'jspdf';
import { autoTable, type UserOptions } from 'jspdf-autotable';
import { FONT_FAMILY } from './fonts';
import { COLOR, PAGE, SIZE, type Rgb } from './theme';

const PT = 0.3528;
export const lineHeight = (size: number) => size * PT * 1.32;

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: Rgb;
  indent?: number;
  /** Space after the paragraph, mm. */
  after?: number;
  width?: number;
}

/**
 * A top-to-bottom cursor over portrait or landscape pages: wraps text, breaks pages, and runs autotable from
 * where the text stopped. Page decoration (running header, page numbers) is added once everything is laid out.
 */
export class Writer {
  y = PAGE.top;
  constructor(readonly doc: jsPDF) {}

  get pageWidth(): number { return this.doc.internal.pageSize.getWidth(); }
  get pageHeight(): number { return this.doc.internal.pageSize.getHeight(); }
  get contentWidth(): number { return this.pageWidth - 2 * PAGE.marginX; }
  get bottom(): number { return this.pageHeight - PAGE.bottom; }
  get page(): number { return this.doc.getNumberOfPages(); }

  newPage(orientation: 'portrait' | 'landscape' = 'portrait'): void {
    this.doc.addPage('a4', orientation);
    this.y = PAGE.top;
  }

  /** Starts a new page unless `h` millimetres still fit on this one. */
  ensure(h: number): void {
    if (this.y + h > this.bottom) this.newPage(this.pageWidth > this.pageHeight ? 'landscape' : 'portrait');
  }

  font(style: TextStyle = {}): void {
    this.doc.setFont(FONT_FAMILY, style.bold ? 'bold' : 'normal');
    this.doc.setFontSize(style.size ?? SIZE.body);
    this.doc.setTextColor(...(style.color ?? COLOR.ink));
  }

  lines(text: string, style: TextStyle = {}): string[] {
    this.font(style);
    const width = style.width ?? this.contentWidth - (style.indent ?? 0);
    return this.doc.splitTextToSize(text, width) as string[];
  }

  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? SIZE.body;
    const lh = lineHeight(size);
    const x = PAGE.marginX + (style.indent ?? 0);
    // jsPDF's font, size and colour are document-wide (a page break keeps them), so setting them once for the
    // whole paragraph is enough: this runs for every paragraph of the dossier.
    for (const line of this.lines(text, style)) {
      this.ensure(lh);
      this.doc.text(line, x, this.y, { baseline: 'top' });
      this.y += lh;
    }
    this.y += style.after ?? 1.5;
  }

  /** A label (muted) and its value, each wrapped in its own column; breaks pages between lines. */
  pair(label: string, value: string, opts: { indent: number; labelWidth: number; size: number }): void {
    const lh = lineHeight(opts.size);
    const x = PAGE.marginX + opts.indent;
    const valueWidth = this.contentWidth - opts.indent - opts.labelWidth;
    const labelLines = this.lines(label, { size: opts.size, width: opts.labelWidth - 2 });
    const valueLines = this.lines(value, { size: opts.size, width: valueWidth });
    const n = Math.max(labelLines.length, valueLines.length);
    for (let i = 0; i < n; i++) {
      this.ensure(lh);
      if (labelLines[i]) {
        this.font({ size: opts.size, color: COLOR.muted });
        this.doc.text(labelLines[i], x, this.y, { baseline: 'top' });
      }
      if (valueLines[i]) {
        this.font({ size: opts.size });
        this.doc.text(valueLines[i], x + opts.labelWidth, this.y, { baseline: 'top' });
      }
      this.y += lh;
    }
    this.y += 0.8;
  }

  heading(text: string, size: number = SIZE.h2, color: Rgb = COLOR.brand): void {
    this.ensure(lineHeight(size) * 2 + 6);
    this.y += 1.5;
    this.text(text, { size, bold: true, color, after: 1.8 });
  }

  gap(mm: number): void {
    this.y += mm;
  }

  rule(color: Rgb = COLOR.rule): void {
    this.doc.setDrawColor(...color);
    this.doc.setLineWidth(0.3);
    this.doc.line(PAGE.marginX, this.y, this.pageWidth - PAGE.marginX, this.y);
    this.y += 2;
  }

  table(options: UserOptions): void {
    autoTable(this.doc, {
      startY: this.y,
      margin: { left: PAGE.marginX, right: PAGE.marginX, top: PAGE.top, bottom: PAGE.bottom },
      ...options,
      // textOptions {}: autotable's default (isInputVisual: false …) sends cell text through jsPDF's bidi engine a
      // second time after the Arabic shaping, which reversed Arabic in cells; {} treats it as doc.text() does.
      styles: { font: FONT_FAMILY, fontSize: SIZE.small, textColor: COLOR.ink, cellPadding: 1.4, lineColor: COLOR.rule, lineWidth: 0.1, overflow: 'linebreak', textOptions: {}, ...options.styles },
      headStyles: { font: FONT_FAMILY, fontStyle: 'bold', fillColor: COLOR.brand, textColor: COLOR.white, ...options.headStyles },
    });
    const last = (this.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable;
    this.y = (last?.finalY ?? this.y) + 3;
  }
}
