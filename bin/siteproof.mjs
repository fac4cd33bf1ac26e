#!/usr/bin/env node
// Runs the TypeScript CLI in place (tsx is a devDependency), so `npx siteproof …` works in the repo after npm install.
import { register } from 'tsx/esm/api';

register();
// `siteproof merge … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../cli/main.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error('siteproof: unexpected error:', error instanceof Error ? error.stack : error);
  process.exitCode = 70;
}
