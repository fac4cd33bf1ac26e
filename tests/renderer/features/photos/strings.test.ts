import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../../renderer/i18n/resources';
import { cameraProblem } from '../../../../renderer/features/photos/camera';
import { photoErrorText } from '../../../../renderer/features/photos/format';
import { i18next } from '../../../../renderer/i18n';
import { PhotoError, type PhotoErrorCode } from '../../../../renderer/domain/photo';

const PHOTO_STRINGS = { ru: RESOURCES.ru.photos, uk: RESOURCES.uk.photos, en: RESOURCES.en.photos };

const CODES: PhotoErrorCode[] = ['empty', 'unreadable', 'damaged', 'heic', 'unsupported', 'too-large', 'storage-full', 'not-found', 'reason-required'];

describe('photo strings', () => {
  it('say the same things in Russian, Ukrainian and English, with the same placeholders', () => {
    const keys = Object.keys(PHOTO_STRINGS.en).sort();
    for (const lang of ['ru', 'uk'] as const) {
      expect(Object.keys(PHOTO_STRINGS[lang]).sort()).toEqual(keys);
      for (const key of keys) {
        const vars = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();
        expect(vars(PHOTO_STRINGS[lang][key as keyof typeof PHOTO_STRINGS.en]), `${lang} ${key}`).toEqual(vars(PHOTO_STRINGS.en[key as keyof typeof PHOTO_STRINGS.en]));
        expect(PHOTO_STRINGS[lang][key as keyof typeof PHOTO_STRINGS.en].trim()).not.toBe('');
      }
    }
  });

  it('name the shutter as the issue asks', () => {
    expect([PHOTO_STRINGS.en['camera.shutter'], PHOTO_STRINGS.ru['camera.shutter'], PHOTO_STRINGS.uk['camera.shutter']]).toEqual(['Take photo', 'Сделать фото', 'Зробити фото']);
  });

  it('have a message for every photo error, in each language', async () => {
    await new Promise<void>((done) => (i18next.isInitialized ? done() : i18next.on('initialized', () => done())));
    for (const lang of ['ru', 'uk', 'en']) {
      const t = i18next.getFixedT(lang, 'photos');
      for (const code of CODES) {
        const text = photoErrorText(t, new PhotoError(code, 'x'));
        expect(text, `${lang} ${code}`).toBe(PHOTO_STRINGS[lang as 'en'][`error.${code}`]);
      }
      expect(photoErrorText(t, { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') })).toBe(PHOTO_STRINGS[lang as 'en']['error.storage-full']);
      expect(photoErrorText(t, new Error('boom'))).toContain('boom');
    }
    expect(i18next.getFixedT('ru', 'photos')('error.heic')).toMatch(/HEIC.*JPEG/);
  });
});

describe('cameraProblem', () => {
  it('tells a refused camera from a missing or busy one', () => {
    const err = (name: string) => new DOMException('x', name);
    expect(cameraProblem(err('NotAllowedError'))).toBe('refused');
    expect(cameraProblem(err('NotFoundError'))).toBe('absent');
    expect(cameraProblem(err('OverconstrainedError'))).toBe('absent');
    expect(cameraProblem(err('NotReadableError'))).toBe('busy');
    expect(cameraProblem(new TypeError('no mediaDevices'))).toBe('unsupported');
    expect(cameraProblem('weird')).toBe('other');
  });
});
