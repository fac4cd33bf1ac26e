import { CliError, EXIT, stdio, type ExitCode, type Out } from './common';
import { demo } from './commands/demo';
import { dossier } from './commands/dossier';
import { merge } from './commands/merge';
import { reportCheck } from './commands/report-check';
import { staffing } from './commands/staffing';
import { verify } from './commands/verify';

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

const COMMANDS: Record<string, (args: string[], io: Out) => Promise<ExitCode>> = { verify, merge, dossier, demo, staffing, 'report-check': reportCheck };

export async function main(argv: string[], io: Out = stdio): Promise<ExitCode> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command ? EXIT.ok : EXIT.usage;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`Unknown command "${command}".\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await run(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.code;
    }
    throw e;
  }
}
