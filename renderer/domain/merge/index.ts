/**
 * Merging captures of one visit from several evaluators (see merge.ts for the rules).
 *
 *   mergeBundles(local | null, incoming) → { bundle, added, updated, conflicts, changes }
 *     (null local: a visit new to this device, everything counts as added)
 *   mergeAll(bundles) → bundle;  canonicalBundle(bundle) → bundle
 */
export { mergeBundles, mergeAll, canonicalBundle, MergeError, type MergeChange, type MergeCounts, type MergeResult, type RecordTable } from './merge';
export { canonicalJson } from './canonical';
export {
  evidenceConflicts, auditTimeFlags, photoConflict, sameOriginal, EARLIEST_PLAUSIBLE, PHOTO_FIXED_FIELDS,
  type AuditTimeFlag, type EvidenceConflict, type EvidenceConflictKind, type EvidenceSide,
} from './evidence';
