import * as z from 'zod/mini';
import type { FolderGrants } from '../../sync/folder-grants';
import type { Result } from '../contract';
import { errorMessage, fail, ok } from '../result';
import { absoluteFolder, parseInput } from './validation';

const revokeInput = z.object({ path: absoluteFolder });

export interface RevokeFolderDeps { grants: Pick<FolderGrants, 'revoke'> }

/** Takes a folder grant back: the sync channels refuse that folder from now on, also after a restart. */
export async function revokeSyncFolder(input: unknown, deps: RevokeFolderDeps): Promise<Result<{ revoked: boolean }>> {
  const parsed = parseInput(revokeInput, input);
  if (!parsed.ok) return parsed.failure;
  try {
    return ok({ revoked: await deps.grants.revoke(parsed.value.path) });
  } catch (error) {
    return fail(errorMessage(error));
  }
}
