import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { dossierFingerprint, groupFingerprint, readSeal, SEAL_TAIL_BYTES, type SealReading } from '../../renderer/domain/dossier';
import { visitTimeZone } from '../../renderer/domain/time';
import { EXIT, openInput, passphraseFrom, type ExitCode, type Out } from '../common';
import { when } from '../describe';
import { loadOneVisit } from '../packages';
import { field } from '../printable';

export type DossierCheck =
  | { status: 'matches'; fingerprint: string; madeAt: string }
  | { status: 'not-sealed' | 'seal-damaged' | 'edited' }
  | { status: 'other-data'; fingerprint: string; expected: string; differs: string[] };

/** SHA-256 of the first `length` bytes of a file, read a few MiB at a time. */
async function hashPrefix(file: Blob, length: number): Promise<string> {
  const h = sha256.create();
  const step = 8 * 1024 * 1024;
  for (let at = 0; at < length; at += step) h.update(new Uint8Array(await file.slice(at, Math.min(length, at + step)).arrayBuffer()));
  return bytesToHex(h.digest());
}

/**
 * Was this PDF built from these packages, and is it the file as SiteProof wrote it? The packages are merged the
 * way `siteproof dossier` merges them, their fingerprint recomputed and compared with the one sealed in the PDF,
 * and the PDF's bytes compared with its seal.
 */
export async function checkDossier(packages: string[], pdfPath: string, passphrase: string | undefined): Promise<{ check: DossierCheck; visitTz: string }> {
  const { bundle } = await loadOneVisit(packages, passphrase);
  const pdf = await openInput(pdfPath);
  const tailAt = Math.max(0, pdf.size - SEAL_TAIL_BYTES);
  const reading: SealReading = readSeal(new Uint8Array(await pdf.slice(tailAt).arrayBuffer()), tailAt);
  const visitTz = visitTimeZone(bundle.visit);
  if (reading.kind === 'none') return { check: { status: 'not-sealed' }, visitTz };
  if (reading.kind === 'damaged') return { check: { status: 'seal-damaged' }, visitTz };
  if ((await hashPrefix(pdf, reading.sealOffset)) !== reading.seal) return { check: { status: 'edited' }, visitTz };
  const expected = dossierFingerprint(bundle);
  const got = reading.info;
  if (got.fingerprint === expected.fingerprint) return { check: { status: 'matches', fingerprint: got.fingerprint, madeAt: got.madeAt }, visitTz };
  const differs: string[] = [];
  if (got.visitId !== expected.visitId) differs.push(`it was built from visit ${field(String(got.visitId))}, the packages hold visit ${field(expected.visitId)}`);
  else {
    if (got.records !== expected.records) differs.push('the records differ: answers, claims, decisions, resolutions, photo records or audit entries were added or changed on one side');
    if (got.photos !== expected.photos) differs.push(`the photo originals differ: the dossier was built from ${got.photoCount} photo(s), the packages hold ${expected.photoCount}${got.photoCount === expected.photoCount ? ' with other hashes' : ''}`);
  }
  return { check: { status: 'other-data', fingerprint: got.fingerprint, expected: expected.fingerprint, differs }, visitTz };
}

export async function verifyDossier(packages: string[], pdfPath: string, flags: { passphrase?: string; json?: boolean }, io: Out): Promise<ExitCode> {
  const { check, visitTz } = await checkDossier(packages, pdfPath, passphraseFrom(flags.passphrase));
  const code = check.status === 'matches' ? EXIT.ok : EXIT.problems;
  if (flags.json) {
    io.out(JSON.stringify({ dossier: pdfPath, packages, ...check }, null, 2));
    return code;
  }
  const name = field(pdfPath);
  switch (check.status) {
    case 'matches':
      io.out(`${name}: MATCHES — built from ${packages.length === 1 ? 'this package' : 'these packages'} and unchanged since it was made, ${when(check.madeAt, visitTz)}\n  fingerprint ${groupFingerprint(check.fingerprint)}`);
      break;
    case 'not-sealed':
      io.out(`${name}: NOT SEALED — the file carries no SiteProof seal: it was not made by SiteProof, was made before dossiers were sealed, or was rewritten by another program.`);
      break;
    case 'seal-damaged':
      io.out(`${name}: SEAL DAMAGED — the SiteProof seal at the end of the file cannot be read, so the file was changed after it was made.`);
      break;
    case 'edited':
      io.out(`${name}: EDITED — the file's bytes no longer match its seal: it was changed after SiteProof made it.`);
      break;
    case 'other-data':
      io.out([
        `${name}: DIFFERENT DATA — the file is as SiteProof made it, but not from ${packages.length === 1 ? 'this package' : 'these packages'}:`,
        ...check.differs.map((d) => `  - ${d}`),
        `  fingerprint in the dossier  ${groupFingerprint(check.fingerprint)}`,
        `  fingerprint of the packages ${groupFingerprint(check.expected)}`,
      ].join('\n'));
      break;
  }
  return code;
}
