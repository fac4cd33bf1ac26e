import { CliError, EXIT, stdio, type ExitCode, type Out } from './output';
import { field } from './printable';

export { printable } from './printable';

export const HELP = `SiteProof command line: the same package, merge and dossier code as the app.

Usage: siteproof COMMAND [options]      siteproof COMMAND --help for each command

Commands:
  verify FILE...                          check packages completely (structure, manifest, every SHA-256)
  merge FILE FILE... --out FILE           merge packages of one visit and list open conflicts
  dossier FILE... --out FILE.pdf          make the PDF audit dossier of one visit (--lang ru|uk|en)
  demo --out FILE [--photos N]            write a realistic demo package (--evaluators K)
  staffing --calls N --interval MIN --aht SEC --service-level P/T [--shrinkage PCT] [--offered N]
                                          check a staffing offer by Erlang C (--json)
  report-check FILE.csv --interval MIN --threshold SEC [--stated K=V,...]
                                          recompute a vendor's hotline report from its intervals

Passphrases of encrypted packages: --passphrase P, or the SITEPROOF_PASSPHRASE environment variable.

Exit codes: 0 success; 1 a package is unsound or the request cannot be met (different visits, wrong
passphrase); 2 usage error; 4 a file cannot be read or written; 70 an unexpected error (a bug).`;

type Command = (args: string[], io: Out) => Promise<ExitCode>;

// Each command is loaded when it is asked for: `--help` or `staffing` must not pay for jsPDF, fonts and the zip
// code. In the bundle (scripts/build-cli.mjs) each of these becomes its own chunk.
const COMMANDS: Record<string, () => Promise<Command>> = {
  verify: async () => (await import('./commands/verify')).verify,
  merge: async () => (await import('./commands/merge')).merge,
  dossier: async () => (await import('./commands/dossier')).dossier,
  demo: async () => (await import('./commands/demo')).demo,
  staffing: async () => (await import('./commands/staffing')).staffing,
  'report-check': async () => (await import('./commands/report-check')).reportCheck,
};

export async function main(argv: string[], io: Out = stdio): Promise<ExitCode> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command ? EXIT.ok : EXIT.usage;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    io.err(`Unknown command "${field(command)}".\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    const run = await load();
    return await run(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.code;
    }
    throw e;
  }
}
