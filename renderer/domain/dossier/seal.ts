import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { DossierFingerprint } from './fingerprint';

/**
 * A dossier ends with two PDF comment lines after %%EOF (readers ignore them): what it was built from, and the
 * SHA-256 of every byte before the seal line. A file edited and saved by any PDF tool either loses the lines or
 * no longer matches the seal, so `siteproof verify --dossier` can tell an untouched dossier from an edited one.
 */
const INFO = '%SiteProof-Dossier ';
const SEAL = '%SiteProof-Seal ';

export interface SealInfo extends DossierFingerprint {
  /** When the file was made (ISO instant). */
  madeAt: string;
}

const encoder = new TextEncoder();

export function sealPdf(pdf: Uint8Array, info: SealInfo): Uint8Array {
  const infoLine = encoder.encode(`\n${INFO}${JSON.stringify(info)}\n`);
  const body = new Uint8Array(pdf.length + infoLine.length);
  body.set(pdf, 0);
  body.set(infoLine, pdf.length);
  const sealLine = encoder.encode(`${SEAL}${bytesToHex(sha256(body))}\n`);
  const out = new Uint8Array(body.length + sealLine.length);
  out.set(body, 0);
  out.set(sealLine, body.length);
  return out;
}

export type SealReading =
  | { kind: 'none' }
  | { kind: 'damaged' }
  | { kind: 'sealed'; info: SealInfo; seal: string; sealOffset: number };

/** How many bytes at the end of a file hold the two lines (the info line is well under 1 KiB). */
export const SEAL_TAIL_BYTES = 4096;

/** Reads the seal from the last bytes of a file (`tail`), where `tailOffset` is the tail's position in the file. */
export function readSeal(tail: Uint8Array, tailOffset: number): SealReading {
  const text = new TextDecoder('latin1').decode(tail);
  const sealAt = text.lastIndexOf(`\n${SEAL}`) + 1;
  const infoAt = text.lastIndexOf(`\n${INFO}`) + 1;
  if (sealAt === 0 && infoAt === 0) return { kind: 'none' };
  if (sealAt === 0 || infoAt === 0 || infoAt > sealAt) return { kind: 'damaged' };
  const seal = text.slice(sealAt + SEAL.length).trim();
  const json = text.slice(infoAt + INFO.length, sealAt).trim();
  if (!/^[0-9a-f]{64}$/.test(seal)) return { kind: 'damaged' };
  try {
    const info = JSON.parse(json) as SealInfo;
    const hex = (v: unknown) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
    // Every field as sealPdf writes it; anything else was not written by SiteProof.
    const sound = hex(info?.fingerprint) && hex(info.records) && hex(info.photos)
      && typeof info.visitId === 'string' && info.visitId.length <= 200
      && Number.isSafeInteger(info.photoCount) && info.photoCount >= 0
      && typeof info.madeAt === 'string' && Number.isFinite(Date.parse(info.madeAt));
    if (!sound) return { kind: 'damaged' };
    return { kind: 'sealed', info, seal, sealOffset: tailOffset + sealAt };
  } catch {
    return { kind: 'damaged' };
  }
}
