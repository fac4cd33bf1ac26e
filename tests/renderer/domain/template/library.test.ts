import { describe, expect, it } from 'vitest';
import { allQuestions, applicableQuestions, findQuestion, findStep, localize, searchQuestions } from '../../../../renderer/domain/template/library';
import { template, type Template } from '../../../../renderer/domain/template/schema';
import { validTemplate } from './fixture';

function mini(edit?: (t: ReturnType<typeof validTemplate>) => void): Template {
  const raw = validTemplate();
  edit?.(raw);
  return template.parse(raw);
}
const t = mini();
const ids = (qs: { id: string }[]) => qs.map((q) => q.id);

describe('localize', () => {
  it('picks the chosen language', () => {
    const l = { ru: 'Места', uk: 'Місця', en: 'Seats' };
    expect(localize(l, 'ru')).toBe('Места');
    expect(localize(l, 'uk')).toBe('Місця');
    expect(localize(l, 'en')).toBe('Seats');
  });

  it('falls back to English, then any filled language, then empty', () => {
    expect(localize({ ru: 'Места', uk: ' ', en: 'Seats' }, 'uk')).toBe('Seats');
    expect(localize({ ru: 'Места', uk: '', en: '' }, 'en')).toBe('Места');
    expect(localize({ uk: 'Місця' } as never, 'ru')).toBe('Місця');
    expect(localize({ ru: '', uk: '', en: '' }, 'ru')).toBe('');
    expect(localize(undefined, 'ru')).toBe('');
  });
});

describe('queries', () => {
  it('lists every question in order with its section', () => {
    expect(allQuestions(t).map((q) => [q.sectionId, q.id, q.number])).toEqual([
      ['floor', 'seats', 1],
      ['floor', 'generator', 2],
      ['kb', 'kb-time', 3],
    ]);
  });

  it('lists the questions that apply to a category', () => {
    expect(ids(applicableQuestions(t, 'A'))).toEqual(['seats', 'generator', 'kb-time']);
    expect(ids(applicableQuestions(t, 'B'))).toEqual(['seats', 'kb-time']);
    expect(ids(applicableQuestions(t, 'C'))).toEqual(['seats']);
  });

  it('finds questions and steps by id', () => {
    expect(findQuestion(t, 'kb-time')?.sectionId).toBe('kb');
    expect(findQuestion(t, 'nope')).toBeUndefined();
    expect(findStep(t, 'kb-time', 'agent')?.kind).toBe('interview');
    expect(findStep(t, 'kb-time', 'count')).toBeUndefined();
    expect(findStep(t, 'nope', 'count')).toBeUndefined();
  });
});

describe('searchQuestions', () => {
  it('matches titles case-insensitively in the chosen language only', () => {
    const named = mini((raw) => {
      raw.sections[0].questions[1].title = { ru: 'Дизель-генератор', uk: 'Генератор живлення', en: 'Backup power' };
    });
    expect(ids(searchQuestions(named, 'ГЕНЕРАТОР', 'ru'))).toEqual(['generator']);
    expect(ids(searchQuestions(named, 'генератор живлення', 'uk'))).toEqual(['generator']);
    expect(ids(searchQuestions(named, 'генератор', 'en'))).toEqual([]);
    expect(ids(searchQuestions(named, 'BACKUP', 'en'))).toEqual(['generator']);
    expect(ids(searchQuestions(named, 'backup', 'ru'))).toEqual([]);
  });

  it('looks into ask, why, recommendations and step texts', () => {
    expect(ids(searchQuestions(t, 'how many seats', 'en'))).toEqual(['seats']);
    expect(ids(searchQuestions(t, 'power cuts', 'en'))).toEqual(['generator']);
    expect(ids(searchQuestions(t, 'twice the project', 'en'))).toEqual(['seats']);
    expect(ids(searchQuestions(t, 'time three searches', 'en'))).toEqual(['kb-time']);
    expect(ids(searchQuestions(t, 'searchable system', 'en'))).toEqual(['kb-time']);
  });

  it('needs every word, in any order', () => {
    expect(ids(searchQuestions(t, 'seconds 10-15', 'uk'))).toEqual(['kb-time']);
    expect(ids(searchQuestions(t, 'seconds generator', 'en'))).toEqual([]);
  });

  it('treats ё as е and any apostrophe alike, and finds a question by its number', () => {
    const cyr = mini((raw) => {
      raw.sections[0].questions[1].title = { ru: 'Жёлтый генератор', uk: 'Об’єкт живлення', en: 'Generator' };
    });
    expect(ids(searchQuestions(cyr, 'желтый', 'ru'))).toEqual(['generator']);
    expect(ids(searchQuestions(cyr, 'ЖЁЛТЫЙ', 'ru'))).toEqual(['generator']);
    expect(ids(searchQuestions(cyr, "об'єкт", 'uk'))).toEqual(['generator']);
    expect(ids(searchQuestions(cyr, '3', 'en'))).toEqual(['kb-time']);
  });

  it('returns everything for an empty search', () => {
    expect(searchQuestions(t, '   ', 'ru')).toHaveLength(3);
  });
});
