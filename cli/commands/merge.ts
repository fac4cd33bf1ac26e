import { hostname, userInfo } from 'node:os';
import { auditTimeFlags, mergeBundles, type MergeCounts } from '../../renderer/domain/merge';
import type { PhotoVariant } from '../../renderer/domain/model';
import { encryptPackage, type Problem } from '../../renderer/domain/package';
import { memorySink, streamPackage } from '../../renderer/domain/package/stream-write';
import { localize, findQuestion, findStep } from '../../renderer/domain/template/library';
import { appVersion, CliError, EXIT, fileSink, mb, nOf, parse, passphraseFrom, usageError, writeOutput, type ExitCode, type Out } from '../common';
import { describeAnswer, when } from '../describe';
import { field } from '../printable';
import { loadOneVisit } from '../packages';
import { shippedTemplate } from '../templates';
import { visitTimeZone } from '../../renderer/domain/time';

export const MERGE_HELP = `Usage: siteproof merge FILE FILE... --out FILE [options]

Merges packages of one visit (from several evaluators) into one package, step by step: nothing captured is
lost, photos are only added, an answer edited on two laptops keeps both revisions. Prints what still differs
between evaluators (open conflicts) so they can be resolved in the app. Refuses packages of different visits.

Options:
  --out FILE             where to write the merged package (required)
  --passphrase P         passphrase of encrypted input packages (or set SITEPROOF_PASSPHRASE)
  --out-passphrase P     encrypt the merged package with this passphrase
  --author NAME          who made the merged package (default: the system user name)
  -h, --help             show this help

Evidence is immutable by id. Two different photo originals under one id are a conflict, never an update: the
merged package keeps one of them whole (the one the capture's audit entry attests) and the other is listed and
left out. An audit entry rewritten under its id is tampering: nothing is merged or written.

Exit: 0 merged (answer conflicts are listed, not an error), 1 a package is unsound, the visits differ, an audit
entry was rewritten (nothing written) or two photos claim one id (written, the conflict listed), 2 usage error,
4 a file cannot be read or written.`;

const countsText = (c: MergeCounts) => {
  const parts = Object.entries(c).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k === 'visit' ? 'visit header' : k}`);
  return parts.length ? parts.join(', ') : 'nothing';
};

export async function merge(args: string[], io: Out): Promise<ExitCode> {
  const { values, positionals } = parse(args, {
    out: { type: 'string', short: 'o' },
    passphrase: { type: 'string' },
    'out-passphrase': { type: 'string' },
    author: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  }, MERGE_HELP);
  if (values.help) {
    io.out(MERGE_HELP);
    return EXIT.ok;
  }
  if (positionals.length < 1) throw usageError('merge: name the packages to merge.', MERGE_HELP);
  if (!values.out) throw usageError('merge: --out FILE is required.', MERGE_HELP);

  const loaded = await loadOneVisit(positionals, passphraseFrom(values.passphrase));
  const { bundle } = loaded;
  const encrypt = values['out-passphrase'];
  const meta = { createdBy: { author: values.author ?? userInfo().username, device: `siteproof-cli@${hostname()}` }, appVersion: appVersion(), kind: 'visit' as const };
  const source = async (id: string, variant: PhotoVariant) => loaded.files.get(`${id}/${variant}`);
  const refused = (problems: Problem[]) => new CliError(`The merged package could not be written:\n${problems.map((p) => `  - [${p.code}] ${field(p.message)}`).join('\n')}`, EXIT.problems);
  let written;
  let size: number;
  if (encrypt === undefined) {
    // Streamed into a temporary file beside --out, one photo at a time read from its input package: memory stays
    // flat whatever the packages' size, and --out only ever names a whole package.
    const out = fileSink(values.out);
    written = await streamPackage([bundle], source, meta, out.stream);
    if (!written.ok) throw refused(written.problems);
    await out.commit();
    size = written.bytes;
  } else {
    // An encrypted package is one seal over the whole zip, so it is made in memory.
    const memory = memorySink();
    written = await streamPackage([bundle], source, meta, memory.sink);
    if (!written.ok) throw refused(written.problems);
    const e = await encryptPackage(memory.bytes(), encrypt);
    if (!e.ok) throw usageError(`merge: ${e.problems[0].message}`, MERGE_HELP);
    await writeOutput(values.out, e.bytes);
    size = e.bytes.length;
  }

  const first = loaded.inputs[0];
  const vs = mergeBundles(first.bundle, bundle);
  const { visit } = bundle;
  io.out(`Merged ${nOf(positionals.length, 'package', 'packages')} of visit ${field(visit.id)}`);
  io.out(`  ${field(visit.vendor)} — ${field(visit.site)} (${visit.dateFrom}); evaluators: ${visit.evaluators.map(field).join(', ')}`);
  io.out(`  into ${field(values.out)}: ${nOf(bundle.answers.length, 'answer', 'answers')}, ${nOf(bundle.photos.length, 'photo', 'photos')} (${bundle.photos.filter((p) => p.deleted).length} deleted), ${written.manifest.files.length} photo files, ${mb(size)}${encrypt !== undefined ? ', encrypted' : ''}`);
  // A photo whose original differs between packages was not updated: it is a conflict, listed below.
  const conflicted = new Set(loaded.conflicts.map(({ c }) => `${c.table}/${c.id}`));
  const updated = { ...vs.updated };
  for (const ch of vs.changes) if (ch.change === 'updated' && conflicted.has(`${ch.table}/${ch.id}`)) updated[ch.table]--;
  io.out(`  compared with ${field(first.path)}: added ${countsText(vs.added)}; updated ${countsText(updated)}`);
  if (written.missing.some((m) => m.variant === 'original')) {
    io.out(`  WARNING: no package had the original of ${written.missing.filter((m) => m.variant === 'original').map((m) => field(m.photoId)).join(', ')}`);
  }

  for (const f of auditTimeFlags(bundle.audit, written.manifest.createdAt)) io.out(`  FLAGGED [audit-time]: ${field(f.message)}`);
  const evidence: ExitCode = loaded.conflicts.length ? EXIT.problems : EXIT.ok;
  if (loaded.conflicts.length) {
    io.out(`EVIDENCE CONFLICTS: ${loaded.conflicts.length} — different originals under one photo id, never an update:`);
    for (const { a, b, c } of loaded.conflicts) io.out(`  - [${c.kind}] ${field(a)} and ${field(b)}: ${field(c.message)}`);
  }

  const template = shippedTemplate(visit.templateId, visit.templateVersion);
  if (!vs.conflicts.length) {
    io.out('No open conflicts: where evaluators answered the same step, they agree (or a resolution was chosen).');
    return evidence;
  }
  io.out(`${nOf(vs.conflicts.length, 'open conflict', 'open conflicts')} — the evaluators' answers differ; resolve them in the app:`);
  const order = (qid: string) => (template ? findQuestion(template, qid)?.number ?? 999 : 999);
  const sorted = [...vs.conflicts].sort((a, b) => order(a.questionId) - order(b.questionId));
  for (const c of sorted) {
    const q = template && findQuestion(template, c.questionId);
    const s = template && findStep(template, c.questionId, c.stepId);
    const title = q ? `Q${q.number} ${localize(q.title, 'en')}` : field(c.questionId);
    io.out(`  ${title} / step ${field(c.stepId)}${s ? ` (${s.kind}: ${localize(s.prompt, 'en')})` : ''}`);
    for (const a of c.answers) io.out(`    - ${field(a.author) || '(no name)'}, ${when(a.updatedAt, visitTimeZone(visit))}: ${field(describeAnswer(a))}`);
  }
  return evidence;
}
