#!/usr/bin/env node
// Runs the built CLI (dist-cli/, made by `npm install` and `npm run build` through scripts/build-cli.mjs). When the
// build is missing or older than one of the sources it was made from (a checkout that was edited or pulled), it is
// rebuilt first (well under a second), so the command never runs stale code.
import { pathToFileURL } from 'node:url';
import { buildCli, freshBuild } from '../scripts/build-cli.mjs';

const entry = freshBuild() ?? (await buildCli());

// `siteproof merge … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main, printable } = await import(pathToFileURL(entry).href);
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Through the same escaping as every other output: an error message may quote what a package holds.
  process.stderr.write(`${printable(`siteproof: unexpected error: ${error instanceof Error ? error.stack : String(error)}`)}\n`);
  process.exitCode = 70;
}
