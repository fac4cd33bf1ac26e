import { verifyAuditChains, type DeviceChain } from '../../renderer/domain/audit/chain';
import { auditTimeFlags, evidenceConflicts, type EvidenceConflict } from '../../renderer/domain/merge';
import { bundlesOf } from '../../renderer/domain/package';
import type { VisitBundle } from '../../renderer/domain/model';
import { EXIT, formatProblems, mb, nOf, openPackage, parse, passphraseFrom, usageError, type ExitCode, type Out } from '../common';
import { when } from '../describe';
import { field } from '../printable';
import { visitTimeZone } from '../../renderer/domain/time';
import { verifyDossier } from './verify-dossier';

export const VERIFY_HELP = `Usage: siteproof verify FILE... [--passphrase P] [--json]
       siteproof verify PACKAGE... --dossier DOSSIER.pdf [--passphrase P] [--json]

Checks .siteproof packages completely: zip structure and limits, manifest and records, that every listed
file is present and every present file listed, every SHA-256, and every original against the hash recorded
when the photo was taken. Nothing is changed.

Evidence is immutable by id: given several packages of one visit, verify also compares them, and two different
photo originals under one id (a forgery or a collision) or an audit entry rewritten under its id are reported
as conflicts. Audit entries dated before SiteProof existed or after the package was made are flagged.
The audit log is a hash chain per device: verify prints, per visit and device, "intact", "not chained" (entries
written before chains existed) or exactly where the chain breaks (an entry removed, edited or inserted).

With --dossier, verify says whether the PDF was built from the packages (merged as \`siteproof dossier\` merges
them) and is still the file SiteProof wrote: MATCHES, DIFFERENT DATA (and what differs: visit, records or photos),
EDITED (its bytes no longer match the seal at its end) or NOT SEALED.

Options:
  --dossier D.pdf  check a dossier against the packages
  --passphrase P   passphrase of encrypted packages (or set SITEPROOF_PASSPHRASE)
  --json           print the result as JSON
  -h, --help       show this help

Exit: 0 every package is sound (with --dossier: the dossier matches), 1 a package has problems, flagged entries or
conflicts with another package (with --dossier: the dossier does not match),
2 usage error, 4 a file cannot be read.`;

