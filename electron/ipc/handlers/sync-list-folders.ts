import type { FolderGrants } from '../../sync/folder-grants';
import type { Result, SyncFolder } from '../contract';
import { ok } from '../result';
import { noInput, parseInput } from './validation';

export interface ListFoldersDeps { grants: Pick<FolderGrants, 'list'> }

/** The folders the app may use, so the user can see what they granted and take any of it back. */
export async function listSyncFolders(input: unknown, deps: ListFoldersDeps): Promise<Result<SyncFolder[]>> {
  const parsed = parseInput(noInput, input);
  if (!parsed.ok) return parsed.failure;
  return ok((await deps.grants.list()).map((path) => ({ path })));
}
