import type { PhotoRedaction, RedactionAnnotation, RedactionArea, RedactionPoint } from '../model';
import { z } from '../zod';
import type { Size } from './dimensions';
import { DERIVATIVES } from './sizes';

/**
 * Redaction of a photo, pure: the record's schema (what a package may bring), the checks a draft must pass before
 * a redacted copy is made, and the geometry that turns normalized areas into pixels.
 *
 * Coordinates are normalized to the upright picture (EXIF orientation applied, as the viewer shows it and as the
 * derive worker decodes it): (0, 0) is the top-left corner a person sees, (1, 1) the bottom-right. A rectangle
 * drawn on a photo stored on its side therefore lands where it was drawn, whatever the stored pixel grid.
 */

const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'expected a UTC time like 2025-06-17T09:30:00.000Z');
const recordId = z.string().min(1).max(200);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits');
const unit = z.number().min(0).max(1);

/** Limits far beyond what a person draws on one photo; they bound what a package can make the renderer do. */
export const MAX_REDACTION_AREAS = 500;
export const MAX_REDACTION_ANNOTATIONS = 200;
export const MAX_PATH_POINTS = 5_000;
export const MAX_ANNOTATION_TEXT = 200;
/** A rectangle narrower or lower than this (a click without a drag) hides nothing: it is not kept. */
export const MIN_AREA_SIDE = 0.005;

const point = z.looseObject({ x: unit, y: unit });
export const redactionArea = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('rect'), x: unit, y: unit, w: unit.positive(), h: unit.positive() })
    .refine((b) => b.x + b.w <= 1 + 1e-9 && b.y + b.h <= 1 + 1e-9, 'the area runs outside the picture'),
  z.looseObject({ kind: z.literal('path'), points: z.array(point).min(3).max(MAX_PATH_POINTS) }),
]);

export const redactionAnnotation = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('arrow'), from: point, to: point }),
  z.looseObject({ kind: z.literal('circle'), x: unit, y: unit, w: unit.positive(), h: unit.positive() })
    .refine((b) => b.x + b.w <= 1 + 1e-9 && b.y + b.h <= 1 + 1e-9, 'the circle runs outside the picture'),
  z.looseObject({ kind: z.literal('text'), x: unit, y: unit, text: z.string().min(1).max(MAX_ANNOTATION_TEXT) }),
]);

export const redactionRecord = z.looseObject({
  id: recordId,
  visitId: recordId,
  photoId: recordId,
  originalSha256: hex64,
  areas: z.array(redactionArea).max(MAX_REDACTION_AREAS),
  annotations: z.array(redactionAnnotation).max(MAX_REDACTION_ANNOTATIONS),
  author: z.string().max(200),
  device: z.string().min(1).max(200),
  at: instant,
  redacted: z.looseObject({
    sha256: hex64,
    size: z.number().int().positive().max(100 * 1024 * 1024),
    width: z.number().int().positive().max(100_000),
    height: z.number().int().positive().max(100_000),
  }),
}).refine((r) => r.areas.length + r.annotations.length > 0, 'a redaction blacks out at least one area or draws at least one mark');

// Compile-time proof that what the schema accepts is what the model describes.
export const asRedaction = (r: z.output<typeof redactionRecord>): PhotoRedaction => r;

/**
 * The redacted copy is made at the report copy's size and quality: it is what the dossier embeds as it is (jsPDF
 * does not re-encode a JPEG), so the hash the evidence index prints is the hash of the embedded bytes.
 */
const REPORT = DERIVATIVES.find((d) => d.variant === 'report')!;
export const REDACTED_COPY: { longSide: number; quality: number } = { longSide: REPORT.longSide, quality: REPORT.quality };

export interface RedactionDraft { areas: RedactionArea[]; annotations: RedactionAnnotation[] }

export type RedactionProblem = 'empty' | 'outside' | 'too-small' | 'too-many' | 'empty-text' | 'text-too-long';

const inUnit = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;
const pointInside = (p: RedactionPoint) => inUnit(p.x) && inUnit(p.y);
const boxInside = (b: { x: number; y: number; w: number; h: number }) =>
  pointInside(b) && Number.isFinite(b.w) && Number.isFinite(b.h) && b.w > 0 && b.h > 0 && b.x + b.w <= 1 + 1e-9 && b.y + b.h <= 1 + 1e-9;

