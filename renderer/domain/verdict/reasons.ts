import type { Decision, Verdict } from '../model';
import type { Lang, Rule } from '../template/schema';
import type { Finding, Reason } from './types';

/**
 * Sentences for reasons and findings in the three UI languages. The domain cannot use i18next (it runs in
 * the CLI and the PDF builder too), so the wording lives here as small functions over the reason's params.
 * Sentences start in lower case so callers can put them after a label or capitalise them.
 */

type Unit = Rule['unit'];
type Params = Reason['params'];

/** Plural forms: en [one, other]; ru/uk [one, few, many, other] as Intl.PluralRules names them. */
const UNIT_FORMS: Record<Lang, Record<Exclude<Unit, 'percent'>, string[]>> = {
  en: {
    seats: ['seat', 'seats'], agents: ['agent', 'agents'], seconds: ['second', 'seconds'], minutes: ['minute', 'minutes'], calls: ['call', 'calls'],
    'per-year': ['time a year', 'times a year'],
  },
  ru: {
    seats: ['место', 'места', 'мест', 'места'], agents: ['агент', 'агента', 'агентов', 'агента'],
    seconds: ['секунда', 'секунды', 'секунд', 'секунды'], minutes: ['минута', 'минуты', 'минут', 'минуты'],
    calls: ['звонок', 'звонка', 'звонков', 'звонка'],
    'per-year': ['раз в год', 'раза в год', 'раз в год', 'раза в год'],
  },
  uk: {
    seats: ['місце', 'місця', 'місць', 'місця'], agents: ['агент', 'агенти', 'агентів', 'агента'],
    seconds: ['секунда', 'секунди', 'секунд', 'секунди'], minutes: ['хвилина', 'хвилини', 'хвилин', 'хвилини'],
    calls: ['дзвінок', 'дзвінки', 'дзвінків', 'дзвінка'],
    'per-year': ['раз на рік', 'рази на рік', 'разів на рік', 'разу на рік'],
  },
};
const PLURAL_INDEX: Record<Lang, Partial<Record<Intl.LDMLPluralRule, number>>> = {
  en: { one: 0, other: 1 },
  ru: { one: 0, few: 1, many: 2, other: 3 },
  uk: { one: 0, few: 1, many: 2, other: 3 },
};

/** Numbers as each language writes them (12,5 in ru/uk); a plain no-break space groups thousands, since some PDF fonts lack the narrow one. */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n).replace(/\u202f/g, '\u00a0');
}

/** "184 seats", "184 места", "12,5 секунди", "45%", "26 times a year". */
export function formatQuantity(n: number, unit: string, lang: Lang): string {
  const num = formatNumber(n, lang);
  if (unit === 'percent') return `${num}%`;
  const forms = UNIT_FORMS[lang][unit as Exclude<Unit, 'percent'>];
  if (!forms) return num;
  const index = PLURAL_INDEX[lang][new Intl.PluralRules(lang).select(n)] ?? forms.length - 1;
  return `${num}\u00a0${forms[index]}`;
}

const VERDICT_NAMES: Record<Lang, Record<Verdict, string>> = {
  en: { meets: 'met', partly: 'partly met', 'not-met': 'not met', 'not-verified': 'not verified' },
  ru: { meets: 'соответствует', partly: 'частично соответствует', 'not-met': 'не соответствует', 'not-verified': 'не проверено' },
  uk: { meets: 'відповідає', partly: 'частково відповідає', 'not-met': 'не відповідає', 'not-verified': 'не перевірено' },
};

export function formatVerdict(v: Verdict, lang: Lang): string {
  return VERDICT_NAMES[lang][v];
}

const OPS: Record<Lang, Record<string, string>> = {
  en: { '>': 'more than', '>=': 'at least', '<': 'less than', '<=': 'at most' },
  ru: { '>': 'больше', '>=': 'не меньше', '<': 'меньше', '<=': 'не больше' },
  uk: { '>': 'більше', '>=': 'не менше', '<': 'менше', '<=': 'не більше' },
};

