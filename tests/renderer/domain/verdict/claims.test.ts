import { describe, expect, it } from 'vitest';
import { isNegativeClaim, isPositiveClaim, parseFrequency, parseNumberClaim } from '../../../../renderer/domain/verdict/claims';

describe('parseFrequency', () => {
  const cases: [string, number][] = [
    // English
    ['every two weeks', 26],
    ['Every 2 weeks', 26],
    ['every other week', 26],
    ['biweekly', 26],
    ['bi-weekly', 26],
    ['fortnightly', 26],
    ['2 per month', 24],
    ['twice a month', 24],
    ['once a month', 12],
    ['monthly', 12],
    ['weekly', 52],
    ['3x per week', 156],
    ['quarterly', 4],
    ['once every 3 months', 4],
    ['4 times a year', 4],
    ['26/year', 26],
    ['annually', 1],
    ['every day', 365],
    // Russian
    ['раз в месяц', 12],
    ['1 раз в месяц', 12],
    ['Раз в две недели', 26],
    ['раз в 2 недели', 26],
    ['каждые две недели', 26],
    ['через неделю', 26],
    ['2 раза в месяц', 24],
    ['дважды в месяц', 24],
    ['ежемесячно', 12],
    ['еженедельно', 52],
    ['ежеквартально', 4],
    ['минимум один раз в квартал', 4],
    ['1 раз в 3 месяца', 4],
    ['раз в полгода', 2],
    ['ежегодно', 1],
    ['раз в год', 1],
    // Ukrainian
    ['щомісяця', 12],
    ['раз на місяць', 12],
    ['раз на два тижні', 26],
    ['кожні 2 тижні', 26],
    ['двічі на місяць', 24],
    ['2 рази на місяць', 24],
    ['щотижня', 52],
    ['щокварталу', 4],
    ['раз на квартал', 4],
    ['раз на пів року', 2],
    ['щороку', 1],
    ['один раз на рік', 1],
  ];
  it.each(cases)('%s → %d a year', (text, perYear) => {
    expect(parseFrequency(text)).toBe(perYear);
  });

  it('gives up on text that names no frequency', () => {
    expect(parseFrequency('regularly')).toBeUndefined();
    expect(parseFrequency('250 мест')).toBeUndefined();
    expect(parseFrequency('')).toBeUndefined();
  });
});

describe('parseNumberClaim', () => {
  it('reads numbers with units, percentages and comma decimals', () => {
    expect(parseNumberClaim('250')).toEqual({ low: 250, high: 250 });
    expect(parseNumberClaim('250 seats')).toEqual({ low: 250, high: 250 });
    expect(parseNumberClaim('более 200 рабочих мест')).toEqual({ low: 200, high: 200 });
    expect(parseNumberClaim('1 200 мест')).toEqual({ low: 1200, high: 1200 });
    expect(parseNumberClaim('1\u00a0200')).toEqual({ low: 1200, high: 1200 });
    expect(parseNumberClaim('45%')).toEqual({ low: 45, high: 45 });
    expect(parseNumberClaim('15 s', 'seconds')).toEqual({ low: 15, high: 15 });
    expect(parseNumberClaim('12,5 с', 'seconds')).toEqual({ low: 12.5, high: 12.5 });
  });

  it('reads ranges in any dash or with до/to', () => {
    expect(parseNumberClaim('40-50%')).toEqual({ low: 40, high: 50 });
    expect(parseNumberClaim('40% – 50%')).toEqual({ low: 40, high: 50 });
    expect(parseNumberClaim('від 10 до 15 секунд', 'seconds')).toEqual({ low: 10, high: 15 });
    expect(parseNumberClaim('15 to 10')).toEqual({ low: 10, high: 15 });
  });

  it('converts minutes when the rule counts seconds', () => {
    expect(parseNumberClaim('1,5 мин', 'seconds')).toEqual({ low: 90, high: 90 });
    expect(parseNumberClaim('2 min', 'seconds')).toEqual({ low: 120, high: 120 });
    expect(parseNumberClaim('2 хв', 'seconds')).toEqual({ low: 120, high: 120 });
    expect(parseNumberClaim('2 min', 'seats')).toEqual({ low: 2, high: 2 });
  });

  it('returns undefined without a number', () => {
    expect(parseNumberClaim('many')).toBeUndefined();
  });
});

describe('yes/no claims', () => {
  it('recognises "no" in three languages', () => {
    for (const no of ['no', 'No.', 'нет', 'Нет, пока нет', 'ні', 'Немає', 'отсутствует', 'відсутній', 'none', 'не']) {
      expect(isNegativeClaim(no), no).toBe(true);
      expect(isPositiveClaim(no), no).toBe(false);
    }
  });

  it('anything else that is not empty asserts something', () => {
    for (const yes of ['yes', 'да', 'так', 'Avaya', 'не менее 200', 'ISO 27001', 'nothing to hide']) {
      expect(isPositiveClaim(yes), yes).toBe(true);
    }
    expect(isPositiveClaim('   ')).toBe(false);
  });
});
