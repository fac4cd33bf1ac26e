import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { readSeal, sealPdf, SEAL_TAIL_BYTES, type SealInfo } from '../../../../renderer/domain/dossier';

const INFO: SealInfo = { fingerprint: 'f'.repeat(64), records: 'a'.repeat(64), photos: 'b'.repeat(64), photoCount: 3, visitId: 'v-1', madeAt: '2026-12-04T10:00:00.000Z' };
const pdf = new TextEncoder().encode('%PDF-1.3\n1 0 obj\n<<>>\nendobj\n%%EOF\n'.repeat(200));
const tailOf = (bytes: Uint8Array) => {
  const at = Math.max(0, bytes.length - SEAL_TAIL_BYTES);
  return readSeal(bytes.subarray(at), at);
};

describe('the dossier seal', () => {
  it('keeps the PDF as it was and adds what it was built from and a hash of every byte before the seal', () => {
    const sealed = sealPdf(pdf, INFO);
    expect(Buffer.from(sealed.subarray(0, pdf.length)).equals(Buffer.from(pdf))).toBe(true);
    const r = tailOf(sealed);
    expect(r.kind).toBe('sealed');
    if (r.kind !== 'sealed') return;
    expect(r.info).toEqual(INFO);
    expect(r.seal).toBe(bytesToHex(sha256(sealed.subarray(0, r.sealOffset))));
  });

  it('shows an edited byte: the hash of the bytes before the seal no longer matches', () => {
    const sealed = sealPdf(pdf, INFO);
    sealed[100] ^= 1;
    const r = tailOf(sealed);
    if (r.kind !== 'sealed') throw new Error('still readable');
    expect(bytesToHex(sha256(sealed.subarray(0, r.sealOffset)))).not.toBe(r.seal);
  });

  it('reads a seal whose fields are not what SiteProof writes as damaged', () => {
    for (const bad of [{ madeAt: '\u001b[2J SOUND' }, { photoCount: 'x' }, { fingerprint: 'zz' }, { visitId: 7 }]) {
      expect(tailOf(sealPdf(pdf, { ...INFO, ...bad } as unknown as SealInfo)).kind, JSON.stringify(bad)).toBe('damaged');
    }
  });

  it('tells a file without a seal from one whose seal was cut or garbled', () => {
    expect(tailOf(pdf).kind).toBe('none');
    const sealed = sealPdf(pdf, INFO);
    expect(tailOf(sealed.subarray(0, sealed.length - 30)).kind).toBe('damaged');
    const garbled = sealed.slice();
    garbled[garbled.length - 20] = 'z'.charCodeAt(0);
    expect(tailOf(garbled).kind).toBe('damaged');
  });
});
