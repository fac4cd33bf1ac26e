import type { FolderGrants } from '../../sync/folder-grants';
import type { Result, SyncFolder } from '../contract';
import { describeFsError, fail, ok } from '../result';
import { noInput, parseInput } from './validation';

export interface ChooseFolderDeps {
  showOpenDialog(options: { properties: Array<'openDirectory' | 'createDirectory'> }): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Picking a folder here is what lets the other sync channels use it. */
  grants: Pick<FolderGrants, 'add'>;
}

/** Returns null when the user cancels. */
export async function chooseSyncFolder(input: unknown, deps: ChooseFolderDeps): Promise<Result<SyncFolder | null>> {
  const parsed = parseInput(noInput, input);
  if (!parsed.ok) return parsed.failure;
  const choice = await deps.showOpenDialog({ properties: ['openDirectory', 'createDirectory'] });
  const folder = choice.filePaths[0];
  if (choice.canceled || !folder) return ok(null);
  try {
    await deps.grants.add(folder);
  } catch (error) {
    return fail(describeFsError('Cannot use the sync folder', folder, error));
  }
  return ok({ path: folder });
}
