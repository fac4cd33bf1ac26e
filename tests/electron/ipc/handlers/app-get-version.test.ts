import { describe, expect, it } from 'vitest';
import { getVersion } from '../../../../electron/ipc/handlers/app-get-version';

describe('app:get-version', () => {
  it('returns the app version', async () => {
    expect(await getVersion(undefined, { version: '1.2.3' })).toEqual({ ok: true, value: '1.2.3' });
  });

  it('refuses input it does not expect', async () => {
    const result = await getVersion({ evil: true }, { version: '1.2.3' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Invalid input/);
  });
});
