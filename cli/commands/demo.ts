import type { VisitBundle } from '../../renderer/domain/model';
import { encryptPackage, writePackage } from '../../renderer/domain/package';
import { CliError, EXIT, appVersion, mb, nOf, parse, usageError, writeOutput, type ExitCode, type Out } from '../common';
import { buildDemo, type Demo } from '../demo/build';
import { DEMO_TEMPLATE, templateFromFile } from '../templates';
import { field } from '../printable';

export const DEMO_HELP = `Usage: siteproof demo --out FILE [--photos N] [--evaluators K] [options]

Writes a realistic demo package of one visit: every question of the template answered by K evaluators who
sometimes disagree, vendor claims, random interview picks in the audit log, a call test waiting for its
recording, and N generated JPEG photos (original, report and thumbnail copies).

Options:
  --out FILE             where to write the package (required)
  --photos N             number of photos (default 12)
  --evaluators K         number of evaluators, 1-6 (default 2)
  --seed S               seed; the same seed gives the same visit (default 1)
  --resolution WxH       size of the original photos (default 2048x1536; 4000x3000 is a 12 MP phone)
  --template FILE        template to answer (default templates/callcenter-inbound.json)
  --per-evaluator        also write FILE.1.siteproof … FILE.K.siteproof, each with one evaluator's captures
                         only, as their laptops would export them (to try "siteproof merge")
  --passphrase P         encrypt the package(s) with this passphrase
  -h, --help             show this help

Exit: 0 written, 1 the template is invalid, 2 usage error, 4 a file cannot be read or written.`;

function positiveInt(value: string | undefined, fallback: number, name: string, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw usageError(`demo: ${name} must be a whole number from ${min} to ${max}, not "${value}".`, DEMO_HELP);
  return n;
}

/** One evaluator's own captures, as their laptop would export them before any merge. */
function captureOf(b: VisitBundle, device: string): VisitBundle {
  const mine = <T extends { device: string }>(list: T[]) => list.filter((r) => r.device === device);
  return { visit: b.visit, claims: b.claims, answers: mine(b.answers), decisions: mine(b.decisions), resolutions: mine(b.resolutions), photos: mine(b.photos), audit: mine(b.audit) };
}

async function save(path: string, bundle: VisitBundle, demo: Demo, author: { author: string; device: string }, passphrase: string | undefined): Promise<number> {
  const w = await writePackage([bundle], (id, variant) => demo.files.get(`${id}/${variant}`), { createdBy: author, appVersion: appVersion(), kind: 'visit' });
  if (!w.ok) throw new CliError(`The demo package could not be written:\n${w.problems.map((p) => `  - [${p.code}] ${p.message}`).join('\n')}`, EXIT.problems);
  let bytes = w.bytes;
  if (passphrase !== undefined) {
    const e = await encryptPackage(bytes, passphrase);
    if (!e.ok) throw usageError(`demo: ${e.problems[0].message}`, DEMO_HELP);
    bytes = e.bytes;
  }
  await writeOutput(path, bytes);
  return bytes.length;
}

export async function demo(args: string[], io: Out): Promise<ExitCode> {
  const { values, positionals } = parse(args, {
    out: { type: 'string', short: 'o' },
    photos: { type: 'string' },
    evaluators: { type: 'string' },
    seed: { type: 'string' },
    resolution: { type: 'string' },
    template: { type: 'string' },
    'per-evaluator': { type: 'boolean' },
    passphrase: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  }, DEMO_HELP);
  if (values.help) {
    io.out(DEMO_HELP);
    return EXIT.ok;
  }
  if (positionals.length) throw usageError(`demo: unexpected argument "${positionals[0]}".`, DEMO_HELP);
  if (!values.out) throw usageError('demo: --out FILE is required.', DEMO_HELP);
  const photos = positiveInt(values.photos, 12, '--photos', 0, 5000);
  const evaluators = positiveInt(values.evaluators, 2, '--evaluators', 1, 6);
  const seed = positiveInt(values.seed, 1, '--seed', 0, 2 ** 31);
  const res = /^(\d{2,5})x(\d{2,5})$/.exec(values.resolution ?? '2048x1536');
  if (!res) throw usageError(`demo: --resolution is WIDTHxHEIGHT, e.g. 4000x3000, not "${values.resolution}".`, DEMO_HELP);
  const [width, height] = [Number(res[1]), Number(res[2])];
  if (width * height > 50_000_000) throw usageError('demo: --resolution is larger than 50 MP.', DEMO_HELP);

  const template = templateFromFile(values.template ?? DEMO_TEMPLATE);
  const started = performance.now();
  const made = buildDemo(template, {
    evaluators, photos, seed, width, height,
    onPhoto: (done, total) => {
      if (total >= 10 && done % Math.ceil(total / 10) === 0) io.err(`  photos: ${done}/${total}`);
    },
  });
  const { bundle } = made;
  const lead = { author: bundle.visit.author, device: bundle.visit.device };
  const size = await save(values.out, bundle, made, lead, values.passphrase);
  io.out(`Wrote ${field(values.out)} (${mb(size)}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  io.out(`  visit ${bundle.visit.id}: ${field(bundle.visit.vendor)} — ${field(bundle.visit.site)} (${bundle.visit.dateFrom})`);
  io.out(`  template ${template.id} ${template.version}; evaluators: ${bundle.visit.evaluators.map(field).join(', ')}`);
  io.out(`  ${nOf(bundle.claims.length, 'claim', 'claims')}, ${nOf(bundle.answers.length, 'answer', 'answers')}, ${nOf(bundle.photos.length, 'photo', 'photos')} of ${width}x${height}, ${nOf(bundle.audit.length, 'audit entry', 'audit entries')}`);

  if (values['per-evaluator']) {
    const base = values.out.replace(/\.siteproof$/i, '');
    const devices = [...new Map(bundle.answers.map((a) => [a.device, a.author])).entries()];
    for (const [i, [device, author]] of devices.entries()) {
      const path = `${base}.${i + 1}.siteproof`;
      const own = captureOf(bundle, device);
      const n = await save(path, own, made, { author, device }, values.passphrase);
      io.out(`Wrote ${field(path)} (${mb(n)}): ${field(author)}'s own captures — ${own.answers.length} answers, ${own.photos.length} photos`);
    }
  }
  return EXIT.ok;
}
