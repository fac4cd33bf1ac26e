import type { Frequency, Period, Verdict } from '../model';
import { formatInstant } from '../time';
import type { Lang } from '../template/schema';
import { dossierT, type DossierStrings } from './strings';
import type { Shown } from './types';

/** Which languages to try, in order, when a template text is missing in the chosen one. */
const FALLBACK: Record<Lang, Lang[]> = { ru: ['ru', 'uk', 'en'], uk: ['uk', 'ru', 'en'], en: ['en', 'ru', 'uk'] };

/**
 * Picks a template text in `lang`; when it is missing or blank, another language is shown with a visible
 * `[xx]` mark and the caller's counter goes up, so a missing translation never leaves a hole in the dossier.
 */
export class TextPicker {
  fallbacks = 0;
  constructor(readonly lang: Lang) {}

  pick(text: Partial<Record<Lang, string>> | undefined | null, missing = '—'): string {
    for (const l of FALLBACK[this.lang]) {
      const value = text?.[l];
      if (typeof value === 'string' && value.trim() !== '') {
        if (l === this.lang) return value.trim();
        this.fallbacks += 1;
        return `[${l.toUpperCase()}] ${value.trim()}`;
      }
    }
    return missing;
  }
}


/**
 * A timestamp in the visit's time zone, never the generating machine's: the same package gives the same times on
 * every laptop. Camera times (EXIF, no zone) are shown as written, marked with `cameraMark` when given.
 * Unparseable input is shown raw: a dossier never hides what was recorded.
 */
export function formatDateTime(iso: string | undefined, lang: Lang, timeZone: string, cameraMark?: string): string {
  return formatInstant(iso, lang, timeZone, cameraMark ? { cameraMark } : {});
}

/** Numbers with a decimal comma in ru/uk and a non-breaking thin grouping, as the readers expect. */
export function formatNumber(n: number, lang: Lang, digits = 0): string {
  const locale = lang === 'en' ? 'en-GB' : lang === 'uk' ? 'uk-UA' : 'ru-RU';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(n);
}

const PERIOD_KEY: Record<Period, keyof DossierStrings> = { week: 'periodWeek', month: 'periodMonth', quarter: 'periodQuarter', year: 'periodYear' };

export function formatFrequency(f: Frequency, s: DossierStrings, lang: Lang): string {
  return dossierT(lang)('freq', { count: formatNumber(f.count, lang, 2), period: s[PERIOD_KEY[f.period]] });
}

const VERDICT_KEY: Record<Shown, keyof DossierStrings> = {
  meets: 'verdictMeets',
  partly: 'verdictPartly',
  'not-met': 'verdictNotMet',
  'not-verified': 'verdictNotVerified',
  'n/a': 'verdictNa',
};

export function verdictWord(v: Shown, s: DossierStrings): string {
  return s[VERDICT_KEY[v]];
}

export const SHOWN_VERDICTS: readonly Verdict[] = ['meets', 'partly', 'not-met', 'not-verified'];
