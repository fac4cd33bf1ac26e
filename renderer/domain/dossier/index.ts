export { buildDossier, nextCategoryUp, shownVerdict, type DossierInput, type ReasonFormatter, type FindingFormatter } from './build';
export { buildComparison, type ComparisonEntry, type ComparisonResult } from './comparison';
export { dossierStrings, type DossierStrings } from './strings';
export type * from './types';
export { dossierFingerprint, fingerprintQrText, groupFingerprint, type DossierFingerprint } from './fingerprint';
export { readSeal, sealPdf, SEAL_TAIL_BYTES, type SealInfo, type SealReading } from './seal';