const num = (p: Params, key: string): number | undefined => (typeof p[key] === 'number' ? (p[key] as number) : undefined);
const str = (p: Params, key: string): string => (p[key] === undefined ? '' : String(p[key]));

function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m && lang !== 'en' ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** How the measured number was obtained: "counted 184 seats", "медиана 5 замеров: 12,5 секунды". */
function measuredPhrase(p: Params, lang: Lang): string {
  const value = num(p, 'measured');
  if (value === undefined) return '';
  const q = formatQuantity(value, str(p, 'unit'), lang);
  const n = num(p, 'samples') ?? 1;
  const kind = str(p, 'kind');
  const measure = str(p, 'measure');
  const L = MEASURED[lang];
  if (kind === 'count') return L.count(q);
  if (kind === 'value') return L.value(q);
  if (kind === 'timer' || kind === 'interview') {
    const what = kind === 'timer' ? 'trials' : 'answers';
    if (n === 1) return L.single(what, q);
    const m = measure === 'mean' || measure === 'worst' || measure === 'total' ? measure : 'median';
    return L.stat(m, what, formatNumber(n, lang), q);
  }
  return L.generic(q);
}

type Stat = 'median' | 'mean' | 'worst' | 'total';
type What = 'trials' | 'answers';
const MEASURED: Record<Lang, {
  count(q: string): string; value(q: string): string; generic(q: string): string;
  single(what: What, q: string): string; stat(m: Stat, what: What, n: string, q: string): string;
}> = {
  en: {
    count: (q) => `counted ${q}`,
    value: (q) => `recorded ${q}`,
    generic: (q) => `measured ${q}`,
    single: (what, q) => `${what === 'trials' ? 'one trial' : 'one answer'}: ${q}`,
    stat: (m, what, n, q) => `${{ median: 'median', mean: 'average', worst: 'worst', total: 'sum' }[m]} of ${n} ${what}: ${q}`,
  },
  ru: {
    count: (q) => `насчитано ${q}`,
    value: (q) => `зафиксировано ${q}`,
    generic: (q) => `измерено ${q}`,
    single: (what, q) => `${what === 'trials' ? 'один замер' : 'один ответ'}: ${q}`,
    stat: (m, what, n, q) => {
      const t = what === 'trials';
      return {
        median: `медиана ${n} ${t ? 'замеров' : 'ответов'}`,
        mean: `среднее по ${n} ${t ? 'замерам' : 'ответам'}`,
        worst: `худший из ${n} ${t ? 'замеров' : 'ответов'}`,
        total: `сумма ${n} ${t ? 'замеров' : 'ответов'}`,
      }[m] + `: ${q}`;
    },
  },
  uk: {
    count: (q) => `нараховано ${q}`,
    value: (q) => `зафіксовано ${q}`,
    generic: (q) => `виміряно ${q}`,
    single: (what, q) => `${what === 'trials' ? 'один замір' : 'одна відповідь'}: ${q}`,
    stat: (m, what, n, q) => {
      const t = what === 'trials';
      return {
        median: `медіана ${n} ${t ? 'замірів' : 'відповідей'}`,
        mean: `середнє за ${n} ${t ? 'замірами' : 'відповідями'}`,
        worst: `${t ? 'найгірший' : 'найгірша'} з ${n} ${t ? 'замірів' : 'відповідей'}`,
        total: `сума ${n} ${t ? 'замірів' : 'відповідей'}`,
      }[m] + `: ${q}`;
    },
  },
};

