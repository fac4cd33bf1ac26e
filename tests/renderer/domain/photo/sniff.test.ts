import { describe, expect, it } from 'vitest';
import { ACCEPT_ATTRIBUTE, isAccepted, sniffType } from '../../../../renderer/domain/photo/sniff';
import { headerOnlyJpeg } from '../../../../bench/fixtures/jpeg';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

/** An ISO-BMFF `ftyp` box: size, 'ftyp', major brand, minor version, compatible brands. */
const ftyp = (major: string, ...compatible: string[]) => {
  const size = 16 + compatible.length * 4;
  return bytes([0, 0, 0, size], 'ftyp', major, [0, 0, 0, 0], ...compatible, [0, 0, 0, 8], 'meta');
};

describe('sniffType', () => {
  it('recognises JPEG, PNG and WebP by their first bytes', () => {
    expect(sniffType(headerOnlyJpeg(10, 10))).toBe('jpeg');
    expect(sniffType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'))).toBe('png');
    expect(sniffType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))).toBe('webp');
  });

  it.each(['heic', 'heix', 'mif1', 'msf1', 'hevc'])('calls an ftyp box with major brand %s HEIC', (brand) => {
    expect(sniffType(ftyp(brand))).toBe('heic');
  });

  it('finds HEIC in the compatible brands too', () => {
    expect(sniffType(ftyp('abcd', 'mif1', 'heic'))).toBe('heic');
  });

  it('does not mistake AVIF (which also lists mif1) or MP4 for HEIC', () => {
    expect(sniffType(ftyp('avif', 'mif1', 'miaf'))).toBe('unknown');
    expect(sniffType(ftyp('mif1', 'avif'))).toBe('unknown');
    expect(sniffType(ftyp('isom', 'mp41'))).toBe('unknown');
  });

  it('ignores the name a file claims and rejects text, short and empty input', () => {
    expect(sniffType(bytes('%PDF-1.7'))).toBe('unknown');
    expect(sniffType(bytes('GIF89a'))).toBe('unknown');
    expect(sniffType(bytes([0xff, 0xd8]))).toBe('unknown');
    expect(sniffType(new Uint8Array())).toBe('unknown');
    expect(sniffType(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBe('unknown');
  });

  it('accepts exactly the types the file picker offers', () => {
    expect(['jpeg', 'png', 'webp', 'heic', 'unknown'].filter((t) => isAccepted(t as never))).toEqual(['jpeg', 'png', 'webp']);
    expect(ACCEPT_ATTRIBUTE).toBe('image/jpeg,image/png,image/webp');
  });
});
