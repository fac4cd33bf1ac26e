import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson, sortById } from '../merge/canonical';
import { canonicalBundle } from '../merge/merge';
import type { VisitBundle } from '../model';

/**
 * What a dossier was built from, in a form a reader can check: SHA-256 over the visit's records (canonical JSON,
 * each list sorted by id) and over the photo originals' SHA-256s. The app builds the dossier from its database,
 * the CLI from packages; both give the same fingerprint for the same records, so `siteproof verify PKG --dossier
 * D.pdf` can say whether D was built from PKG.
 */
export interface DossierFingerprint {
  /** SHA-256 over the two hashes below and the visit id: the one value printed on the dossier and in its QR code. */
  fingerprint: string;
  /** SHA-256 of the records (visit, claims, answers, decisions, resolutions, photo records, audit log, sign-offs). */
  records: string;
  /** SHA-256 of the sorted list of photo originals' SHA-256s (deleted ones included: they are still evidence). */
  photos: string;
  photoCount: number;
  visitId: string;
}

const hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

export function dossierFingerprint(input: VisitBundle): DossierFingerprint {
  // The form a package carries (merged with itself): the database's records and a package's give the same value.
  // A dossier is made even of damaged records (it says what is wrong in itself): lists that are missing count as empty.
  const bundle = canonicalBundle({
    ...input,
    claims: input.claims ?? [], answers: input.answers ?? [], decisions: input.decisions ?? [],
    resolutions: input.resolutions ?? [], photos: input.photos ?? [], audit: input.audit ?? [],
  });
  const records = hex(canonicalJson({
    visit: bundle.visit,
    claims: sortById(bundle.claims),
    answers: sortById(bundle.answers),
    decisions: sortById(bundle.decisions),
    resolutions: sortById(bundle.resolutions),
    photos: sortById(bundle.photos),
    audit: sortById(bundle.audit),
    // The closing meeting's sign-off is part of what the dossier shows; absent (not empty) on visits without one.
    signoffs: bundle.signoffs?.length ? sortById(bundle.signoffs) : undefined,
    // Redactions decide which picture the dossier shows; likewise absent on visits without one.
    redactions: bundle.redactions?.length ? sortById(bundle.redactions) : undefined,
  }));
  const originals = bundle.photos.map((p) => p.sha256).sort();
  const photos = hex(originals.join('\n'));
  return { fingerprint: hex(`siteproof-dossier/1\n${bundle.visit.id}\n${records}\n${photos}`), records, photos, photoCount: originals.length, visitId: bundle.visit.id };
}

/** The text a QR code on the dossier carries: upper-case hex keeps it in the QR alphanumeric mode (a smaller code). */
export const fingerprintQrText = (fingerprint: string): string => `SITEPROOF:${fingerprint.toUpperCase()}`;

/** 64 hex characters in groups of eight, so a reader can compare them by eye against the CLI's output. */
export const groupFingerprint = (fingerprint: string): string => fingerprint.match(/.{1,8}/g)?.join(' ') ?? fingerprint;