/** "category A needs more than 200", with the relative bound and the partly band spelled out. */
function boundPhrase(p: Params, lang: Lang): string {
  const bound = num(p, 'bound');
  if (bound === undefined) return '';
  const pct = str(p, 'unit') === 'percent' ? '%' : '';
  const op = OPS[lang][str(p, 'op')] ?? str(p, 'op');
  const cat = str(p, 'category');
  const factor = num(p, 'factor');
  const seats = num(p, 'projectSeats');
  const partly = num(p, 'partly');
  const b = `${formatNumber(bound, lang)}${pct}`;
  // Relative bounds show their arithmetic: "category C needs at least 2 × 150 = 300 seats".
  const rel = factor !== undefined && seats !== undefined
    ? `${formatNumber(factor, lang)} × ${formatNumber(seats, lang)} = ${formatQuantity(bound, str(p, 'unit'), lang)}` : undefined;
  const part = partly !== undefined ? `${op} ${formatNumber(partly, lang)}${pct}` : '';
  switch (lang) {
    case 'en':
      return `category ${cat} needs ${op} ${rel ?? b}${part ? `; ${part} counts as partly met` : ''}`;
    case 'ru':
      return `для категории ${cat} нужно ${op} ${rel ?? b}${part ? `; ${part} — частичное соответствие` : ''}`;
    case 'uk':
      return `для категорії ${cat} потрібно ${op} ${rel ?? b}${part ? `; ${part} — часткова відповідність` : ''}`;
  }
}

const join = (...parts: string[]) => parts.filter(Boolean).join('; ');

function contraryPhrase(p: Params, lang: Lang): string {
  const n = num(p, 'contrary');
  if (!n) return '';
  const c = formatNumber(n, lang);
  return { en: `but other required checks did not confirm it (${c})`, ru: `но другие обязательные проверки этого не подтвердили (${c})`, uk: `але інші обов'язкові перевірки цього не підтвердили (${c})` }[lang];
}

