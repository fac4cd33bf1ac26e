import { db } from './db';
import { neutralizeBidi } from '../domain/text/bidi';

/** Who captures on this machine. The device id is made once and never changes; the name is editable. */
export interface Identity { author: string; device: string }

const DEVICE_KEY = 'device';
const AUTHOR_KEY = 'author';

export async function getIdentity(): Promise<Identity> {
  return db.transaction('rw', db.settings, async () => {
    let device = (await db.settings.get(DEVICE_KEY))?.value as string | undefined;
    if (!device) {
      device = crypto.randomUUID();
      await db.settings.put({ key: DEVICE_KEY, value: device });
    }
    const author = ((await db.settings.get(AUTHOR_KEY))?.value as string | undefined) ?? '';
    return { author, device };
  });
}

export async function setAuthorName(name: string): Promise<void> {
  await db.settings.put({ key: AUTHOR_KEY, value: neutralizeBidi(name).trim() });
}