/** What keeps a draft from being saved: nothing to do, an area or mark outside the picture, an empty text. */
export function redactionProblems(draft: RedactionDraft): RedactionProblem[] {
  const out = new Set<RedactionProblem>();
  if (draft.areas.length + draft.annotations.length === 0) out.add('empty');
  if (draft.areas.length > MAX_REDACTION_AREAS || draft.annotations.length > MAX_REDACTION_ANNOTATIONS) out.add('too-many');
  for (const a of draft.areas) {
    if (a.kind === 'rect') {
      if (!boxInside(a)) out.add('outside');
      else if (a.w < MIN_AREA_SIDE || a.h < MIN_AREA_SIDE) out.add('too-small');
    } else if (a.points.length < 3 || a.points.length > MAX_PATH_POINTS) out.add('too-small');
    else if (!a.points.every(pointInside)) out.add('outside');
  }
  for (const n of draft.annotations) {
    if (n.kind === 'arrow' && !(pointInside(n.from) && pointInside(n.to))) out.add('outside');
    if (n.kind === 'circle' && !boxInside(n)) out.add('outside');
    if (n.kind === 'text') {
      if (!pointInside(n)) out.add('outside');
      if (!n.text.trim()) out.add('empty-text');
      if (n.text.length > MAX_ANNOTATION_TEXT) out.add('text-too-long');
    }
  }
  return [...out];
}

export interface PixelRect { x: number; y: number; width: number; height: number }

/**
 * The pixels of an upright picture of `size` that a normalized rectangle covers. Edges are rounded outwards, so
 * a blacked-out area never leaves a sliver of what it hides, and clamped to the picture.
 */
export function pixelRect(area: { x: number; y: number; w: number; h: number }, size: Size): PixelRect {
  // Float noise (0.1 + 0.3 = 0.4000000000000001) is not a partial pixel: only a real fraction rounds outwards.
  const down = (v: number) => Math.floor(v + 1e-6);
  const up = (v: number) => Math.ceil(v - 1e-6);
  const left = Math.max(0, down(area.x * size.width));
  const top = Math.max(0, down(area.y * size.height));
  const right = Math.min(size.width, up((area.x + area.w) * size.width));
  const bottom = Math.min(size.height, up((area.y + area.h) * size.height));
  return { x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

export const pixelPoint = (p: RedactionPoint, size: Size): { x: number; y: number } => ({ x: p.x * size.width, y: p.y * size.height });

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** The rectangle a drag from `a` to `b` spans (either direction), clamped to the picture. */
export function rectFromDrag(a: RedactionPoint, b: RedactionPoint): { x: number; y: number; w: number; h: number } {
  const x1 = clamp01(Math.min(a.x, b.x));
  const y1 = clamp01(Math.min(a.y, b.y));
  const x2 = clamp01(Math.max(a.x, b.x));
  const y2 = clamp01(Math.max(a.y, b.y));
  return { x: x1, y: y1, w: x2 - x1, h: y2 - y1 };
}

type Box = { x: number; y: number; w: number; h: number };

/** Moves a box by (dx, dy) without letting it leave the picture. */
export function moveBox<T extends Box>(b: T, dx: number, dy: number): T {
  return { ...b, x: Math.min(1 - b.w, Math.max(0, b.x + dx)), y: Math.min(1 - b.h, Math.max(0, b.y + dy)) };
}

/** Grows or shrinks a box from its bottom-right corner, keeping it inside the picture and at least MIN_AREA_SIDE. */
export function resizeBox<T extends Box>(b: T, dw: number, dh: number): T {
  return { ...b, w: Math.min(1 - b.x, Math.max(MIN_AREA_SIDE, b.w + dw)), h: Math.min(1 - b.y, Math.max(MIN_AREA_SIDE, b.h + dh)) };
}

/** The current redaction of a photo: the latest by time, then by id (a fixed pick on both laptops of a merge). */
export function currentRedaction(list: readonly PhotoRedaction[], photoId: string): PhotoRedaction | undefined {
  let best: PhotoRedaction | undefined;
  for (const r of list) {
    if (r.photoId !== photoId) continue;
    if (!best || r.at > best.at || (r.at === best.at && r.id > best.id)) best = r;
  }
  return best;
}

/**
 * For a package made for sharing: the files of each photo that must stay with the audit team, `photoId/variant`.
 * A photo with a current redaction travels as its redacted copy only; its original and its unredacted report and
 * thumbnail copies are left out. Photos without a redaction travel whole.
 */
export function withheldForSharing(photoIds: readonly string[], redactions: readonly PhotoRedaction[]): Set<string> {
  const out = new Set<string>();
  for (const id of photoIds) {
    if (!currentRedaction(redactions, id)) continue;
    for (const variant of ['original', 'report', 'thumb'] as const) out.add(`${id}/${variant}`);
  }
  return out;
}
