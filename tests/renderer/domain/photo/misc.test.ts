import { describe, expect, it } from 'vitest';
import { exifDateToIso } from '../../../../renderer/domain/photo/exif-time';
import { PhotoError, isNotFoundError, isPhotoError, isQuotaError } from '../../../../renderer/domain/photo/errors';

describe('exifDateToIso', () => {
  it('turns EXIF camera time into local ISO text without inventing a zone', () => {
    expect(exifDateToIso('2025:03:10 09:15:07')).toBe('2025-03-10T09:15:07');
    expect(exifDateToIso(' 2024:02:29 23:59:59 ')).toBe('2024-02-29T23:59:59');
  });

  it('drops zeroed, impossible and non-string dates', () => {
    expect(exifDateToIso('0000:00:00 00:00:00')).toBeUndefined();
    expect(exifDateToIso('2023:02:29 10:00:00')).toBeUndefined();
    expect(exifDateToIso('2025:13:01 10:00:00')).toBeUndefined();
    expect(exifDateToIso('2025:01:01 24:00:00')).toBeUndefined();
    expect(exifDateToIso('yesterday')).toBeUndefined();
    expect(exifDateToIso(1700000000)).toBeUndefined();
  });
});

describe('storage error recognition', () => {
  it('finds a quota error however deeply Dexie wrapped it', () => {
    const quota = new DOMException('disk full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: { name: 'AbortError', inner: quota } }))).toBe(true);
    expect(isQuotaError(new DOMException('aborted', 'AbortError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('survives an error that refers to itself', () => {
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(isQuotaError(loop)).toBe(false);
  });

  it('recognises a vanished blob file', () => {
    expect(isNotFoundError(new DOMException('gone', 'NotFoundError'))).toBe(true);
    expect(isNotFoundError({ name: 'DataError' })).toBe(false);
  });

  it('types photo errors by code', () => {
    const e = new PhotoError('heic', 'no');
    expect(isPhotoError(e)).toBe(true);
    expect(isPhotoError(e, 'heic')).toBe(true);
    expect(isPhotoError(e, 'damaged')).toBe(false);
    expect(isPhotoError(new Error('x'))).toBe(false);
  });
});
