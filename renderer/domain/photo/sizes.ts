import type { Size } from './dimensions';

/** Scales down so the longer side is at most `max`; never enlarges, keeps the aspect ratio, never returns 0. */
export function fitLongSide(width: number, height: number, max: number): Size {
  if (!(width > 0 && height > 0 && max > 0)) throw new RangeError(`bad size ${width}×${height} → ${max}`);
  const long = Math.max(width, height);
  if (long <= max) return { width, height };
  const scale = max / long;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export type DerivedVariant = 'report' | 'thumb';
export interface DerivativeSpec { variant: DerivedVariant; longSide: number; quality: number }

/**
 * The report copy is what the PDF embeds (jsPDF keeps whole documents in memory, so originals are too big);
 * the thumbnail is what the checklist shows. Both are JPEG at moderate quality and always upright.
 */
export const DERIVATIVES: readonly DerivativeSpec[] = [
  { variant: 'report', longSide: 1600, quality: 0.8 },
  { variant: 'thumb', longSide: 320, quality: 0.75 },
];

/** Larger files are refused: no phone or camera photo comes close, so such a file is a mistake. */
export const MAX_PHOTO_BYTES = 100 * 1024 * 1024;
