import path from 'node:path';
import * as z from 'zod/mini';
import type { FileFilter, Result, SaveFileOutput } from '../contract';
import { describeFsError, fail, ok } from '../result';
import { bytes, parseInput, plainFileName, windowsSafeName } from './validation';

const filter = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  extensions: z.array(z.string().check(z.regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'An extension is letters and digits without a dot, or *'))).check(z.minLength(1), z.maxLength(20)),
});

export const saveFilters = z.array(filter).check(z.maxLength(20));

const saveFileInput = z.object({
  suggestedName: plainFileName,
  data: bytes,
  filters: z.optional(saveFilters),
});

export interface SaveFileDeps {
  showSaveDialog(options: { defaultPath: string; filters?: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
  /** Where the dialog opens, e.g. the user's Documents folder. */
  defaultDirectory(): string;
}

/** Asks where to save, then writes atomically so an interrupted save never leaves a torn PDF or package. */
export async function saveFile(input: unknown, deps: SaveFileDeps): Promise<Result<SaveFileOutput>> {
  const parsed = parseInput(saveFileInput, input);
  if (!parsed.ok) return parsed.failure;
  const { suggestedName, data, filters } = parsed.value;
  const choice = await deps.showSaveDialog({
    defaultPath: path.join(deps.defaultDirectory(), windowsSafeName(suggestedName)),
    ...(filters ? { filters } : {}),
  });
  if (choice.canceled || !choice.filePath) return ok({ saved: false });
  try {
    await deps.writeFile(choice.filePath, data);
  } catch (error) {
    return fail(describeFsError('Could not save', choice.filePath, error));
  }
  return ok({ saved: true, path: choice.filePath });
}
