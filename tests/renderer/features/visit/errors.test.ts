import { describe, expect, it } from 'vitest';
import { describeError, errorMessage, storageProblem } from '../../../../renderer/features/visit/logic/errors';

const t = (key: string) => `«${key}»`;

describe('storage errors', () => {
  it('recognises a full disk, also when Dexie wraps it', () => {
    expect(storageProblem(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError', message: 'full' } });
    expect(storageProblem(wrapped)).toBe('quota');
    expect(describeError(wrapped, t)).toBe('«error.quota»');
  });

  it('keeps the message of any other failure', () => {
    expect(storageProblem(new Error('boom'))).toBe('other');
    expect(describeError(new Error('This answer no longer exists.'), t)).toBe('This answer no longer exists.');
    expect(errorMessage({ message: 'plain object' })).toBe('plain object');
    expect(errorMessage('text')).toBe('text');
  });
});
