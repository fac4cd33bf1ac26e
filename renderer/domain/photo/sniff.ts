/**
 * What a file really is, judged by its first bytes rather than its name or the type the OS reports:
 * evaluators copy photos from phones, and a ".jpg" that is really HEIC must be refused before it is stored.
 */
export type PhotoType = 'jpeg' | 'png' | 'webp' | 'heic' | 'unknown';
export type AcceptedType = 'jpeg' | 'png' | 'webp';

export const MIME_BY_TYPE: Record<AcceptedType, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };
/** For `<input accept>`: the types the app stores and Chromium can decode. */
export const ACCEPT_ATTRIBUTE = Object.values(MIME_BY_TYPE).join(',');

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** ISO-BMFF brands that mean HEIF/HEIC stills or sequences. */
const HEIF_MAJOR_BRANDS = new Set(['heic', 'heix', 'mif1', 'msf1', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
/** `mif1` is shared with AVIF, so a compatible brand only counts when it is HEVC-specific. */
const HEIF_COMPATIBLE_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

function ascii(bytes: Uint8Array, start: number, length: number): string {
  if (bytes.length < start + length) return '';
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function isoBrands(bytes: Uint8Array): string[] | null {
  if (ascii(bytes, 4, 4) !== 'ftyp') return null;
  const boxSize = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
  const end = Math.min(bytes.length, boxSize >= 16 ? boxSize : 16);
  const brands = [ascii(bytes, 8, 4)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, 4));
  return brands;
}

export function sniffType(bytes: Uint8Array): PhotoType {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  const brands = isoBrands(bytes);
  if (brands) {
    if (brands.some((b) => AVIF_BRANDS.has(b))) return 'unknown';
    const [major, ...compatible] = brands;
    if (HEIF_MAJOR_BRANDS.has(major) || compatible.some((b) => HEIF_COMPATIBLE_BRANDS.has(b))) return 'heic';
  }
  return 'unknown';
}

export function isAccepted(type: PhotoType): type is AcceptedType {
  return type === 'jpeg' || type === 'png' || type === 'webp';
}
