export { buildDossier, nextCategoryUp, shownVerdict, type DossierInput, type ReasonFormatter, type FindingFormatter } from './build';
export { buildComparison, type ComparisonEntry, type ComparisonResult } from './comparison';
export { dossierStrings, type DossierStrings } from './strings';
export type * from './types';
