import { describe, expect, it } from 'vitest';
import type { PhotoVariant } from '../../../../renderer/domain/model';
import { readPackage } from '../../../../renderer/domain/package';
import { readPackageBlob } from '../../../../renderer/domain/package/blob-read';
import { memorySink, streamPackage, type PhotoBlobSource } from '../../../../renderer/domain/package/stream-write';
import { hostileCorpus } from '../../../corpus/hostile';
import { META, visitFixture } from './fixtures';

const blobSource = (files: ReturnType<typeof visitFixture>['files']): PhotoBlobSource => async (photoId: string, variant: PhotoVariant) => {
  const f = files.get(`${photoId}/${variant}`);
  return f && { blob: new Blob([f.bytes as Uint8Array<ArrayBuffer>]), width: f.width, height: f.height };
};

async function streamed(forceZip64 = false): Promise<Uint8Array> {
  const f = visitFixture();
  const out = memorySink();
  const w = await streamPackage([f.bundle], blobSource(f.files), META, out.sink, { forceZip64 });
  if (!w.ok) throw new Error(JSON.stringify(w.problems));
  return out.bytes();
}

const blobOf = (b: Uint8Array) => new Blob([b as Uint8Array<ArrayBuffer>]);
const codesOf = (r: { ok: boolean; problems?: { code: string }[] }) => (r.ok ? [] : (r.problems ?? []).map((p) => p.code));

describe('readPackageBlob', () => {
  it('refuses every package of the hostile corpus with the same problems as the in-memory reader', async () => {
    const corpus = await hostileCorpus();
    expect(Object.keys(corpus).length).toBeGreaterThan(3);
    for (const [name, bytes] of Object.entries(corpus)) {
      const whole = await readPackage(bytes);
      const streamedRead = await readPackageBlob(blobOf(bytes));
      expect(codesOf(streamedRead), name).toEqual(codesOf(whole));
    }
  });

  it('reads a streamed package, plain or ZIP64, to the same manifest and files as the in-memory reader', async () => {
    const plain = await streamed();
    const whole = await readPackage(plain);
    if (!whole.ok) throw new Error(JSON.stringify(whole.problems));
    for (const bytes of [plain, await streamed(true)]) {
      const r = await readPackageBlob(blobOf(bytes));
      expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
      if (!r.ok) return;
      expect(r.manifest).toEqual(whole.manifest);
      expect([...r.files.keys()].sort()).toEqual([...whole.files.keys()].sort());
      for (const [path, blob] of r.files) expect(Buffer.from(await blob.arrayBuffer()).equals(Buffer.from(whole.files.get(path)!))).toBe(true);
    }
  });

  it('refuses a package cut short anywhere, and a damaged photo, as the in-memory reader does', async () => {
    const plain = await streamed();
    for (const cut of [10, plain.length >> 1, plain.length - 30, plain.length - 1]) {
      const part = plain.subarray(0, cut);
      expect(codesOf(await readPackageBlob(blobOf(part))), `cut at ${cut}`).toEqual(codesOf(await readPackage(part)));
    }
    const flipped = plain.slice();
    flipped[200] ^= 0xff;
    const r = await readPackageBlob(blobOf(flipped));
    expect(r.ok).toBe(false);
    expect(codesOf(r)).toEqual(codesOf(await readPackage(flipped)));
  });

  it('refuses a truncated ZIP64 end record and a ZIP64 size that lies', async () => {
    const z64 = await streamed(true);
    const at = Buffer.from(z64).lastIndexOf(Buffer.from([0x50, 0x4b, 0x06, 0x06]));
    expect(at).toBeGreaterThan(0);
    // The ZIP64 record's directory offset points past the file.
    const lying = z64.slice();
    new DataView(lying.buffer).setUint32(at + 48, 0x7fffffff, true);
    expect(codesOf(await readPackageBlob(blobOf(lying)))).toEqual(['truncated']);
    // The ZIP64 record cut out: the locator points at nothing valid.
    const locatorAt = Buffer.from(z64).lastIndexOf(Buffer.from([0x50, 0x4b, 0x06, 0x07]));
    const cut = new Uint8Array([...z64.subarray(0, at), ...z64.subarray(locatorAt)]);
    expect((await readPackageBlob(blobOf(cut))).ok).toBe(false);
    // A central directory entry whose ZIP64 size is larger than what is stored.
    const cdAt = Buffer.from(z64).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const nameLen = new DataView(z64.buffer).getUint16(cdAt + 28, true);
    const extraAt = cdAt + 46 + nameLen;
    const sized = z64.slice();
    const view = new DataView(sized.buffer);
    expect(view.getUint16(extraAt, true)).toBe(0x0001);
    if (view.getUint32(cdAt + 24, true) === 0xffffffff) view.setUint32(extraAt + 4, view.getUint32(extraAt + 4, true) + 1, true);
    else view.setUint32(cdAt + 24, view.getUint32(cdAt + 24, true) + 1, true);
    expect((await readPackageBlob(blobOf(sized))).ok).toBe(false);
  });

  it('refuses a ZIP64 extra field cut short, a ZIP64 entry count that lies and an offset into the directory', async () => {
    const z64 = await streamed(true);
    const buf = Buffer.from(z64);
    const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
    const CD = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
    const cdStart = buf.indexOf(CD);
    const second = buf.indexOf(CD, cdStart + 4);
    expect(view(z64).getUint32(cdStart + 24, true)).toBe(0xffffffff); // the size lives in the ZIP64 field
    const extraAt = cdStart + 46 + view(z64).getUint16(cdStart + 28, true);
    // The ZIP64 field says it holds fewer bytes than the 0xffffffff fields need.
    const short = z64.slice();
    view(short).setUint16(extraAt + 2, 8, true);
    const shortRead = await readPackageBlob(blobOf(short));
    expect(codesOf(shortRead)).toEqual(['corrupt-zip']);
    expect(!shortRead.ok && shortRead.problems[0].message).toMatch(/table of contents is damaged at entry 1 /);
    // The ZIP64 end record counts one entry more than there are.
    const recordAt = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x06, 0x06]));
    const counted = z64.slice();
    for (const at of [recordAt + 24, recordAt + 32]) view(counted).setUint32(at, view(counted).getUint32(at, true) + 1, true);
    expect(codesOf(await readPackageBlob(blobOf(counted)))).toEqual(['corrupt-zip']);
    // The second entry's offset points into the central directory (in its ZIP64 field or its own, wherever it is).
    const moved = z64.slice();
    const secondExtra = second + 46 + view(z64).getUint16(second + 28, true);
    if (view(z64).getUint32(second + 42, true) === 0xffffffff) view(moved).setUint32(secondExtra + 4 + 16, cdStart, true);
    else view(moved).setUint32(second + 42, cdStart, true);
    expect(codesOf(await readPackageBlob(blobOf(moved)))).toEqual(['corrupt-zip']);
    // The file ends inside the ZIP64 end record.
    expect(codesOf(await readPackageBlob(blobOf(z64.subarray(0, recordAt + 30))))).toEqual(codesOf(await readPackage(z64.subarray(0, recordAt + 30))));
    expect((await readPackageBlob(blobOf(z64.subarray(0, recordAt + 30)))).ok).toBe(false);
  });

});
