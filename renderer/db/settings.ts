import { db } from './db';
import { getIdentity, setAuthorName, type Identity } from './identity';

/**
 * Setting keys used by the shell. `author` and `device` are the ones identity.ts writes; they are read here
 * without a write so that live queries (which may not write) can show them.
 */
export const SETTING_KEYS = { author: 'author', device: 'device' } as const;

export const AUTHOR_MAX = 100;

export async function getSetting<T>(key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function putSetting(key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/** Read-only view of who captures on this machine; the device id is empty until `ensureIdentity` ran once. */
export async function readIdentity(): Promise<Identity> {
  const [author, device] = await db.settings.bulkGet([SETTING_KEYS.author, SETTING_KEYS.device]);
  return { author: typeof author?.value === 'string' ? author.value : '', device: typeof device?.value === 'string' ? device.value : '' };
}

/** Makes sure this machine has a device id, so that the first capture does not have to create it. */
export function ensureIdentity(): Promise<Identity> {
  return getIdentity();
}

export type AuthorNameError = 'required' | 'too-long';

export function checkAuthorName(name: string): AuthorNameError | null {
  const trimmed = name.trim();
  if (!trimmed) return 'required';
  if (trimmed.length > AUTHOR_MAX) return 'too-long';
  return null;
}

export async function saveAuthorName(name: string): Promise<void> {
  const error = checkAuthorName(name);
  if (error) throw new Error(`Evaluator name ${error === 'required' ? 'is empty' : 'is too long'}`);
  await setAuthorName(name.replace(/\s+/g, ' '));
}
