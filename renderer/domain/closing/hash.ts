import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ClosingFinding } from '../model';
import { canonicalJson } from '../merge/canonical';
import type { Lang } from '../template/schema';

export const FINDINGS_FORMAT = 'siteproof-closing-findings';
export const FINDINGS_FORMAT_VERSION = 1;

/**
 * The findings as shown, in one canonical text: a fixed envelope (format, version, language) and each finding's
 * fields in sorted-key JSON, in the order shown. The same list always gives the same text, on any machine.
 */
export function serializeFindings(lang: Lang, findings: readonly ClosingFinding[]): string {
  const list = findings.map((f) => ({
    key: f.key, kind: f.kind, questionId: f.questionId, ...(f.stepId ? { stepId: f.stepId } : {}), number: f.number, title: f.title, text: f.text,
  }));
  return canonicalJson({ format: FINDINGS_FORMAT, version: FINDINGS_FORMAT_VERSION, lang, findings: list });
}

/** SHA-256 (hex) of serializeFindings: the hash the sign-off records as "the findings as shown". */
export function hashFindings(lang: Lang, findings: readonly ClosingFinding[]): string {
  return bytesToHex(sha256(utf8ToBytes(serializeFindings(lang, findings))));
}
