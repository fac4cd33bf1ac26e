import { createHash } from 'node:crypto';
import type { PhotoVariant, VisitBundle } from '../../../../renderer/domain/model';
import type { PhotoFile } from '../../../../renderer/domain/package';
import { audit, bundle, claim, countAnswer, DMYTRO, observeAnswer, OLENA, photo } from '../merge/fixtures';

export const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Bytes that look like a JPEG to a sniffer (SOI … EOI) with pseudo-random, incompressible content. */
export function jpegish(seed: number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let s = seed * 2654435761 >>> 0;
  for (let i = 0; i < size; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  out.set([0xff, 0xd8, 0xff, 0xe0], 0);
  out.set([0xff, 0xd9], size - 2);
  return out;
}

export interface Fixture {
  bundle: VisitBundle;
  files: Map<string, PhotoFile>;
  source: (photoId: string, variant: PhotoVariant) => PhotoFile | undefined;
}

/**
 * One visit with two photos: the first with all three variants, the second deleted and without derivatives
 * (they were never made), which a package must carry as "missing", not as an error.
 */
export function visitFixture(): Fixture {
  const originals = [jpegish(1, 40_000), jpegish(2, 30_000)];
  const files = new Map<string, PhotoFile>([
    ['p-hall/original', { bytes: originals[0], width: 4000, height: 3000 }],
    ['p-hall/report', { bytes: jpegish(11, 8_000), width: 1600, height: 1200 }],
    ['p-hall/thumb', { bytes: jpegish(12, 1_000), width: 320, height: 240 }],
    ['p-old/original', { bytes: originals[1], width: 4000, height: 3000 }],
  ]);
  const b = bundle({
    claims: [claim('c-seats', OLENA, 1, 'q01-seats', '250')],
    answers: [countAnswer('a-seats', OLENA, 10, 'q01-seats', 'count-seats', 184), observeAnswer('a-kb', DMYTRO, 20, 'q09-kb', 'observe-kb', 'seen')],
    photos: [
      photo('p-hall', OLENA, 11, sha256(originals[0]), { size: originals[0].length, width: 4000, height: 3000 }),
      photo('p-old', OLENA, 12, sha256(originals[1]), {
        size: originals[1].length, derivatives: 'pending', deleted: { at: '2025-06-17T09:30:00.000Z', by: OLENA.author, reason: 'дубль' },
      }),
    ],
    audit: [audit('e-1', OLENA, 0, 'visit-created'), audit('e-2', OLENA, 11, 'photo-added', { photoId: 'p-hall' })],
  });
  return { bundle: b, files, source: (photoId, variant) => files.get(`${photoId}/${variant}`) };
}

export const META = { createdBy: { author: OLENA.author, device: OLENA.device }, appVersion: '0.1.0', createdAt: '2025-06-17T18:00:00.000Z' };
