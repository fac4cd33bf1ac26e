import { describe, expect, it } from 'vitest';
import { i18nFor, translator } from '../../../renderer/i18n/instance';

describe('i18n instances outside React', () => {
  it('translate synchronously right after creation, in each language, with no DOM', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    expect(translator('ru', 'ui')('cancel')).toBe('Отмена');
    expect(translator('uk', 'ui')('cancel')).toBe('Скасувати');
    expect(translator('en', 'ui')('failed', { message: 'x' })).toBe('That did not work: x');
  });

  it('keep one instance per language, apart from each other', () => {
    expect(i18nFor('ru')).toBe(i18nFor('ru'));
    expect(i18nFor('ru')).not.toBe(i18nFor('en'));
    expect(i18nFor('ru').language).toBe('ru');
    expect(i18nFor('en').language).toBe('en');
  });
});
