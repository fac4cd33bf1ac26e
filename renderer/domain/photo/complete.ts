import type { AcceptedType } from './sniff';

/**
 * Whether a file holds the whole picture or was cut short (a copy interrupted, a card pulled out mid-write).
 * A cut file still has a readable header and is kept byte for byte as evidence, but the browser shows only the
 * part that arrived, so the evaluator must be told. Checked on the bytes, without decoding:
 * - JPEG: the end-of-image marker (FF D9) must follow the image data. Inside entropy-coded data FF is always
 *   stuffed (FF 00) or a restart marker, so FF D9 after the first start-of-scan can only be the real end.
 *   Segments before the scan are skipped by their lengths, so an EXIF thumbnail's own end marker is not taken.
 * - PNG: the IEND chunk must be there.
 * - WebP: the RIFF header states the file's length.
 */
export function isTruncated(bytes: Uint8Array, type: AcceptedType): boolean {
  if (type === 'jpeg') return !jpegHasEnd(bytes);
  if (type === 'png') return !pngHasEnd(bytes);
  return webpShort(bytes);
}

function jpegHasEnd(b: Uint8Array): boolean {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return false;
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return false;
    const marker = b[i + 1];
    if (marker === 0xff) { i += 1; continue; }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) { i += 2; continue; }
    if (marker === 0xd9) return true;
    const length = (b[i + 2] << 8) | b[i + 3];
    if (length < 2) return false;
    if (marker === 0xda) break;
    i += 2 + length;
  }
  for (let j = i; j + 1 < b.length; j++) if (b[j] === 0xff && b[j + 1] === 0xd9) return true;
  return false;
}

function pngHasEnd(b: Uint8Array): boolean {
  // IEND is the last chunk: length 0, type "IEND", CRC. Some tools append bytes after it, so look near the end.
  for (let j = b.length - 8; j >= Math.max(8, b.length - 4096); j--) {
    if (b[j] === 0x49 && b[j + 1] === 0x45 && b[j + 2] === 0x4e && b[j + 3] === 0x44) return true;
  }
  return false;
}

function webpShort(b: Uint8Array): boolean {
  if (b.length < 12) return true;
  const riffSize = (b[4] | (b[5] << 8) | (b[6] << 16) | (b[7] << 24)) >>> 0;
  return b.length < riffSize + 8;
}
