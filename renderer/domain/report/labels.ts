import type { Lang } from '../template/schema';
import { INDICATORS, type IndicatorId } from './definitions';

/**
 * The indicators and their definitions in the three UI languages. They live in the domain because the visit's
 * screen and the dossier must name a formula in the same words; the English formula text is the domain's own
 * (definitions.ts), so the CLI, the screen and the dossier never say two different things in English.
 */

const INDICATOR_NAMES: Record<Lang, Record<IndicatorId, string>> = {
  en: {
    serviceLevel: 'Service level (S/L)',
    lsr: 'LSR (share of offered calls answered)',
    abandonRate: 'Abandon rate',
    shortAbandons: 'Callers who gave up within 15 s',
    avgTalk: 'Average talk time',
    avgAcw: 'Average after-call work',
    aht: 'Average handle time (AHT)',
    asa: 'Average wait in queue (ASA)',
    occupancy: 'Occupancy',
    callsPerAgent: 'Calls handled per agent',
    callsPerAgentHour: 'Calls per logged-in hour',
    agentHours: 'Agent working time',
  },
  ru: {
    serviceLevel: 'Уровень сервиса (S/L)',
    lsr: 'LSR (доля принятых из поступивших)',
    abandonRate: 'Доля потерянных вызовов',
    shortAbandons: 'Положили трубку в первые 15 с',
    avgTalk: 'Среднее время разговора',
    avgAcw: 'Среднее время поствызывной обработки',
    aht: 'Среднее время обработки (AHT)',
    asa: 'Среднее ожидание в очереди (ASA)',
    occupancy: 'Занятость операторов',
    callsPerAgent: 'Принято вызовов на оператора',
    callsPerAgentHour: 'Вызовов на час в системе',
    agentHours: 'Рабочее время операторов',
  },
  uk: {
    serviceLevel: 'Рівень сервісу (S/L)',
    lsr: 'LSR (частка прийнятих із тих, що надійшли)',
    abandonRate: 'Частка втрачених викликів',
    shortAbandons: 'Поклали слухавку в перші 15 с',
    avgTalk: 'Середній час розмови',
    avgAcw: 'Середній час поствикликової обробки',
    aht: 'Середній час обробки (AHT)',
    asa: 'Середнє очікування в черзі (ASA)',
    occupancy: 'Зайнятість операторів',
    callsPerAgent: 'Прийнято викликів на оператора',
    callsPerAgentHour: 'Викликів на годину в системі',
    agentHours: 'Робочий час операторів',
  },
};

/** Formulas by `indicator.definition`; English comes from definitions.ts. */
const FORMULAS: Record<'ru' | 'uk', Record<string, string>> = {
  ru: {
    'serviceLevel.all-offered': 'принятые за T ÷ поступившие × 100 (каждый потерянный вызов считается пропущенным)',
    'serviceLevel.short-excluded': 'принятые за T ÷ (поступившие − потерянные в первые 15 с) × 100',
    'serviceLevel.answered-only': 'принятые за T ÷ принятые × 100 (потерянные вызовы не учитываются)',
    'lsr.all-offered': 'принятые ÷ поступившие × 100',
    'lsr.short-excluded': 'принятые ÷ (поступившие − потерянные в первые 15 с) × 100',
    'abandonRate.all-abandons': 'потерянные ÷ поступившие × 100 (потерянные в первые 15 с включены)',
    'abandonRate.short-excluded': '(потерянные − потерянные в первые 15 с) ÷ (поступившие − потерянные в первые 15 с) × 100',
    'shortAbandons.count': 'позвонившие, которые положили трубку в первые 15 с ожидания (сумма по интервалам)',
    'avgTalk.per-answered': 'время разговоров ÷ принятые',
    'avgAcw.per-answered': 'время поствызывной обработки ÷ принятые',
    'aht.talk-plus-acw': '(время разговоров + поствызывная обработка) ÷ принятые',
    'aht.talk-only': 'время разговоров ÷ принятые (без поствызывной обработки)',
    'asa.per-answered': 'время в очереди принятых вызовов ÷ принятые',
    'occupancy.handle-over-logged-in': '(разговоры + поствызывная обработка) ÷ время операторов в системе × 100',
    'callsPerAgent.per-headcount': 'принятые ÷ операторов на проекте',
    'callsPerAgentHour.per-logged-in-hour': 'принятые ÷ часы операторов в системе',
    'agentHours.logged-in': 'время операторов в системе в часах (операторов в системе × длина интервала, сумма)',
  },
  uk: {
    'serviceLevel.all-offered': 'прийняті за T ÷ ті, що надійшли × 100 (кожен втрачений виклик вважається пропущеним)',
    'serviceLevel.short-excluded': 'прийняті за T ÷ (ті, що надійшли − втрачені в перші 15 с) × 100',
    'serviceLevel.answered-only': 'прийняті за T ÷ прийняті × 100 (втрачені виклики не враховуються)',
    'lsr.all-offered': 'прийняті ÷ ті, що надійшли × 100',
    'lsr.short-excluded': 'прийняті ÷ (ті, що надійшли − втрачені в перші 15 с) × 100',
    'abandonRate.all-abandons': 'втрачені ÷ ті, що надійшли × 100 (втрачені в перші 15 с включено)',
    'abandonRate.short-excluded': '(втрачені − втрачені в перші 15 с) ÷ (ті, що надійшли − втрачені в перші 15 с) × 100',
    'shortAbandons.count': 'абоненти, які поклали слухавку в перші 15 с очікування (сума за інтервалами)',
    'avgTalk.per-answered': 'час розмов ÷ прийняті',
    'avgAcw.per-answered': 'час поствикликової обробки ÷ прийняті',
    'aht.talk-plus-acw': '(час розмов + поствикликова обробка) ÷ прийняті',
    'aht.talk-only': 'час розмов ÷ прийняті (без поствикликової обробки)',
    'asa.per-answered': 'час у черзі прийнятих викликів ÷ прийняті',
    'occupancy.handle-over-logged-in': '(розмови + поствикликова обробка) ÷ час операторів у системі × 100',
    'callsPerAgent.per-headcount': 'прийняті ÷ операторів на проєкті',
    'callsPerAgentHour.per-logged-in-hour': 'прийняті ÷ години операторів у системі',
    'agentHours.logged-in': 'час операторів у системі в годинах (операторів у системі × тривалість інтервалу, сума)',
  },
};

const INTERVAL_MEAN: Record<Lang, string> = {
  en: 'unweighted mean of the intervals',
  ru: 'невзвешенное среднее по интервалам',
  uk: 'незважене середнє за інтервалами',
};

export function indicatorName(id: IndicatorId, lang: Lang): string {
  return INDICATOR_NAMES[lang][id];
}

/** The formula of one definition in `lang`; `interval-mean` is the check's own explanation, not a definition. */
export function definitionFormula(id: IndicatorId, definition: string, lang: Lang): string {
  if (definition === 'interval-mean') return INTERVAL_MEAN[lang];
  const english = INDICATORS.find((i) => i.id === id)?.definitions.find((d) => d.id === definition)?.formula;
  if (lang === 'en') return english ?? definition;
  return FORMULAS[lang][`${id}.${definition}`] ?? english ?? definition;
}
