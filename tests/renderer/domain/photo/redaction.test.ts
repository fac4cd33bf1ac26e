import { describe, expect, it } from 'vitest';
import type { PhotoRedaction } from '../../../../renderer/domain/model';
import { orientedSize } from '../../../../renderer/domain/photo/orientation';
import {
  MIN_AREA_SIDE, currentRedaction, moveBox, pixelRect, rectFromDrag, redactionProblems, redactionRecord, resizeBox,
} from '../../../../renderer/domain/photo/redaction';

const HASH = 'a'.repeat(64);
const record = (over: Partial<PhotoRedaction> = {}): PhotoRedaction => ({
  id: 'r1', visitId: 'v1', photoId: 'p1', originalSha256: HASH,
  areas: [{ kind: 'rect', x: 0.1, y: 0.2, w: 0.3, h: 0.4 }], annotations: [],
  author: 'Anna', device: 'dev-1', at: '2025-06-17T09:30:00.000Z',
  redacted: { sha256: 'b'.repeat(64), size: 1234, width: 1600, height: 1200 },
  ...over,
});

describe('redaction record schema', () => {
  it('accepts a record with areas, a free-hand outline and every kind of mark', () => {
    const r = record({
      areas: [{ kind: 'rect', x: 0, y: 0, w: 1, h: 1 }, { kind: 'path', points: [{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 0.5, y: 1 }] }],
      annotations: [
        { kind: 'arrow', from: { x: 0.1, y: 0.1 }, to: { x: 0.9, y: 0.9 } },
        { kind: 'circle', x: 0.2, y: 0.2, w: 0.5, h: 0.3 },
        { kind: 'text', x: 0.5, y: 0.5, text: 'fuel gauge' },
      ],
    });
    expect(redactionRecord.safeParse(r).success).toBe(true);
  });

  it('refuses areas outside the picture, empty records and bad hashes', () => {
    expect(redactionRecord.safeParse(record({ areas: [{ kind: 'rect', x: 0.8, y: 0, w: 0.3, h: 0.1 }] })).success).toBe(false);
    expect(redactionRecord.safeParse(record({ areas: [{ kind: 'rect', x: -0.1, y: 0, w: 0.3, h: 0.1 }] })).success).toBe(false);
    expect(redactionRecord.safeParse(record({ areas: [{ kind: 'rect', x: 0.1, y: 0, w: 0, h: 0.1 }] })).success).toBe(false);
    expect(redactionRecord.safeParse(record({ areas: [{ kind: 'path', points: [{ x: 0, y: 0 }, { x: 2, y: 0 }, { x: 0, y: 1 }] }] })).success).toBe(false);
    expect(redactionRecord.safeParse(record({ annotations: [{ kind: 'text', x: 0.5, y: 1.5, text: 'x' }] })).success).toBe(false);
    expect(redactionRecord.safeParse(record({ areas: [], annotations: [] })).success).toBe(false);
    expect(redactionRecord.safeParse(record({ originalSha256: 'ABC' })).success).toBe(false);
    expect(redactionRecord.safeParse({ ...record(), areas: [{ kind: 'blur', x: 0, y: 0, w: 1, h: 1 }] }).success).toBe(false);
  });

  it('keeps fields it does not know (a newer app may add some)', () => {
    const parsed = redactionRecord.parse({ ...record(), note: 'later field' });
    expect(parsed).toMatchObject({ note: 'later field' });
  });
});

describe('redactionProblems', () => {
  it('needs at least one area or mark', () => {
    expect(redactionProblems({ areas: [], annotations: [] })).toEqual(['empty']);
    expect(redactionProblems({ areas: [], annotations: [{ kind: 'text', x: 0.1, y: 0.1, text: 'here' }] })).toEqual([]);
    expect(redactionProblems({ areas: [{ kind: 'rect', x: 0.1, y: 0.1, w: 0.2, h: 0.2 }], annotations: [] })).toEqual([]);
  });

  it('names areas outside the picture, clicks without a drag and empty texts', () => {
    expect(redactionProblems({ areas: [{ kind: 'rect', x: 0.9, y: 0.1, w: 0.2, h: 0.2 }], annotations: [] })).toEqual(['outside']);
    expect(redactionProblems({ areas: [{ kind: 'rect', x: 0.1, y: 0.1, w: NaN, h: 0.2 }], annotations: [] })).toEqual(['outside']);
    expect(redactionProblems({ areas: [{ kind: 'rect', x: 0.1, y: 0.1, w: MIN_AREA_SIDE / 2, h: 0.2 }], annotations: [] })).toEqual(['too-small']);
    expect(redactionProblems({ areas: [], annotations: [{ kind: 'text', x: 0.1, y: 0.1, text: '  ' }] })).toEqual(['empty-text']);
    expect(redactionProblems({ areas: [], annotations: [{ kind: 'arrow', from: { x: 0, y: 0 }, to: { x: 1.2, y: 0 } }] })).toEqual(['outside']);
  });
});

