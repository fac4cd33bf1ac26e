import type { jsPDF } from 'jspdf';

/** The TrueType files the dossier embeds; read from disk in Node, fetched from the app's own origin in the browser. */
export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

export const FONT_FAMILY = 'DejaVuSans';

/** jsPDF's virtual file system takes "binary strings" (one char per byte); built in chunks to stay off the call-stack limit. */
export function toBinaryString(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x2000) parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 0x2000) as unknown as number[]));
  return parts.join('');
}

const cache = new WeakMap<Uint8Array, string>();
const binary = (bytes: Uint8Array) => {
  let s = cache.get(bytes);
  if (s === undefined) {
    s = toBinaryString(bytes);
    cache.set(bytes, s);
  }
  return s;
};

/**
 * Registers DejaVu Sans regular and bold. Bold must be registered under the same family, or jspdf-autotable's
 * bold header row falls back to a standard font and loses every non-Latin letter.
 */
export function registerFonts(doc: jsPDF, fonts: FontBytes): void {
  doc.addFileToVFS('DejaVuSans.ttf', binary(fonts.regular));
  doc.addFont('DejaVuSans.ttf', FONT_FAMILY, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', binary(fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', FONT_FAMILY, 'bold');
  doc.setFont(FONT_FAMILY, 'normal');
}

/**
 * PDF text strings outside the document body (metadata, bookmarks) are written byte for byte by jsPDF;
 * UTF-16BE with a byte-order mark is how the format carries Cyrillic there.
 */
export function pdfTextString(text: string): string {
  let out = '\u00fe\u00ff';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += String.fromCharCode(code >> 8, code & 0xff);
  }
  return out;
}

/**
 * jsPDF embeds only the glyphs the text used, but names the font plainly; PDF names a subset font with a six-letter
 * tag ("ABCDEF+Name") so readers and archivists know it is one. Called just before output: the tag is for the
 * file only, text layout keeps looking the font up by its family.
 */
export function tagFontSubsets(doc: jsPDF): void {
  const internal = (doc as unknown as { internal: { getFont(family: string, style: string): { fontName: string } | undefined } }).internal;
  for (const [style, tag] of [['normal', 'SPDJVR+DejaVuSans'], ['bold', 'SPDJVB+DejaVuSans-Bold']] as const) {
    const font = internal.getFont(FONT_FAMILY, style);
    if (font) font.fontName = tag;
  }
}