function tally(p: Params, lang: Lang): string {
  const parts: string[] = [];
  const partly = num(p, 'partly') ?? 0;
  const negative = num(p, 'negative') ?? 0;
  const open = num(p, 'open') ?? 0;
  const W = { en: ['partly', 'not confirmed', 'still open'], ru: ['частично', 'не подтверждено', 'ещё не проверено'], uk: ['частково', 'не підтверджено', 'ще не перевірено'] }[lang];
  if (partly) parts.push(`${W[0]}: ${formatNumber(partly, lang)}`);
  if (negative) parts.push(`${W[1]}: ${formatNumber(negative, lang)}`);
  if (open) parts.push(`${W[2]}: ${formatNumber(open, lang)}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

type Sentences = Record<Reason['code'], (p: Params) => string>;

function sentences(lang: Lang): Sentences {
  const n = (p: Params, k: string) => formatNumber(num(p, k) ?? 0, lang);
  const threshold = (p: Params) => join(measuredPhrase(p, lang), boundPhrase(p, lang), contraryPhrase(p, lang));
  const noSeats = (p: Params) => join(measuredPhrase(p, lang), {
    en: `category ${str(p, 'category')} is measured against the project size, which this visit does not state`,
    ru: `порог категории ${str(p, 'category')} зависит от размера проекта, а в визите он не указан`,
    uk: `поріг категорії ${str(p, 'category')} залежить від розміру проєкту, а у візиті його не вказано`,
  }[lang]);
  const date = (p: Params, k: string) => formatDate(str(p, k), lang);
  const kindOf = (p: Params) => str(p, 'kind');
  switch (lang) {
    case 'en':
      return {
        'threshold-met': threshold, 'threshold-partly': threshold, 'threshold-not-met': threshold,
        'all-seen': (p) => `all ${n(p, 'total')} required checks confirmed`,
        'some-seen': (p) => `${n(p, 'positive')} of ${n(p, 'total')} required checks confirmed${tally(p, lang)}`,
        'none-seen': (p) => `none of the ${n(p, 'total')} required checks confirmed${tally(p, lang)}`,
        'interview-match': (p) => (num(p, 'total') === 1 ? 'the respondent answered as expected' : `all ${n(p, 'total')} respondents answered as expected`),
        'interview-partly': (p) => `${n(p, 'yes')} of ${n(p, 'total')} answers matched, ${n(p, 'partly')} partly, ${n(p, 'no')} did not`,
        'interview-mismatch': (p) => (num(p, 'total') === 1 ? 'the answer did not match' : `none of the ${n(p, 'total')} answers matched`),
        'document-expired': (p) => `the document expired on ${date(p, 'validUntil')}, before the visit (${date(p, 'visitDate')})`,
        'missing-evidence': () => 'nothing captured yet',
        'missing-project-seats': noSeats,
        'not-applicable': (p) => `marked not applicable${str(p, 'reason') ? `: ${str(p, 'reason')}` : ''}`,
        override: (p) => `set to “${formatVerdict(str(p, 'verdict') as Verdict, lang) ?? str(p, 'verdict')}” by the evaluator${str(p, 'reason') ? `: ${str(p, 'reason')}` : ''}`,
        seen: (p) => (kindOf(p) === 'demo' ? 'demonstrated' : kindOf(p) === 'document'
          ? (str(p, 'outcome') === 'obtained' ? 'a copy of the document was obtained' : 'the document was shown') : 'seen on site'),
        'not-seen': (p) => (kindOf(p) === 'demo' ? 'not demonstrated' : kindOf(p) === 'document' ? 'the document was not shown'
          : str(p, 'outcome') === 'not-shown' ? 'not shown' : 'not seen on site'),
        'evidence-captured': (p) => (str(p, 'answer') === 'yes' ? 'answer recorded: yes'
          : kindOf(p) === 'count' && num(p, 'value') !== undefined ? `counted ${n(p, 'value')}`
            : kindOf(p) === 'timer' ? `trials timed: ${n(p, 'samples')}`
              : kindOf(p) === 'interview' ? `answers recorded: ${n(p, 'samples')}` : 'recorded (no threshold applies)'),
        'stated-no': () => 'answer recorded: no',
        'too-few-respondents': (p) => `only ${n(p, 'asked')} of the at least ${n(p, 'min')} respondents were asked: not enough to verify`,
        'document-no-copy': () => 'the document was only shown; the methodology asks for a copy',
        'document-date-invalid': (p) => `“${str(p, 'value')}” is not a valid date (write it as yyyy-mm-dd or dd.mm.yyyy)`,
        'document-standard-missing': (p) => `the certificate’s standard was not recorded (${str(p, 'expected')} is asked)`,
        'document-wrong-standard': (p) => `the certificate is for ${str(p, 'recorded')}, not ${str(p, 'expected')} as asked`,
        'recording-received': () => 'the recording of the test call was received',
        'recording-refused': () => 'the vendor refused to provide the recording of the test call',
        'recording-pending': (p) => (str(p, 'status') === 'requested'
          ? 'the recording of the test call was requested and has not arrived yet'
          : 'test call made; the recording has not been requested yet'),
      };
    case 'ru':
      return {
        'threshold-met': threshold, 'threshold-partly': threshold, 'threshold-not-met': threshold,
        'all-seen': (p) => `подтверждены все обязательные проверки (${n(p, 'total')})`,
        'some-seen': (p) => `подтверждено ${n(p, 'positive')} из ${n(p, 'total')} обязательных проверок${tally(p, lang)}`,
        'none-seen': (p) => `ни одна из обязательных проверок (${n(p, 'total')}) не подтверждена${tally(p, lang)}`,
        'interview-match': (p) => (num(p, 'total') === 1 ? 'опрошенный ответил так, как ожидалось' : `все опрошенные (${n(p, 'total')}) ответили так, как ожидалось`),
        'interview-partly': (p) => `совпало ответов: ${n(p, 'yes')} из ${n(p, 'total')}, частично: ${n(p, 'partly')}, не совпало: ${n(p, 'no')}`,
        'interview-mismatch': (p) => (num(p, 'total') === 1 ? 'ответ не совпал с ожидаемым' : `ни один из ответов (${n(p, 'total')}) не совпал с ожидаемым`),
        'document-expired': (p) => `срок действия документа истёк ${date(p, 'validUntil')}, ещё до визита (${date(p, 'visitDate')})`,
        'missing-evidence': () => 'пока ничего не зафиксировано',
        'missing-project-seats': noSeats,
        'not-applicable': (p) => `отмечено как неприменимое${str(p, 'reason') ? `: ${str(p, 'reason')}` : ''}`,
        override: (p) => `эксперт изменил оценку на «${formatVerdict(str(p, 'verdict') as Verdict, lang) ?? str(p, 'verdict')}»${str(p, 'reason') ? `: ${str(p, 'reason')}` : ''}`,
        seen: (p) => (kindOf(p) === 'demo' ? 'продемонстрировано' : kindOf(p) === 'document'
          ? (str(p, 'outcome') === 'obtained' ? 'получена копия документа' : 'документ показали') : 'увидели на месте'),
        'not-seen': (p) => (kindOf(p) === 'demo' ? 'не продемонстрировали' : kindOf(p) === 'document' ? 'документ не показали'
          : str(p, 'outcome') === 'not-shown' ? 'не показали' : 'на месте не увидели'),
        'evidence-captured': (p) => (str(p, 'answer') === 'yes' ? 'ответ: да'
          : kindOf(p) === 'count' && num(p, 'value') !== undefined ? `насчитано ${n(p, 'value')}`
            : kindOf(p) === 'timer' ? `сделано замеров: ${n(p, 'samples')}`
              : kindOf(p) === 'interview' ? `записано ответов: ${n(p, 'samples')}` : 'зафиксировано (порог не задан)'),
        'stated-no': () => 'ответ: нет',
        'too-few-respondents': (p) => `опрошено только ${n(p, 'asked')} из минимум ${n(p, 'min')}: этого мало для проверки`,
        'document-no-copy': () => 'документ только показали, а методика требует получить копию',
        'document-date-invalid': (p) => `«${str(p, 'value')}» — не дата (пишите дд.мм.гггг или гггг-мм-дд)`,
        'document-standard-missing': (p) => `стандарт сертификата не записан (требуется ${str(p, 'expected')})`,
        'document-wrong-standard': (p) => `сертификат выдан по ${str(p, 'recorded')}, а требуется ${str(p, 'expected')}`,
        'recording-received': () => 'запись тестового звонка получена',
        'recording-refused': () => 'подрядчик отказался предоставить запись тестового звонка',
        'recording-pending': (p) => (str(p, 'status') === 'requested'
          ? 'запись тестового звонка запрошена, но ещё не получена'
          : 'тестовый звонок сделан, запись ещё не запрошена'),
      };
    case 'uk':
      return {
        'threshold-met': threshold, 'threshold-partly': threshold, 'threshold-not-met': threshold,
        'all-seen': (p) => `підтверджено всі обов'язкові перевірки (${n(p, 'total')})`,
        'some-seen': (p) => `підтверджено ${n(p, 'positive')} з ${n(p, 'total')} обов'язкових перевірок${tally(p, lang)}`,
        'none-seen': (p) => `жодну з обов'язкових перевірок (${n(p, 'total')}) не підтверджено${tally(p, lang)}`,
        'interview-match': (p) => (num(p, 'total') === 1 ? 'опитаний відповів так, як очікувалося' : `усі опитані (${n(p, 'total')}) відповіли так, як очікувалося`),
        'interview-partly': (p) => `збіглося відповідей: ${n(p, 'yes')} з ${n(p, 'total')}, частково: ${n(p, 'partly')}, не збіглося: ${n(p, 'no')}`,
        'interview-mismatch': (p) => (num(p, 'total') === 1 ? 'відповідь не збіглася з очікуваною' : `жодна з відповідей (${n(p, 'total')}) не збіглася з очікуваною`),
        'document-expired': (p) => `строк дії документа сплив ${date(p, 'validUntil')}, ще до візиту (${date(p, 'visitDate')})`,
        'missing-evidence': () => 'поки нічого не зафіксовано',
        'missing-project-seats': noSeats,
        'not-applicable': (p) => `позначено як незастосовне${str(p, 'reason') ? `: ${str(p, 'reason')}` : ''}`,
        override: (p) => `експерт змінив оцінку на «${formatVerdict(str(p, 'verdict') as Verdict, lang) ?? str(p, 'verdict')}»${str(p, 'reason') ? `: ${str(p, 'reason')}` : ''}`,
        seen: (p) => (kindOf(p) === 'demo' ? 'продемонстровано' : kindOf(p) === 'document'
          ? (str(p, 'outcome') === 'obtained' ? 'отримано копію документа' : 'документ показали') : 'побачили на місці'),
        'not-seen': (p) => (kindOf(p) === 'demo' ? 'не продемонстрували' : kindOf(p) === 'document' ? 'документ не показали'
          : str(p, 'outcome') === 'not-shown' ? 'не показали' : 'на місці не побачили'),
        'evidence-captured': (p) => (str(p, 'answer') === 'yes' ? 'відповідь: так'
          : kindOf(p) === 'count' && num(p, 'value') !== undefined ? `нараховано ${n(p, 'value')}`
            : kindOf(p) === 'timer' ? `зроблено замірів: ${n(p, 'samples')}`
              : kindOf(p) === 'interview' ? `записано відповідей: ${n(p, 'samples')}` : 'зафіксовано (поріг не задано)'),
        'stated-no': () => 'відповідь: ні',
        'too-few-respondents': (p) => `опитано лише ${n(p, 'asked')} з щонайменше ${n(p, 'min')}: цього замало для перевірки`,
        'document-no-copy': () => 'документ лише показали, а методика вимагає отримати копію',
        'document-date-invalid': (p) => `«${str(p, 'value')}» — не дата (пишіть дд.мм.рррр або рррр-мм-дд)`,
        'document-standard-missing': (p) => `стандарт сертифіката не записано (потрібен ${str(p, 'expected')})`,
        'document-wrong-standard': (p) => `сертифікат видано за ${str(p, 'recorded')}, а потрібен ${str(p, 'expected')}`,
        'recording-received': () => 'запис тестового дзвінка отримано',
        'recording-refused': () => 'підрядник відмовився надати запис тестового дзвінка',
        'recording-pending': (p) => (str(p, 'status') === 'requested'
          ? 'запис тестового дзвінка запитано, але ще не отримано'
          : 'тестовий дзвінок зроблено, запис ще не запитано'),
      };
  }
}