export async function verify(args: string[], io: Out): Promise<ExitCode> {
  const { values, positionals } = parse(args, { dossier: { type: 'string' }, passphrase: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, VERIFY_HELP);
  if (values.help) {
    io.out(VERIFY_HELP);
    return EXIT.ok;
  }
  if (!positionals.length) throw usageError('verify: name at least one package file.', VERIFY_HELP);
  if (values.dossier !== undefined) return verifyDossier(positionals, values.dossier, values, io);
  let code: ExitCode = EXIT.ok;
  const report: Record<string, unknown>[] = [];
  const sound: { path: string; bundles: VisitBundle[] }[] = [];
  for (const path of positionals) {
    const r = await openPackage(path, passphraseFrom(values.passphrase));
    if (!r.ok) {
      code = EXIT.problems;
      if (values.json) report.push({ file: path, sound: false, problems: r.problems });
      else io.out(formatProblems(path, r.problems));
      continue;
    }
    const m = r.manifest;
    sound.push({ path, bundles: bundlesOf(m) });
    const photos = m.visits.flatMap((v) => v.photos);
    const bytes = [...r.files.values()].reduce((n, f) => n + f.size, 0);
    const flags = auditTimeFlags(m.visits.flatMap((v) => v.audit), m.createdAt);
    const chains = m.visits.map((v) => ({ visitId: v.visit.id, chains: verifyAuditChains(v.audit) }));
    const broken = chains.flatMap((v) => v.chains).filter((c) => c.status === 'broken');
    if (flags.length || broken.length) code = EXIT.problems;
    if (values.json) {
      report.push({ file: path, sound: true, kind: m.kind, visits: m.visits.map((v) => v.visit.id), photos: photos.length, files: r.files.size, missing: m.missing, flagged: flags, auditChains: chains });
      continue;
    }
    const count = (k: 'claims' | 'answers' | 'decisions' | 'resolutions' | 'audit') => m.visits.reduce((n, v) => n + v[k].length, 0);
    io.out([
      broken.length
        ? `${field(path)}: BROKEN AUDIT CHAIN — sound as a file, but the audit log of ${nOf(broken.length, 'device', 'devices')} was altered`
        : flags.length ? `${field(path)}: FLAGGED — sound as a file, but ${nOf(flags.length, 'audit entry has a time', 'audit entries have times')} that cannot be true` : `${field(path)}: SOUND`,
      ...flags.map((f) => `  - [audit-time] ${field(f.message)}`),
      ...chains.flatMap((v) => v.chains.flatMap((c) => chainLines(v.visitId, c, m.visits.length > 1))),
      `  ${m.kind} package, format ${m.formatVersion}, made ${when(m.createdAt, visitTimeZone(m.visits[0]?.visit))} by ${field(m.createdBy.author) || '(no name)'} (device ${field(m.createdBy.device)}) with SiteProof ${field(m.appVersion)}${r.encrypted ? ', encrypted' : ''}`,
      ...m.visits.map((v) => `  visit ${field(v.visit.id)}: ${field(v.visit.vendor)} — ${field(v.visit.site)} (${v.visit.dateFrom}), template ${field(v.templateId)} ${field(v.templateVersion)}`),
      `  records: ${nOf(count('claims'), 'claim', 'claims')}, ${nOf(count('answers'), 'answer', 'answers')}, ${nOf(count('decisions'), 'decision', 'decisions')}, ${nOf(count('resolutions'), 'resolution', 'resolutions')}, ${nOf(photos.length, 'photo', 'photos')} (${photos.filter((p) => p.deleted).length} deleted), ${count('audit')} audit entries`,
      `  files: ${nOf(r.files.size, 'photo file', 'photo files')}, ${mb(bytes)}, every SHA-256 checked`,
      m.purpose === 'sharing'
        ? `  made for sharing: the originals and unredacted copies of redacted photos were left out (the audit team keeps them): ${m.missing.map((x) => `${x.variant} of ${field(x.photoId)}`).join(', ') || 'none'}`
        : m.missing.length
          ? `  declared missing by the exporting device: ${m.missing.map((x) => `${x.variant} of ${field(x.photoId)}`).join(', ')}`
          : '  nothing declared missing',
    ].join('\n'));
  }
  const conflicts = crossConflicts(sound);
  if (conflicts.length) code = EXIT.problems;
  if (values.json) {
    for (const item of report) {
      if (item.sound) item.conflicts = conflicts.filter(({ a, b }) => a === item.file || b === item.file).map(({ a, b, c }) => ({ ...c, files: [a, b] }));
    }
    io.out(JSON.stringify(report, null, 2));
    return code;
  }
  if (conflicts.length) {
    io.out(`CONFLICTS between the packages: ${conflicts.length} — evidence that differs under one id, never an update:`);
    for (const { a, b, c } of conflicts) io.out(`  - [${c.kind}] ${field(a)} and ${field(b)}: ${field(c.message)}`);
  }
  return code;
}

/** Evidence conflicts between every two sound packages that hold the same visit. */
function crossConflicts(sound: { path: string; bundles: VisitBundle[] }[]): { a: string; b: string; c: EvidenceConflict }[] {
  const out: { a: string; b: string; c: EvidenceConflict }[] = [];
  for (let i = 0; i < sound.length; i++) {
    for (let j = i + 1; j < sound.length; j++) {
      for (const x of sound[i].bundles) {
        for (const y of sound[j].bundles) {
          if (x.visit.id !== y.visit.id) continue;
          for (const c of evidenceConflicts(x, y)) out.push({ a: sound[i].path, b: sound[j].path, c });
        }
      }
    }
  }
  return out;
}

/** "audit chain of device D (author): intact / not chained / BROKEN" and, when broken, each place it breaks. */
function chainLines(visitId: string, c: DeviceChain, many: boolean): string[] {
  const who = `  audit chain${many ? ` of visit ${field(visitId)},` : ' of'} device ${field(c.device)}${c.author ? ` (${field(c.author)})` : ''}`;
  if (c.status === 'not-chained') return [`${who}: not chained (${nOf(c.entries, 'entry', 'entries')} written before audit chains existed)`];
  const older = c.unchained ? `, ${nOf(c.unchained, 'older entry', 'older entries')} not chained` : '';
  if (c.status === 'intact') return [`${who}: intact (${nOf(c.entries, 'entry', 'entries')}${older})`];
  return [`${who}: BROKEN`, ...c.breaks.map((b) => `    - [audit-chain] ${field(b.message)}`)];
}
