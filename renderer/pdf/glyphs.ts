import type { jsPDF } from 'jspdf';

/**
 * DejaVu Sans covers Latin, Cyrillic, Greek, Arabic and many symbols, but no emoji and no CJK: jsPDF silently drops
 * a character the font has no glyph for, so "Screen 😀" would print as "Screen ". A dossier must not lose what
 * an evaluator typed, so such characters are printed as their code point, "[U+1F600]", before any text is
 * measured or laid out. Emoji joiners and variation selectors, which only shape the character before them, go.
 */
export type Coverage = ReadonlySet<number>;

const INVISIBLE_MODIFIERS = new Set([0x200d, 0xfe0e, 0xfe0f]);

/** The code points the current font of `doc` has a glyph for (from its cmap). */
export function fontCoverage(doc: jsPDF): Coverage {
  const font = doc.getFont() as unknown as { metadata?: { cmap?: { unicode?: { codeMap?: Record<number, number> } } } };
  const map = font.metadata?.cmap?.unicode?.codeMap ?? {};
  return new Set(Object.keys(map).map(Number));
}

export function visibleText(text: string, coverage: Coverage): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    // Line breaks and tabs are layout, not glyphs.
    if (code < 0x20 || coverage.has(code)) out += ch;
    else if (INVISIBLE_MODIFIERS.has(code)) continue;
    else out += `[U+${code.toString(16).toUpperCase().padStart(4, '0')}]`;
  }
  return out;
}

/** Every string in a plain data model (objects and arrays; other values as they are), made printable. */
export function visibleModel<T>(value: T, coverage: Coverage): T {
  if (typeof value === 'string') return visibleText(value, coverage) as T;
  if (Array.isArray(value)) return value.map((v) => visibleModel(v, coverage)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visibleModel(v, coverage)])) as T;
  }
  return value;
}
