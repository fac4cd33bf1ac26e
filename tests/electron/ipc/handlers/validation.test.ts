import { describe, expect, it } from 'vitest';
import { MAX_TRANSFER_BYTES } from '../../../../electron/ipc/contract';
import { bytes, isPackageFileName, parseInput, plainFileName, windowsSafeName } from '../../../../electron/ipc/handlers/validation';

describe('plainFileName', () => {
  it.each(['dossier.pdf', 'Аудит ТОВ «Колл» №3.pdf', 'visit 1.siteproof', '..hidden-but-fine.txt'])('accepts %s', (name) => {
    expect(plainFileName.safeParse(name).success).toBe(true);
  });

  it.each(['', '.', '..', '../x.pdf', 'a/b.pdf', 'a\\b.pdf', '/etc/passwd', 'C:\\x.pdf', 'a\u0000.pdf', 'line\nbreak.pdf', 'x'.repeat(256), 'я'.repeat(128)])(
    'rejects %j',
    (name) => {
      expect(plainFileName.safeParse(name).success).toBe(false);
    },
  );
});

describe('isPackageFileName', () => {
  it.each(['visit-1.siteproof', 'Візит Б.siteproof', 'UPPER.SITEPROOF'])('accepts %s', (name) => {
    expect(isPackageFileName(name)).toBe(true);
  });

  it.each([
    'visit.siteproof.part-a1b2c3',
    'visit.pdf',
    '._visit.siteproof',
    '.siteproof',
    'a:b.siteproof',
    'what?.siteproof',
    'con.siteproof',
    'LPT1.siteproof',
    '../visit.siteproof',
    'sub/visit.siteproof',
    `${'в'.repeat(96)}.siteproof`,
  ])('rejects %s', (name) => {
    expect(isPackageFileName(name)).toBe(false);
  });

  it('measures the length in bytes, leaving room for the temporary suffix', () => {
    expect(isPackageFileName(`${'в'.repeat(95)}.siteproof`)).toBe(true);
  });
});

describe('bytes', () => {
  it('accepts Uint8Array and Buffer', () => {
    expect(bytes.safeParse(new Uint8Array([1, 2])).success).toBe(true);
    expect(bytes.safeParse(Buffer.from('x')).success).toBe(true);
  });

  it('rejects strings, arrays, ArrayBuffers and other views', () => {
    for (const value of ['abc', [1, 2], new ArrayBuffer(2), new Uint16Array(2), null]) expect(bytes.safeParse(value).success).toBe(false);
  });

  it('rejects data over the transfer cap without copying it', () => {
    const huge = { byteLength: MAX_TRANSFER_BYTES + 1 };
    Object.setPrototypeOf(huge, Uint8Array.prototype);
    expect(bytes.safeParse(huge).success).toBe(false);
  });
});

describe('windowsSafeName', () => {
  it('replaces the characters Windows refuses and keeps the rest', () => {
    expect(windowsSafeName('Аудит 12:30 "A"|B?.pdf')).toBe('Аудит 12_30 _A__B_.pdf');
  });
});

describe('parseInput', () => {
  it('names every problem with its field', () => {
    const parsed = parseInput(plainFileName, '../x');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.failure).toEqual({ ok: false, error: 'Invalid input: The file name must not contain / or \\' });
  });
});
