import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
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

  it('writes a zip other readers open, byte for byte', () => {
    const z = writeZip(inputs, new Date('2025-06-17T09:30:14.000Z'));
    if (!z.ok) throw new Error(z.reason);
    const other = unzipSync(z.bytes);
    expect(Object.keys(other)).toEqual(inputs.map((i) => i.name));
    for (const i of inputs) expect(Buffer.from(other[i.name]).equals(Buffer.from(i.data))).toBe(true);
  });

  it('stores photos, deflates what it is told to, and records checksums and a time-zone-free date', () => {
    const z = writeZip(inputs, new Date('2025-06-17T09:30:14.000Z'));
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

  it('refuses more entries than zip32 can count instead of writing a broken file', () => {
    const many = Array.from({ length: ZIP32_MAX_ENTRIES + 1 }, (_, i) => ({ name: `f/${i}`, data: new Uint8Array(0) }));
    expect(writeZip(many, new Date())).toEqual({ ok: false, reason: 'too-many-entries', value: ZIP32_MAX_ENTRIES + 1 });
  });
});
