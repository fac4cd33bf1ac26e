import { describe, expect, it } from 'vitest';
import { isExpired } from '../../../../renderer/features/visit/logic/document';

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
