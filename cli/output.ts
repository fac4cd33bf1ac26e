import { printable } from './printable';

// What every command shares and `siteproof --help` needs: exit codes, the error that carries one, and the output
// streams. Kept apart from common.ts so that starting the CLI loads nothing of the package code (zod, fflate).

/** Exit codes, the same for every command (also listed by `siteproof --help` and in docs/package-format.md). */
export const EXIT = {
  ok: 0,
  /** The input is unsound or the request cannot be met: problems in a package, different visits, wrong passphrase. */
  problems: 1,
  /** The command line itself is wrong: unknown command or option, missing argument. */
  usage: 2,
  /** A file could not be read or written. */
  io: 4,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  constructor(message: string, readonly code: ExitCode) {
    super(message);
  }
}

export const usageError = (message: string, help: string) => new CliError(`${message}\n\n${help}`, EXIT.usage);

export interface Out {
  out(text: string): void;
  err(text: string): void;
}

/** The one way out to the terminal: nothing written can carry a control sequence (see printable.ts). */
export const stdio: Out = {
  out: (text) => process.stdout.write(`${printable(text)}\n`),
  err: (text) => process.stderr.write(`${printable(text)}\n`),
};
