import type { Shown } from '../domain/dossier/types';

export type Rgb = [number, number, number];

/** Verdict colours; every coloured mark also carries the verdict word, so nothing relies on colour alone. */
export const VERDICT_COLOR: Record<Shown, Rgb> = {
  meets: [46, 125, 50],
  partly: [178, 106, 0],
  'not-met': [198, 40, 40],
  'not-verified': [84, 98, 115],
  'n/a': [140, 140, 140],
};

export const VERDICT_TINT: Record<Shown, Rgb> = {
  meets: [232, 245, 233],
  partly: [255, 243, 224],
  'not-met': [255, 235, 238],
  'not-verified': [236, 239, 241],
  'n/a': [245, 245, 245],
};

export const COLOR = {
  ink: [33, 33, 33] as Rgb,
  muted: [102, 102, 102] as Rgb,
  rule: [200, 204, 210] as Rgb,
  brand: [31, 58, 95] as Rgb,
  brandTint: [232, 238, 246] as Rgb,
  warn: [176, 32, 32] as Rgb,
  white: [255, 255, 255] as Rgb,
  placeholder: [244, 244, 244] as Rgb,
};

/** A4 portrait in millimetres. */
export const PAGE = {
  width: 210,
  height: 297,
  marginX: 18,
  top: 20,
  bottom: 20,
  headerY: 11,
  footerY: 289,
};

export const SIZE = { title: 24, h1: 16, h2: 12.5, h3: 10.5, body: 9.5, small: 8, tiny: 7 };
