/**
 * Explicit directional formatting characters: the embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and the
 * isolates (LRI, RLI, FSI, PDI). A right-to-left override in a vendor name reverses every character after it, on
 * screen and in the PDF ("Evil\u202eDNUOS" reads "EvilSOUND"), so a name can pass for another. Names never need
 * them: the letters of Arabic or Hebrew carry their own direction. LRM/RLM marks are kept (they only nudge
 * neutral characters and cannot reverse text).
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** `text` without directional overrides, embeddings or isolates; everything else exactly as it was. */
export const neutralizeBidi = (text: string): string => text.replace(BIDI_CONTROLS, '');
