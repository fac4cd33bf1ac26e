import { describe, expect, it } from 'vitest';
import { isTruncated } from '../../../../renderer/domain/photo';
import { withExif } from '../../../../bench/fixtures/jpeg';
import { makeJpeg } from '../../pdf/images';

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const be32 = (v: number) => [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];

describe('isTruncated', () => {
  it('a whole JPEG is complete; the same JPEG cut anywhere in its image data is not', () => {
    const full = makeJpeg(64, 48, 3);
    expect(isTruncated(full, 'jpeg')).toBe(false);
    expect(isTruncated(full.subarray(0, full.length - 2), 'jpeg')).toBe(true);
    expect(isTruncated(full.subarray(0, Math.floor(full.length * 0.6)), 'jpeg')).toBe(true);
  });

  it('an EXIF block before the image does not hide a cut', () => {
    const full = withExif(makeJpeg(64, 48, 4), { orientation: 6 });
    expect(isTruncated(full, 'jpeg')).toBe(false);
    expect(isTruncated(full.subarray(0, full.length - 100), 'jpeg')).toBe(true);
  });

  it('bytes appended after the end of a JPEG still count as complete', () => {
    const full = makeJpeg(32, 32, 5);
    expect(isTruncated(Uint8Array.from([...full, 0, 0, 0, 0]), 'jpeg')).toBe(false);
  });

  it('PNG needs its IEND chunk, WebP the length its header states', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...ascii('IHDR'), ...be32(2), ...be32(2), 8, 6, 0, 0, 0, 1, 2, 3, 4]);
    const end = [0, 0, 0, 0, ...ascii('IEND'), 0xae, 0x42, 0x60, 0x82];
    expect(isTruncated(Uint8Array.from([...png, ...end]), 'png')).toBe(false);
    expect(isTruncated(png, 'png')).toBe(true);
    const webp = Uint8Array.from([...ascii('RIFF'), 22, 0, 0, 0, ...ascii('WEBP'), ...ascii('VP8L'), 10, 0, 0, 0, 0x2f, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(isTruncated(webp, 'webp')).toBe(false);
    expect(isTruncated(webp.subarray(0, 24), 'webp')).toBe(true);
  });
});
