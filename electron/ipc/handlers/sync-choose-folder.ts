import type { Result, SyncFolder } from '../contract';
import { ok } from '../result';
import { noInput, parseInput } from './validation';

export interface ChooseFolderDeps {
  showOpenDialog(options: { properties: Array<'openDirectory' | 'createDirectory'> }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

/** Returns null when the user cancels. */
export async function chooseSyncFolder(input: unknown, deps: ChooseFolderDeps): Promise<Result<SyncFolder | null>> {
  const parsed = parseInput(noInput, input);
  if (!parsed.ok) return parsed.failure;
  const choice = await deps.showOpenDialog({ properties: ['openDirectory', 'createDirectory'] });
  const folder = choice.filePaths[0];
  if (choice.canceled || !folder) return ok(null);
  return ok({ path: folder });
}
