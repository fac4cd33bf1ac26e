import type { AcceptedType } from './sniff';

export interface Size { width: number; height: number }

/**
 * Pixel size as encoded in the file header (before any EXIF rotation). Reading the header is enough to know
 * the size without decoding 12 MP on the UI thread; a header we cannot read means a damaged file.
 */
export function readDimensions(bytes: Uint8Array, type: AcceptedType): Size | null {
  const size = type === 'jpeg' ? jpegSize(bytes) : type === 'png' ? pngSize(bytes) : webpSize(bytes);
  return size && size.width > 0 && size.height > 0 ? size : null;
}

const be16 = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
const be32 = (b: Uint8Array, i: number) => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
const le16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const le24 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16);
const le32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

/** Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Where the JPEG's frame header segment (marker, length, precision, size, components) sits, or null. */
export function findJpegFrame(b: Uint8Array): { offset: number; length: number } | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1];
    if (marker === 0xff) { i += 1; continue; }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) { i += 2; continue; }
    // Image data or end of image before any frame header: not a picture we can size.
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = be16(b, i + 2);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) return i + 2 + length <= b.length && length >= 8 ? { offset: i, length: 2 + length } : null;
    i += 2 + length;
  }
  return null;
}

function jpegSize(b: Uint8Array): Size | null {
  const frame = findJpegFrame(b);
  return frame ? { height: be16(b, frame.offset + 5), width: be16(b, frame.offset + 7) } : null;
}

function pngSize(b: Uint8Array): Size | null {
  if (b.length < 24 || String.fromCharCode(...b.subarray(12, 16)) !== 'IHDR') return null;
  return { width: be32(b, 16), height: be32(b, 20) };
}

function webpSize(b: Uint8Array): Size | null {
  if (b.length < 30) return null;
  const chunk = String.fromCharCode(...b.subarray(12, 16));
  if (chunk === 'VP8 ') {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
    return { width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return null;
    const bits = le32(b, 21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return { width: 1 + le24(b, 24), height: 1 + le24(b, 27) };
  return null;
}
