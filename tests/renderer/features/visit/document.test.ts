import { describe, expect, it } from 'vitest';
import { isExpired } from '../../../../renderer/features/visit/logic/document';
import { isoToLocalInput, localInputToIso } from '../../../../renderer/features/visit/logic/datetime';

describe('document expiry', () => {
  it('flags a document valid until a day before the visit', () => {
    expect(isExpired('2025-03-09', '2025-03-10')).toBe(true);
    expect(isExpired('2025-03-10', '2025-03-10')).toBe(false);
    expect(isExpired('2026-01-01', '2025-03-10')).toBe(false);
  });

  it('does not guess on missing or malformed dates', () => {
    expect(isExpired(undefined, '2025-03-10')).toBe(false);
    expect(isExpired('next year', '2025-03-10')).toBe(false);
  });
});

describe('datetime-local conversion', () => {
  it('round-trips an instant through the local input format', () => {
    const iso = '2025-03-10T08:15:00.000Z';
    const local = isoToLocalInput(iso);
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(localInputToIso(local)).toBe(iso);
  });

  it('rejects what is not a date-time', () => {
    expect(localInputToIso('')).toBeUndefined();
    expect(localInputToIso('tomorrow')).toBeUndefined();
    expect(isoToLocalInput(undefined)).toBe('');
    expect(isoToLocalInput('garbage')).toBe('');
  });
});
