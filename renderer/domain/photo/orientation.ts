import type { Size } from './dimensions';

/**
 * EXIF orientation 1..8 says how the stored pixels must be turned to look upright. Values 5..8 include a
 * quarter turn, so the upright picture has width and height swapped.
 */
export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export function normalizeOrientation(value: unknown): Orientation {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 8 ? (value as Orientation) : 1;
}

export function swapsAxes(orientation: number): boolean {
  return normalizeOrientation(orientation) >= 5;
}

/** Size of the picture as a person sees it once the orientation is applied. */
export function orientedSize(width: number, height: number, orientation: number): Size {
  return swapsAxes(orientation) ? { width: height, height: width } : { width, height };
}
