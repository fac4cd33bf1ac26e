import { describe, expect, it } from 'vitest';
import { readDimensions } from '../../../../renderer/domain/photo/dimensions';
import { headerOnlyJpeg, withExif } from '../../../../bench/fixtures/jpeg';

const be32 = (v: number) => [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('readDimensions', () => {
  it('reads the JPEG frame header, past APP and comment segments', () => {
    expect(readDimensions(headerOnlyJpeg(4000, 3000, 'x'), 'jpeg')).toEqual({ width: 4000, height: 3000 });
    const withTags = withExif(headerOnlyJpeg(640, 480), { orientation: 6, dateTimeOriginal: '2025:03:10 09:15:00' });
    expect(readDimensions(withTags, 'jpeg')).toEqual({ width: 640, height: 480 });
  });

  it('returns null for a JPEG cut off before its frame header or with garbage after SOI', () => {
    const full = headerOnlyJpeg(100, 50);
    expect(readDimensions(full.subarray(0, 10), 'jpeg')).toBeNull();
    expect(readDimensions(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 1, 2, 3]), 'jpeg')).toBeNull();
    expect(readDimensions(Uint8Array.from([0xff, 0xd8, 0x12, 0x34, 0, 0, 0, 0]), 'jpeg')).toBeNull();
  });

  it('refuses a zero-sized frame', () => {
    expect(readDimensions(headerOnlyJpeg(0, 50), 'jpeg')).toBeNull();
  });

  it('reads PNG IHDR', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...ascii('IHDR'), ...be32(1920), ...be32(1080), 8, 6, 0, 0, 0]);
    expect(readDimensions(png, 'png')).toEqual({ width: 1920, height: 1080 });
    expect(readDimensions(png.subarray(0, 20), 'png')).toBeNull();
  });

  it('reads the three WebP flavours', () => {
    const riff = (chunk: string, body: number[]) => Uint8Array.from([...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP'), ...ascii(chunk), 0, 0, 0, 0, ...body, ...new Array(16).fill(0)]);
    // Lossy: frame tag (3 bytes), start code 9d 01 2a, 14-bit little-endian sizes.
    expect(readDimensions(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x20, 0x03, 0x58, 0x02]), 'webp')).toEqual({ width: 800, height: 600 });
    // Lossless: signature 0x2f, then width-1 and height-1 in 14 bits each.
    const bits = (800 - 1) | ((600 - 1) << 14);
    expect(readDimensions(riff('VP8L', [0x2f, bits & 255, (bits >> 8) & 255, (bits >> 16) & 255, (bits >>> 24) & 255]), 'webp')).toEqual({ width: 800, height: 600 });
    // Extended: flags + reserved, then 24-bit width-1 and height-1.
    expect(readDimensions(riff('VP8X', [0, 0, 0, 0, 0x1f, 0x03, 0, 0x57, 0x02, 0]), 'webp')).toEqual({ width: 800, height: 600 });
  });
});
