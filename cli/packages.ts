import type { PhotoVariant, VisitBundle } from '../renderer/domain/model';
import { evidenceConflicts, mergeAll, sameOriginal, type EvidenceConflict } from '../renderer/domain/merge';
import { bundlesOf, type FileEntry, type Manifest } from '../renderer/domain/package';
import { CliError, EXIT, formatProblems, openPackage } from './common';
import { field } from './printable';

/** A checked photo file of a package: its manifest entry and its bytes as a Blob (a range of the package file). */
export interface PackageBlobFile extends FileEntry { blob: Blob }

const blobFilesOf = (manifest: Manifest, files: Map<string, Blob>): PackageBlobFile[] =>
  manifest.files.flatMap((f) => {
    const blob = files.get(f.path);
    return blob ? [{ ...f, blob }] : [];
  });

export interface Loaded {
  bundle: VisitBundle;
  /** The photo files of the merged bundle, `${photoId}/${variant}` → file, taken from a package whose photo record is the one kept. */
  files: Map<string, PackageBlobFile>;
  inputs: { path: string; bundle: VisitBundle; files: PackageBlobFile[] }[];
  /** Photos whose originals differ between two packages under one id, with the two packages named. */
  conflicts: { a: string; b: string; c: EvidenceConflict }[];
}

/**
 * Opens packages that must all hold the same one visit and merges them. Refuses (exit 1) when a package is
 * unsound, the packages are of different visits, or an audit entry was rewritten under its id (tampering),
 * naming each. Two different originals under one photo id are listed in `conflicts`; the merge keeps one of
 * them whole (see renderer/domain/merge/evidence.ts) and takes its files from a package that holds it.
 */
export async function loadOneVisit(paths: string[], passphrase: string | undefined): Promise<Loaded> {
  const inputs: Loaded['inputs'] = [];
  for (const path of paths) {
    const r = await openPackage(path, passphrase);
    if (!r.ok) throw new CliError(formatProblems(path, r.problems), EXIT.problems);
    const bundles = bundlesOf(r.manifest);
    if (bundles.length !== 1) throw new CliError(`${field(path)} holds ${bundles.length} visits; give packages of one visit each.`, EXIT.problems);
    inputs.push({ path, bundle: bundles[0], files: blobFilesOf(r.manifest, r.files) });
  }
  const ids = new Set(inputs.map((i) => i.bundle.visit.id));
  if (ids.size > 1) {
    const lines = inputs.map((i) => `  ${field(i.path)}: ${field(i.bundle.visit.vendor)} — ${field(i.bundle.visit.site)}, ${i.bundle.visit.dateFrom} (visit ${field(i.bundle.visit.id)})`);
    throw new CliError(`These packages are of different visits, so they cannot be merged:\n${lines.join('\n')}`, EXIT.problems);
  }
  const conflicts: Loaded['conflicts'] = [];
  for (let i = 0; i < inputs.length; i++) {
    for (let j = i + 1; j < inputs.length; j++) {
      for (const c of evidenceConflicts(inputs[i].bundle, inputs[j].bundle)) conflicts.push({ a: inputs[i].path, b: inputs[j].path, c });
    }
  }
  const tampered = conflicts.filter(({ c }) => c.kind === 'audit-tampered' || c.kind === 'signoff-tampered' || c.kind === 'redaction-tampered');
  if (tampered.length) {
    throw new CliError(`Refused: an audit entry, a closing meeting sign-off or a photo redaction was rewritten, so nothing was merged or written:\n${tampered.map(({ a, b, c }) => `  - [${c.kind}] ${field(a)} and ${field(b)}: ${field(c.message)}`).join('\n')}`, EXIT.problems);
  }
  const bundle = mergeAll(inputs.map((i) => i.bundle));

  // Each photo's files come from a package whose record of that photo is the one kept: never the bytes of a
  // different original that claims the same id.
  const files = new Map<string, PackageBlobFile>();
  for (const photo of bundle.photos) {
    for (const input of inputs) {
      const theirs = input.bundle.photos.find((p) => p.id === photo.id);
      if (!theirs || !sameOriginal(theirs, photo)) continue;
      for (const f of input.files) {
        if (f.photoId !== photo.id) continue;
        const key = `${f.photoId}/${f.variant as PhotoVariant}`;
        const known = files.get(key);
        // Two devices may hold different derivative bytes of one photo; pick one the same way whatever the order.
        if (!known || f.sha256 < known.sha256) files.set(key, f);
      }
    }
  }
  return { bundle, files, inputs, conflicts };
}
