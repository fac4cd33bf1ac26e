import { describe, expect, it } from 'vitest';
import { PRIVILEGED_SCHEMES } from '../../../electron/protocol/scheme';

describe('PRIVILEGED_SCHEMES', () => {
  it('registers app:// as standard (IndexedDB), secure (camera) and fetchable, without bypassing our CSP', () => {
    expect(PRIVILEGED_SCHEMES).toHaveLength(1);
    const [{ scheme, privileges }] = PRIVILEGED_SCHEMES;
    expect(scheme).toBe('app');
    expect(privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, corsEnabled: true });
    expect(privileges).not.toHaveProperty('bypassCSP');
    expect(privileges).not.toHaveProperty('allowServiceWorkers');
  });
});
