import { beforeEach, describe, expect, it } from 'vitest';
import { getIdentity, setAuthorName } from '../../../renderer/db/identity';
import { checkAuthorName, ensureIdentity, getSetting, putSetting, readIdentity, saveAuthorName } from '../../../renderer/db/settings';
import { clearDb } from './fixtures';

beforeEach(clearDb);

describe('identity settings', () => {
  it('reads what identity.ts writes, without writing', async () => {
    expect(await readIdentity()).toEqual({ author: '', device: '' });
    const made = await ensureIdentity();
    expect(made.device).toMatch(/^[0-9a-f-]{36}$/);
    await setAuthorName('  Olena  ');
    expect(await readIdentity()).toEqual({ author: 'Olena', device: made.device });
    expect((await getIdentity()).device).toBe(made.device);
  });

  it('saves a valid evaluator name with collapsed spaces and refuses an empty or overlong one', async () => {
    await saveAuthorName(' Olena   Koval ');
    expect((await readIdentity()).author).toBe('Olena Koval');
    await expect(saveAuthorName('   ')).rejects.toThrow(/empty/);
    await expect(saveAuthorName('x'.repeat(101))).rejects.toThrow(/too long/);
    expect((await readIdentity()).author).toBe('Olena Koval');
    expect(checkAuthorName('')).toBe('required');
    expect(checkAuthorName('Ivan')).toBeNull();
  });

  it('stores arbitrary settings by key', async () => {
    expect(await getSetting('x')).toBeUndefined();
    await putSetting('x', { a: 1 });
    expect(await getSetting<{ a: number }>('x')).toEqual({ a: 1 });
  });
});
