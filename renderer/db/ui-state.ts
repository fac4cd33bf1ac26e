import { LANGS, type Lang } from '../domain/template/schema';
import { db } from './db';

/**
 * Where the evaluator was in the UI: the language, the last open question of each visit, what was typed on a tool's
 * screen and not confirmed yet. Kept in the database (table `uiState`), so a kill or a cleared localStorage loses
 * none of it. Each write resolves once its transaction committed (the database's durability is strict).
 */
export const UI_KEYS = {
  lang: 'lang',
  lastQuestion: (visitId: string) => `visit:${visitId}:question`,
  draft: (visitId: string, tool: string) => `visit:${visitId}:tool:${tool}`,
} as const;

async function read(key: string): Promise<unknown> {
  return (await db.uiState.get(key))?.value;
}

function write(key: string, value: unknown): Promise<void> {
  return db.transaction('rw', db.uiState, async () => {
    await db.uiState.put({ key, value });
  });
}

function remove(key: string): Promise<void> {
  return db.transaction('rw', db.uiState, async () => {
    await db.uiState.delete(key);
  });
}

const isLang = (x: unknown): x is Lang => typeof x === 'string' && (LANGS as readonly string[]).includes(x);

/** The language chosen on this machine; undefined when none was (or the stored value is not a language). */
export async function readLang(): Promise<Lang | undefined> {
  const value = await read(UI_KEYS.lang);
  return isLang(value) ? value : undefined;
}

export function saveLang(lang: Lang): Promise<void> {
  return write(UI_KEYS.lang, lang);
}

/** The question that was open when the evaluator last left this visit; null when none is remembered. */
export async function readLastQuestion(visitId: string): Promise<string | null> {
  const value = await read(UI_KEYS.lastQuestion(visitId));
  return typeof value === 'string' ? value : null;
}

export function saveLastQuestion(visitId: string, questionId: string): Promise<void> {
  return write(UI_KEYS.lastQuestion(visitId), questionId);
}

export async function readToolDraft<T>(visitId: string, tool: string): Promise<T | undefined> {
  return (await read(UI_KEYS.draft(visitId, tool))) as T | undefined;
}

export function saveToolDraft(visitId: string, tool: string, value: unknown): Promise<void> {
  return write(UI_KEYS.draft(visitId, tool), value);
}

export function clearToolDraft(visitId: string, tool: string): Promise<void> {
  return remove(UI_KEYS.draft(visitId, tool));
}

/** Every tool draft of a visit, by tool. */
export async function readToolDrafts(visitId: string): Promise<Map<string, unknown>> {
  const prefix = UI_KEYS.draft(visitId, '');
  const rows = await db.uiState.where('key').startsWith(prefix).toArray();
  return new Map(rows.map((r) => [r.key.slice(prefix.length), r.value]));
}
