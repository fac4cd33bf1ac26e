import { createHash } from 'node:crypto';
import { buildDossier, type PhotoCheck } from '../../renderer/domain/dossier';
import { currentRedaction } from '../../renderer/domain/photo';
import { LANGS, type Lang } from '../../renderer/domain/template/schema';
import { evaluateVisit } from '../../renderer/domain/verdict';
import { renderDossier, type PhotoBytes } from '../../renderer/pdf/dossier';
import { readDejaVuFonts } from '../../renderer/pdf/node-fonts';
import { CliError, EXIT, mb, parse, passphraseFrom, usageError, writeOutput, type ExitCode, type Out } from '../common';
import { loadOneVisit } from '../packages';
import { shippedTemplate, templateFromFile } from '../templates';
import { field } from '../printable';

export const DOSSIER_HELP = `Usage: siteproof dossier FILE... --out FILE.pdf [--lang ru|uk|en] [options]

Makes the PDF audit dossier of one visit from its package(s). Several packages of the same visit (one per
evaluator) are merged first, exactly as "siteproof merge" would.

Options:
  --out FILE.pdf         where to write the PDF (required)
  --lang ru|uk|en        language of the dossier (default ru)
  --passphrase P         passphrase of encrypted packages (or set SITEPROOF_PASSPHRASE)
  --template FILE        template to use instead of the shipped one the visit names
  --no-photos            leave the photos out (they stay listed in the evidence index)
  --hide-na              leave out questions that do not apply
  -h, --help             show this help

Exit: 0 written, 1 a package is unsound, the visits differ or the template is missing, 2 usage error,
4 a file cannot be read or written.`;

export async function dossier(args: string[], io: Out): Promise<ExitCode> {
  const { values, positionals } = parse(args, {
    out: { type: 'string', short: 'o' },
    lang: { type: 'string' },
    passphrase: { type: 'string' },
    template: { type: 'string' },
    'no-photos': { type: 'boolean' },
    'hide-na': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  }, DOSSIER_HELP);
  if (values.help) {
    io.out(DOSSIER_HELP);
    return EXIT.ok;
  }
  if (!positionals.length) throw usageError('dossier: name the package(s) of the visit.', DOSSIER_HELP);
  if (!values.out) throw usageError('dossier: --out FILE.pdf is required.', DOSSIER_HELP);
  const lang = (values.lang ?? 'ru') as Lang;
  if (!LANGS.includes(lang)) throw usageError(`dossier: --lang is one of ${LANGS.join(', ')}, not "${values.lang}".`, DOSSIER_HELP);

  const { bundle, files } = await loadOneVisit(positionals, passphraseFrom(values.passphrase));
  const { visit } = bundle;
  const template = values.template ? templateFromFile(values.template) : shippedTemplate(visit.templateId, visit.templateVersion);
  if (!template) throw new CliError(`No template "${field(visit.templateId)}" was found in templates/; give one with --template FILE.`, EXIT.problems);
  if (template.id !== visit.templateId) throw new CliError(`The visit was captured with template "${field(visit.templateId)}", not "${template.id}".`, EXIT.problems);
  if (template.version !== visit.templateVersion) io.err(`Note: the visit was captured with template version ${field(visit.templateVersion)}; using ${template.version}.`);

  // The package reader has already compared every original with the hash recorded at capture.
  const photoInfo = new Map<string, PhotoCheck>();
  const photos = new Map<string, PhotoBytes>();
  for (const p of bundle.photos) {
    // Only the report-size copies are read into memory (jsPDF builds the whole PDF there anyway); the originals
    // stay on disk, already checked against their capture hashes.
    // A redacted photo is embedded as its redacted copy (the package reader checked its hash) or not at all.
    const redaction = currentRedaction(bundle.redactions ?? [], p.id);
    const copy = files.get(`${p.id}/${redaction ? 'redacted' : 'report'}`);
    const jpeg = copy && new Uint8Array(await copy.blob.arrayBuffer());
    const usable = Boolean(jpeg && jpeg[0] === 0xff && jpeg[1] === 0xd8) && (!redaction || (jpeg !== undefined && createHash('sha256').update(jpeg).digest('hex') === redaction.redacted.sha256));
    const status = files.has(`${p.id}/original`) ? 'ok' : 'missing';
    photoInfo.set(p.id, redaction ? { status, report: files.has(`${p.id}/report`), redacted: usable } : { status, report: usable });
    if (copy && jpeg && usable) photos.set(p.id, { jpeg, width: copy.width, height: copy.height });
  }

  const started = performance.now();
  const evaluation = evaluateVisit(template, bundle, { lang });
  const model = buildDossier({
    template, bundle, evaluation, lang, photoInfo,
    options: { includePhotos: !values['no-photos'], showNotApplicable: !values['hide-na'] },
    generatedAt: new Date().toISOString(),
  });
  const pdf = await renderDossier(model, photos, { fonts: readDejaVuFonts() });
  await writeOutput(values.out, pdf);
  io.out(`Wrote ${field(values.out)} (${mb(pdf.length)}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  io.out(`  ${field(visit.vendor)} — ${field(visit.site)} (${visit.dateFrom}); verified category: ${evaluation.verified ?? 'none'}${evaluation.claimed ? `, claimed ${evaluation.claimed}` : ''}; open conflicts: ${evaluation.openConflicts}`);
  return EXIT.ok;
}
