import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../../renderer/domain/package/crc32';
import { DEFAULT_LIMITS } from '../../../../renderer/domain/package/limits';
import { readCentralDirectory, extractEntry } from '../../../../renderer/domain/package/zip';
import { writeZip, ZIP32_MAX_ENTRIES } from '../../../../renderer/domain/package/zipwrite';
import { jpegish } from './fixtures';

describe('writeZip', () => {
  const inputs = [
    { name: 'manifest.json', data: new TextEncoder().encode(JSON.stringify({ hello: 'світ', n: Array.from({ length: 500 }, (_, i) => i) })), deflate: true },
    { name: 'photos/a.jpg', data: jpegish(1, 5000) },
    { name: 'photos/пусто.bin', data: new Uint8Array(0) },
  ];

  it('writes a zip other readers open, byte for byte', async () => {
    const z = await writeZip(inputs, new Date('2025-06-17T09:30:14.000Z'));
    if (!z.ok) throw new Error(z.reason);
    const other = unzipSync(z.bytes);
    expect(Object.keys(other)).toEqual(inputs.map((i) => i.name));
    for (const i of inputs) expect(Buffer.from(other[i.name]).equals(Buffer.from(i.data))).toBe(true);
  });

  it('stores photos, deflates what it is told to, and records checksums and a time-zone-free date', async () => {
    const z = await writeZip(inputs, new Date('2025-06-17T09:30:14.000Z'));
    if (!z.ok) throw new Error(z.reason);
    const cd = readCentralDirectory(z.bytes, DEFAULT_LIMITS);
    if (!cd.ok) throw new Error(JSON.stringify(cd.problems));
    expect(cd.entries.map((e) => [e.name, e.method])).toEqual([['manifest.json', 8], ['photos/a.jpg', 0], ['photos/пусто.bin', 0]]);
    expect(cd.entries[0].compressedSize).toBeLessThan(cd.entries[0].size);
    for (const e of cd.entries) expect(extractEntry(z.bytes, e).ok).toBe(true);
    const view = new DataView(z.bytes.buffer);
    const time = view.getUint16(10, true);
    const date = view.getUint16(12, true);
    expect([date >> 9, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([45, 6, 17, 9, 30, 14]);
  });

  it('refuses more entries than zip32 can count instead of writing a broken file', async () => {
    const many = Array.from({ length: ZIP32_MAX_ENTRIES + 1 }, (_, i) => ({ name: `f/${i}`, data: new Uint8Array(0) }));
    expect(await writeZip(many, new Date())).toEqual({ ok: false, reason: 'too-many-entries', value: ZIP32_MAX_ENTRIES + 1 });
  });

  it('gives the event loop turns while it works, and the same bytes whatever the slice', async () => {
    const big = [{ name: 'photos/big.jpg', data: jpegish(7, 300_000) }, { name: 'photos/small.jpg', data: jpegish(8, 1000) }];
    let turns = 0;
    let stop = false;
    const tick = () => {
      if (stop) return;
      turns += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    const sliced = await writeZip(big, new Date('2025-06-17T09:30:14.000Z'), 16_384);
    stop = true;
    const whole = await writeZip(big, new Date('2025-06-17T09:30:14.000Z'), 1 << 30);
    if (!sliced.ok || !whole.ok) throw new Error('zip refused');
    // 300 kB checksummed and copied in 16 kB slices: a turn after each slice.
    expect(turns).toBeGreaterThanOrEqual(30);
    expect(Buffer.from(sliced.bytes).equals(Buffer.from(whole.bytes))).toBe(true);
    const other = unzipSync(sliced.bytes);
    expect(Buffer.from(other['photos/big.jpg']).equals(Buffer.from(big[0].data))).toBe(true);
  });
});

describe('crc32', () => {
  it('continues a running checksum across pieces', () => {
    const data = jpegish(3, 10_007);
    const whole = crc32(data);
    let running = 0;
    for (let at = 0; at < data.length; at += 999) running = crc32(data.subarray(at, at + 999), running);
    expect(running).toBe(whole);
    // The check value of the CRC-32 used by zip.
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
