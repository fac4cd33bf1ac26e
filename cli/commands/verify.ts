import { EXIT, formatProblems, mb, openPackage, parse, passphraseFrom, usageError, type ExitCode, type Out } from '../common';
import { when } from '../describe';

export const VERIFY_HELP = `Usage: siteproof verify FILE... [--passphrase P] [--json]

Checks .siteproof packages completely: zip structure and limits, manifest and records, that every listed
file is present and every present file listed, every SHA-256, and every original against the hash recorded
when the photo was taken. Nothing is changed.

Options:
  --passphrase P   passphrase of encrypted packages (or set SITEPROOF_PASSPHRASE)
  --json           print the result as JSON
  -h, --help       show this help

Exit: 0 every package is sound, 1 a package has problems, 2 usage error, 4 a file cannot be read.`;

export async function verify(args: string[], io: Out): Promise<ExitCode> {
  const { values, positionals } = parse(args, { passphrase: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, VERIFY_HELP);
  if (values.help) {
    io.out(VERIFY_HELP);
    return EXIT.ok;
  }
  if (!positionals.length) throw usageError('verify: name at least one package file.', VERIFY_HELP);
  let code: ExitCode = EXIT.ok;
  const report: unknown[] = [];
  for (const path of positionals) {
    const r = await openPackage(path, passphraseFrom(values.passphrase));
    if (!r.ok) {
      code = EXIT.problems;
      if (values.json) report.push({ file: path, sound: false, problems: r.problems });
      else io.out(formatProblems(path, r.problems));
      continue;
    }
    const m = r.manifest;
    const photos = m.visits.flatMap((v) => v.photos);
    const bytes = [...r.files.values()].reduce((n, f) => n + f.length, 0);
    if (values.json) {
      report.push({ file: path, sound: true, kind: m.kind, visits: m.visits.map((v) => v.visit.id), photos: photos.length, files: r.files.size, missing: m.missing });
      continue;
    }
    const count = (k: 'claims' | 'answers' | 'decisions' | 'resolutions' | 'audit') => m.visits.reduce((n, v) => n + v[k].length, 0);
    io.out([
      `${path}: SOUND`,
      `  ${m.kind} package, format ${m.formatVersion}, made ${when(m.createdAt)} by ${m.createdBy.author || '(no name)'} (device ${m.createdBy.device}) with SiteProof ${m.appVersion}${r.encrypted ? ', encrypted' : ''}`,
      ...m.visits.map((v) => `  visit ${v.visit.id}: ${v.visit.vendor} — ${v.visit.site} (${v.visit.dateFrom}), template ${v.templateId} ${v.templateVersion}`),
      `  records: ${count('claims')} claims, ${count('answers')} answers, ${count('decisions')} decisions, ${count('resolutions')} resolutions, ${photos.length} photos (${photos.filter((p) => p.deleted).length} deleted), ${count('audit')} audit entries`,
      `  files: ${r.files.size} photo files, ${mb(bytes)}, every SHA-256 checked`,
      m.missing.length
        ? `  declared missing by the exporting device: ${m.missing.map((x) => `${x.variant} of ${x.photoId}`).join(', ')}`
        : '  nothing declared missing',
    ].join('\n'));
  }
  if (values.json) io.out(JSON.stringify(report, null, 2));
  return code;
}
