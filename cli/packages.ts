import type { PhotoVariant, VisitBundle } from '../renderer/domain/model';
import { mergeAll } from '../renderer/domain/merge';
import { bundlesOf, photoFilesOf, type PackageFile, type PhotoFile } from '../renderer/domain/package';
import { CliError, EXIT, formatProblems, openPackage } from './common';

export interface Loaded {
  bundle: VisitBundle;
  /** Every photo file any of the packages had, `${photoId}/${variant}` → file. */
  files: Map<string, PhotoFile>;
  inputs: { path: string; bundle: VisitBundle }[];
}

/**
 * Opens packages that must all hold the same one visit and merges them. Refuses (exit 1) when a package is
 * unsound or the packages are of different visits, naming each.
 */
export async function loadOneVisit(paths: string[], passphrase: string | undefined): Promise<Loaded> {
  const inputs: Loaded['inputs'] = [];
  const files = new Map<string, PackageFile>();
  for (const path of paths) {
    const r = await openPackage(path, passphrase);
    if (!r.ok) throw new CliError(formatProblems(path, r.problems), EXIT.problems);
    const bundles = bundlesOf(r.manifest);
    if (bundles.length !== 1) throw new CliError(`${path} holds ${bundles.length} visits; give packages of one visit each.`, EXIT.problems);
    inputs.push({ path, bundle: bundles[0] });
    for (const f of photoFilesOf(r)) {
      const key = `${f.photoId}/${f.variant as PhotoVariant}`;
      const known = files.get(key);
      // Two devices may hold different derivative bytes of one photo; pick one the same way whatever the order.
      if (!known || f.sha256 < known.sha256) files.set(key, f);
    }
  }
  const ids = new Set(inputs.map((i) => i.bundle.visit.id));
  if (ids.size > 1) {
    const lines = inputs.map((i) => `  ${i.path}: ${i.bundle.visit.vendor} — ${i.bundle.visit.site}, ${i.bundle.visit.dateFrom} (visit ${i.bundle.visit.id})`);
    throw new CliError(`These packages are of different visits, so they cannot be merged:\n${lines.join('\n')}`, EXIT.problems);
  }
  return { bundle: mergeAll(inputs.map((i) => i.bundle)), files, inputs };
}
