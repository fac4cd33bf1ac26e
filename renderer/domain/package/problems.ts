/**
 * Everything that can be wrong with a package. The UI picks its sentence by `code` and fills it from `params`;
 * `message` is the English sentence the CLI prints and the fallback when a code has no translation yet.
 */
export type ProblemCode =
  // The container
  | 'empty-file' | 'not-a-zip' | 'truncated' | 'corrupt-zip' | 'zip64-unsupported' | 'encrypted-entry'
  | 'unsupported-compression' | 'corrupt-entry'
  // Names inside the zip
  | 'path-traversal' | 'path-absolute' | 'path-backslash' | 'path-drive' | 'path-invalid' | 'duplicate-entry'
  | 'directory-with-data'
  // Limits, checked before anything is inflated
  | 'too-many-entries' | 'entry-too-large' | 'package-too-large' | 'compression-ratio' | 'package-compression-ratio'
  // Bounds of each record, checked on the manifest's text before it is parsed
  | 'record-too-deep' | 'record-too-large'
  // The manifest
  | 'encrypted' | 'missing-manifest' | 'manifest-not-json' | 'not-a-siteproof-package' | 'newer-format' | 'newer-records'
  | 'unknown-format-version' | 'manifest-invalid'
  // Manifest against contents
  | 'file-missing' | 'file-unlisted' | 'file-hash-mismatch' | 'file-size-mismatch' | 'file-path-mismatch'
  | 'file-unknown-photo' | 'file-duplicate' | 'original-hash-mismatch' | 'photo-original-missing'
  | 'visit-count' | 'duplicate-visit' | 'duplicate-record' | 'record-wrong-visit' | 'template-mismatch'
  // A staffing or report check whose stored figures are not what its inputs give
  | 'tool-result-mismatch'
  // A closing meeting sign-off whose frozen findings or signature images no longer give their recorded SHA-256
  | 'signoff-hash-mismatch'
  // A redaction naming a photo or original the package does not hold, or a redacted file its redaction does not name
  | 'redaction-mismatch'
  // Encryption envelope
  | 'not-encrypted' | 'encryption-header' | 'wrong-passphrase' | 'encrypted-data-altered' | 'weak-passphrase'
  // Writing a streamed package (the destination refused a chunk, the disk is full...)
  | 'write-failed';

export type ProblemParams = Record<string, string | number>;

export interface Problem {
  code: ProblemCode;
  message: string;
  params: ProblemParams;
}

export const problem = (code: ProblemCode, message: string, params: ProblemParams = {}): Problem => ({ code, message, params });

/** Readers stop listing after this many problems of one kind: a thousand identical lines help nobody. */
export const MAX_PROBLEMS_PER_CODE = 20;

export function capProblems(problems: Problem[]): Problem[] {
  const seen = new Map<ProblemCode, number>();
  const out: Problem[] = [];
  for (const p of problems) {
    const n = (seen.get(p.code) ?? 0) + 1;
    seen.set(p.code, n);
    if (n <= MAX_PROBLEMS_PER_CODE) out.push(p);
    else if (n === MAX_PROBLEMS_PER_CODE + 1) {
      const more = problems.filter((q) => q.code === p.code).length - MAX_PROBLEMS_PER_CODE;
      out.push(problem(p.code, `…and ${more} more problem(s) of the same kind.`, { more }));
    }
  }
  return out;
}
