import { clearToolDraft, readToolDrafts, saveToolDraft } from '../../../db/ui-state';

/**
 * What the evaluator typed on a tool's screen and has not confirmed yet, kept in the database (uiState) so that
 * leaving the tab, reloading or a kill loses nothing. Only a confirmed check is a capture; the draft is a convenience.
 *
 * The screens read a draft synchronously when they open: `loadDrafts` reads a visit's drafts before its page shows,
 * and writes go to memory at once and to the database behind it, one write per draft at a time with only the newest
 * value waiting (typing does not queue a write per key stroke).
 */
const key = (visitId: string, tool: string) => `${visitId}\u0000${tool}`;
const cache = new Map<string, unknown>();
const waiting = new Map<string, { visitId: string; tool: string; value: unknown }>();
const writing = new Map<string, Promise<void>>();

export async function loadDrafts(visitId: string): Promise<void> {
  const drafts = await readToolDrafts(visitId).catch(() => new Map<string, unknown>());
  for (const [tool, value] of drafts) if (!waiting.has(key(visitId, tool))) cache.set(key(visitId, tool), value);
}

export function readDraft<T>(visitId: string, tool: string): T | undefined {
  return cache.get(key(visitId, tool)) as T | undefined;
}

export function writeDraft(visitId: string, tool: string, value: unknown): void {
  cache.set(key(visitId, tool), value);
  persist(visitId, tool, value);
}

export function clearDraft(visitId: string, tool: string): void {
  cache.delete(key(visitId, tool));
  persist(visitId, tool, undefined);
}

/** Resolves once every draft written so far is on disk (or failed). */
export async function flushDrafts(): Promise<void> {
  while (writing.size) await Promise.all(writing.values());
}

function persist(visitId: string, tool: string, value: unknown): void {
  const k = key(visitId, tool);
  waiting.set(k, { visitId, tool, value });
  if (!writing.has(k)) writing.set(k, drain(k));
}

async function drain(k: string): Promise<void> {
  for (let next = waiting.get(k); next; next = waiting.get(k)) {
    waiting.delete(k);
    const { visitId, tool, value } = next;
    try {
      if (value === undefined) await clearToolDraft(visitId, tool);
      else await saveToolDraft(visitId, tool, value);
    } catch {
      // A full storage (a CSV of 100 000 intervals may not fit) only costs the convenience; an older draft must not
      // come back in its place on the next visit to the screen.
      await clearToolDraft(visitId, tool).catch(() => undefined);
    }
  }
  writing.delete(k);
}
