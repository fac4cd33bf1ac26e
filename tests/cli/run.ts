import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'siteproof.mjs');

export interface Run { code: number | null; out: string; err: string }

/** Runs the real CLI the way a user does: a fresh node process on bin/siteproof.mjs. */
export function siteproof(args: string[], env: Record<string, string> = {}): Run {
  const { SITEPROOF_PASSPHRASE: _ignored, ...inherited } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...inherited, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
