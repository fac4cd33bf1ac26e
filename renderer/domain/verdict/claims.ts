import type { Rule } from '../template/schema';

/**
 * Readers for what vendors write in RFP answers, in Russian, Ukrainian or English. They are deliberately
 * small: they understand the phrasings the methodology's questions invite ("250 seats", "45%", "15 s",
 * "every two weeks", "раз в месяц", "щомісяця") and give up (undefined) rather than guess on anything else.
 */

const lower = (text: string) => text.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ`]/g, "'").replace(/[\u00a0\u202f]/g, ' ');

const NUMBER = /(\d{1,3}(?: \d{3})+|\d+)(?:[.,](\d+))?/g;

function toNumber(whole: string, fraction: string | undefined): number {
  return Number(`${whole.replace(/ /g, '')}${fraction ? `.${fraction}` : ''}`);
}

export interface NumberClaim {
  /** Lower and upper end; equal unless the claim states a range ("40-50%"). */
  low: number;
  high: number;
}

/**
 * Reads a numeric claim: "250", "250 seats", "1 200 мест", "45%", "12,5 с", "40–50%", "від 10 до 15 секунд".
 * When the rule counts seconds, minutes ("2 min", "1,5 мин", "2 хв") are converted.
 */
export function parseNumberClaim(text: string, unit?: Rule['unit']): NumberClaim | undefined {
  const t = lower(text);
  const found = [...t.matchAll(NUMBER)];
  if (!found.length) return undefined;
  const first = found[0];
  let low = toNumber(first[1], first[2]);
  let high = low;
  const second = found[1];
  if (second?.index !== undefined && first.index !== undefined) {
    const between = t.slice(first.index + first[0].length, second.index).replace(/[%\s]/g, '');
    if (['-', '–', '—', '..', '...', 'до', 'to'].includes(between)) high = toNumber(second[1], second[2]);
  }
  if (unit === 'seconds' && /(?:\d|\s)(?:мин|min|хв)/u.test(t)) {
    low *= 60;
    high *= 60;
  }
  return { low: Math.min(low, high), high: Math.max(low, high) };
}

// Periods in years, in every grammatical case we expect ("неделю", "недели", "тижні", "місяця", "року").
const PERIODS: [RegExp, number][] = [
  [/^(day|days|день|дня|дней|дні|днів|сутки|доба|добу)$/u, 1 / 365],
  [/^(week|weeks|weekly|неделя|неделю|недели|недель|тиждень|тижня|тижні|тижнів)$/u, 1 / 52],
  [/^(полгода|полугодие|полугодия|півроку|півріччя)$/u, 1 / 2],
  [/^(month|months|monthly|мес|месяц|месяца|месяцев|місяць|місяця|місяці|місяців|міс)$/u, 1 / 12],
  [/^(quarter|quarters|quarterly|квартал|квартала|кварталы|кварталов|квартали|кварталів)$/u, 1 / 4],
  [/^(year|years|yr|год|года|лет|рік|року|роки|років)$/u, 1],
];

// One-word frequencies, as adverbs or adjectives.
const ADVERBS: [RegExp, number][] = [
  [/^(daily|ежедневн|щоденн|щодня)/u, 365],
  [/^(biweekly|fortnightly|двухнедельн|двотижнев)/u, 26],
  [/^(weekly|еженедельн|щотижн|щотижден)/u, 52],
  [/^(monthly|ежемесячн|щомісячн|щомісяц)/u, 12],
  [/^(quarterly|ежекварталь|щокварталь|щоквартал)/u, 4],
  [/^(semiannual|semi-annual|biannual|полугодов|піврічн)/u, 2],
  [/^(yearly|annually|annual|ежегодн|щорічн|щороку)/u, 1],
];

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10, twelve: 12,
  один: 1, одна: 1, одну: 1, одного: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, десять: 10,
  дві: 2, чотири: 4, "п'ять": 5, шість: 6,
  пол: 0.5, пів: 0.5, half: 0.5,
  // "every other week", "через неделю", "через тиждень": every second one.
  other: 2, через: 2,
};
const COUNT_ADVERBS: Record<string, number> = { once: 1, twice: 2, thrice: 3, дважды: 2, трижды: 3, двічі: 2, тричі: 3 };
const TIMES = /^(раз|раза|рази|разів|р|time|times|x|х)$/u;
// Words that may stand between a count and its period: "2 per month", "раз в месяц", "every two weeks", "кожні 2 тижні".
const LINKS = /^(per|a|an|in|every|each|\/|в|во|на|за|каждые|каждый|каждую|каждое|кожні|кожен|кожний|кожного|кожну|кожне)$/u;

function numberOf(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  if (/^\d+(?:[.,]\d+)?$/.test(token)) return Number(token.replace(',', '.'));
  return NUMBER_WORDS[token];
}

/**
 * Reads a frequency and returns it in times per year: "every two weeks" → 26, "2 per month" → 24,
 * "раз в месяц" → 12, "щомісяця" → 12, "quarterly" → 4, "1 раз в 3 месяца" → 4, "раз на пів року" → 2.
 */
export function parseFrequency(text: string): number | undefined {
  const t = lower(text).replace(/\bbi-weekly\b/g, 'biweekly').replace(/\bx(?=\d)/g, 'x ').replace(/(\d)x\b/g, '$1 x');
  const tokens = t.match(/\d+(?:[.,]\d+)?|[\p{L}']+|\//gu) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const period = PERIODS.find(([re]) => re.test(tokens[i]));
    if (!period) continue;
    let years = period[1];
    let j = i - 1;
    // "две недели", "3 months": the period itself has a multiplier.
    const multiplier = numberOf(tokens[j]);
    if (multiplier !== undefined) {
      years *= multiplier;
      j -= 1;
    }
    // Walk back over linking words to the count: "2 раза", "twice", "один раз", or nothing (= once).
    while (j >= 0 && LINKS.test(tokens[j])) j -= 1;
    let count = 1;
    if (j >= 0) {
      if (TIMES.test(tokens[j])) count = numberOf(tokens[j - 1]) ?? 1;
      else if (COUNT_ADVERBS[tokens[j]] !== undefined) count = COUNT_ADVERBS[tokens[j]];
      else count = numberOf(tokens[j]) ?? 1;
    }
    if (years <= 0 || count <= 0) return undefined;
    return Math.round((count / years) * 1000) / 1000;
  }
  for (const token of tokens) {
    const adverb = ADVERBS.find(([re]) => re.test(token));
    if (adverb) return adverb[1];
  }
  return undefined;
}

/** A claim that says "no" in any of our languages: "no", "нет", "ні", "немає", "отсутствует", "none". */
export function isNegativeClaim(text: string): boolean {
  const t = lower(text).trim();
  const first = t.match(/[\p{L}']+/u)?.[0] ?? '';
  if (!first) return t === '0' || t === '-' || t === '—';
  if (['no', 'none', 'nope', 'false', 'нет', 'нету', 'ні', 'немає', 'нема', 'не'].includes(first) && (first !== 'не' || t === 'не')) return true;
  return /^(отсутств|відсутн|absent)/u.test(first);
}

/** A claim that asserts something: not empty and not a "no". */
export function isPositiveClaim(text: string): boolean {
  return text.trim() !== '' && !isNegativeClaim(text);
}
