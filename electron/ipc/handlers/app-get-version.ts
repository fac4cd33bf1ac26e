import type { Result } from '../contract';
import { ok } from '../result';
import { noInput, parseInput } from './validation';

export interface GetVersionDeps { version: string }

export async function getVersion(input: unknown, deps: GetVersionDeps): Promise<Result<string>> {
  const parsed = parseInput(noInput, input);
  if (!parsed.ok) return parsed.failure;
  return ok(deps.version);
}