const SENTENCES: Record<Lang, Sentences> = { en: sentences('en'), ru: sentences('ru'), uk: sentences('uk') };

/** One reason as a sentence, e.g. en "counted 184 seats; category A needs more than 200". */
export function formatReason(reason: Reason, lang: Lang): string {
  const sentence = (SENTENCES[lang] ?? SENTENCES.en)[reason.code];
  const text = sentence ? sentence(reason.params) : reason.code;
  const judged = str(reason.params, 'cumulativeFor');
  const from = str(reason.params, 'category');
  if (!judged || !from || judged === from) return text;
  // A lower category's requirement is what failed: say so before the sentence about it.
  return {
    en: `category ${judged} includes what category ${from} needs: ${text}`,
    ru: `категория ${judged} включает требования категории ${from}: ${text}`,
    uk: `категорія ${judged} включає вимоги категорії ${from}: ${text}`,
  }[lang];
}

/** What was found, for the discrepancy table: "184 seats", "not met — the document was not shown". */
const MISMATCH: Record<Lang, { bare: string; seen: (seen: string) => string }> = {
  en: { bare: 'what was seen does not match the claim', seen: (s) => `seen: «${s}», does not match the claim` },
  ru: { bare: 'увиденное не совпадает с заявленным', seen: (s) => `увидели: «${s}», не совпадает с заявленным` },
  uk: { bare: 'побачене не збігається із заявленим', seen: (s) => `побачили: «${s}», не збігається із заявленим` },
};

export function formatFinding(finding: Finding, lang: Lang): string {
  if (finding.type === 'measured') return formatQuantity(finding.value, finding.unit, lang);
  if (finding.type === 'claim-mismatch') return finding.seen?.trim() ? MISMATCH[lang].seen(finding.seen.trim()) : MISMATCH[lang].bare;
  const v = formatVerdict(finding.verdict, lang);
  return finding.reason ? `${v} — ${formatReason(finding.reason, lang)}` : v;
}

/** The evaluator's decision as a reason, so the UI and the dossier render it like any other. */
export function decisionReason(d: Decision): Reason | undefined {
  if (d.type === 'not-applicable') return { code: 'not-applicable', params: { reason: d.reason } };
  if (d.type === 'override' && d.verdict) return { code: 'override', params: { verdict: d.verdict, reason: d.reason } };
  return undefined;
}