describe('redaction geometry', () => {
  it('rounds the covered pixels outwards so nothing of the hidden area shows', () => {
    expect(pixelRect({ x: 0.1, y: 0.2, w: 0.3, h: 0.4 }, { width: 1000, height: 500 })).toEqual({ x: 100, y: 100, width: 300, height: 200 });
    // 0.3333… × 1000 = 333.3: the black starts at 333 and ends at 667, covering both partial pixels.
    expect(pixelRect({ x: 1 / 3, y: 0, w: 1 / 3, h: 1 }, { width: 1000, height: 10 })).toEqual({ x: 333, y: 0, width: 334, height: 10 });
    expect(pixelRect({ x: 0, y: 0, w: 1, h: 1 }, { width: 7, height: 3 })).toEqual({ x: 0, y: 0, width: 7, height: 3 });
  });

  it('places an area on an EXIF-rotated photo where it was drawn on the upright picture', () => {
    // Stored 4000×3000 lying on its side, EXIF 6: a person sees 3000×4000. A box drawn in the top-right corner
    // of what they see covers the top-right corner of the upright copy, not of the stored grid.
    const upright = orientedSize(4000, 3000, 6);
    expect(upright).toEqual({ width: 3000, height: 4000 });
    const drawn = rectFromDrag({ x: 1, y: 0 }, { x: 0.75, y: 0.25 });
    expect(drawn).toEqual({ x: 0.75, y: 0, w: 0.25, h: 0.25 });
    expect(pixelRect(drawn, upright)).toEqual({ x: 2250, y: 0, width: 750, height: 1000 });
    // The same box on the report copy (1200×1600) of that photo: the same place, scaled.
    expect(pixelRect(drawn, { width: 1200, height: 1600 })).toEqual({ x: 900, y: 0, width: 300, height: 400 });
  });

  it('makes a rectangle from a drag in any direction, clamped to the picture', () => {
    expect(rectFromDrag({ x: 0.6, y: 0.7 }, { x: 0.2, y: 0.1 })).toMatchObject({ x: 0.2, y: 0.1 });
    expect(rectFromDrag({ x: -0.5, y: 0.5 }, { x: 1.5, y: 0.6 })).toMatchObject({ x: 0, w: 1 });
  });

  it('moves and resizes a box with the keyboard without leaving the picture', () => {
    const b = { kind: 'rect' as const, x: 0.8, y: 0.8, w: 0.1, h: 0.1 };
    expect(moveBox(b, 0.5, 0.5)).toMatchObject({ kind: 'rect', x: 0.9, y: 0.9 });
    expect(moveBox(b, -2, 0)).toMatchObject({ x: 0, y: 0.8 });
    expect(resizeBox(b, 0.5, 0).w).toBeCloseTo(0.2);
    expect(resizeBox(b, 0.5, 0).h).toBe(0.1);
    expect(resizeBox(b, -1, -1)).toMatchObject({ w: MIN_AREA_SIDE, h: MIN_AREA_SIDE });
  });
});

describe('currentRedaction', () => {
  it('is the latest redaction of the photo, ties broken by id', () => {
    const list = [
      record({ id: 'a', at: '2025-06-17T09:30:00.000Z' }),
      record({ id: 'c', at: '2025-06-17T10:00:00.000Z' }),
      record({ id: 'b', at: '2025-06-17T10:00:00.000Z' }),
      record({ id: 'z', photoId: 'other', at: '2025-06-18T10:00:00.000Z' }),
    ];
    expect(currentRedaction(list, 'p1')?.id).toBe('c');
    expect(currentRedaction([...list].reverse(), 'p1')?.id).toBe('c');
    expect(currentRedaction(list, 'none')).toBeUndefined();
  });
});
