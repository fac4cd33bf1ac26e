import { deflateSync, strToU8, unzipSync } from 'fflate';
import { crc32 } from '../../../../renderer/domain/package/crc32';

/**
 * A deliberately permissive zip writer for building broken packages: it writes whatever names, sizes and
 * methods it is told, duplicates included, which no sane zip library would.
 */
export interface KitEntry {
  name: string;
  data: Uint8Array;
  /** 0 stored, 8 deflate (default: stored), anything else to test unknown methods. */
  method?: number;
  /** Lie about the uncompressed size in the central directory. */
  declaredSize?: number;
  flags?: number;
  /** Already deflated bytes of `data` (with method 8), so thousands of equal entries are compressed once. */
  compressed?: Uint8Array;
  /** The CRC-32 to declare instead of the real one (to tell whether an entry was ever inflated). */
  crc?: number;
}

export function buildZip(entries: KitEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const method = e.method ?? 0;
    const body = method === 8 ? (e.compressed ?? deflateSync(e.data)) : e.data;
    const crc = e.crc ?? crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const flags = (e.flags ?? 0) | 0x800;
    const local = new Uint8Array(30 + name.length + body.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, method, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(body, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let o = 0;
  for (const part of [...locals, ...centrals, eocd]) {
    out.set(part, o);
    o += part.length;
  }
  return out;
}

/** The entries of a well-formed zip, in order, to rebuild it with changes. */
export function entriesOf(zip: Uint8Array): KitEntry[] {
  return Object.entries(unzipSync(zip)).map(([name, data]) => ({ name, data, method: name === 'manifest.json' ? 8 : 0 }));
}

export const json = (value: unknown) => strToU8(JSON.stringify(value));
