import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer, AuditEntry, Claim, Decision, Photo, Verdict, Visit, VisitBundle } from '../../../../renderer/domain/model';
import { template as templateSchema, type Category, type Localized, type Question, type Step, type Template } from '../../../../renderer/domain/template/schema';
import type { CategoryVerdict, QuestionResult, Reason, VisitEvaluation } from '../../../../renderer/domain/verdict/types';
import type { PhotoCheck } from '../../../../renderer/domain/dossier/types';

/**
 * A constructed 33-question template (our own short wording of the methodology's questions), a visit that
 * answers it, and evaluations built by hand, so dossier tests do not depend on the verdict engine.
 */

const L = (ru: string, uk: string, en: string): Localized => ({ ru, uk, en });

type Kind = Step['kind'];
const STEP: Record<Kind, (qid: string, i: number) => Step> = {
  count: (_q, i) => ({ id: `s${i}`, kind: 'count', prompt: L('Посчитайте рабочие места по залам', 'Порахуйте робочі місця по залах', 'Count the seats in each room'), unit: L('мест', 'місць', 'seats'), zones: true }),
  interview: (q, i) => ({
    id: `s${i}`, kind: 'interview', role: 'agent', respondents: 2,
    prompt: L('Спросите двух случайно выбранных операторов', 'Запитайте двох випадково обраних операторів', 'Ask two randomly picked agents'),
    question: L(`Как это устроено у вас (${q})?`, `Як це влаштовано у вас (${q})?`, `How does this work for you (${q})?`),
    reference: L('Ответ совпадает с документом компании', 'Відповідь збігається з документом компанії', 'The answer matches the company document'),
  }),
  observe: (_q, i) => ({ id: `s${i}`, kind: 'observe', prompt: L('Осмотрите на месте', 'Огляньте на місці', 'Look on site') }),
  demo: (_q, i) => ({ id: `s${i}`, kind: 'demo', prompt: L('Попросите показать в системе', 'Попросіть показати в системі', 'Ask for a demonstration in the system') }),
  document: (_q, i) => ({ id: `s${i}`, kind: 'document', docType: 'certificate', prompt: L('Посмотрите документ', 'Перегляньте документ', 'Inspect the document'), fields: ['standard', 'issuer', 'number', 'validUntil'] }),
  timer: (_q, i) => ({ id: `s${i}`, kind: 'timer', trials: 3, prompt: L('Засеките время поиска ответа', 'Засічіть час пошуку відповіді', 'Time how long finding an answer takes') }),
  'call-test': (_q, i) => ({ id: `s${i}`, kind: 'call-test', prompt: L('Позвоните на линию и запросите запись', 'Зателефонуйте на лінію й запросіть запис', 'Call the line and ask for the recording') }),
  value: (_q, i) => ({ id: `s${i}`, kind: 'value', valueType: 'number', prompt: L('Запишите показатель', 'Запишіть показник', 'Write down the figure'), unit: L('звонков', 'дзвінків', 'calls') }),
};

interface Q { id: string; cats: Category[]; title: Localized; kinds: Kind[] }
const SECTIONS: { id: string; title: Localized; questions: Q[] }[] = [
  { id: 'general', title: L('Общие сведения о компании', 'Загальні відомості про компанію', 'Company overview'), questions: [
    { id: 'seats', cats: ['A', 'B', 'C'], title: L('Количество рабочих мест операторов', 'Кількість робочих місць операторів', 'Number of agent seats'), kinds: ['count', 'value'] },
  ] },
  { id: 'governance', title: L('Корпоративное управление', 'Корпоративне управління', 'Corporate governance'), questions: [
    { id: 'values', cats: ['A'], title: L('Корпоративные ценности', 'Корпоративні цінності', 'Corporate values'), kinds: ['document', 'interview'] },
    { id: 'top-management', cats: ['A', 'B'], title: L('Опыт топ-менеджмента', 'Досвід топ-менеджменту', 'Top management experience'), kinds: ['document'] },
  ] },
  { id: 'staff', title: L('Подбор и обучение персонала', 'Добір і навчання персоналу', 'Hiring and training'), questions: [
    { id: 'candidates', cats: ['A', 'B', 'C'], title: L('Требования к кандидатам', 'Вимоги до кандидатів', 'Candidate requirements'), kinds: ['document', 'interview'] },
    { id: 'selection', cats: ['A', 'B', 'C'], title: L('Процесс отбора', 'Процес відбору', 'Selection process'), kinds: ['document'] },
    { id: 'induction', cats: ['A', 'B', 'C'], title: L('Вводное обучение', 'Вступне навчання', 'Induction training'), kinds: ['document', 'interview'] },
    { id: 'training-strategy', cats: ['A', 'B'], title: L('Стратегия обучения', 'Стратегія навчання', 'Training strategy'), kinds: ['document'] },
    { id: 'development', cats: ['A'], title: L('Дополнительное развитие операторов', 'Додатковий розвиток операторів', 'Further development of agents'), kinds: ['document'] },
    { id: 'coaching', cats: ['A', 'B', 'C'], title: L('Коучинг супервайзером', 'Коучинг супервайзером', 'Coaching by supervisors'), kinds: ['interview'] },
    { id: 'span', cats: ['A', 'B', 'C'], title: L('Операторов на одного супервайзера', 'Операторів на одного супервайзера', 'Agents per supervisor'), kinds: ['value'] },
  ] },
  { id: 'motivation', title: L('Мотивация и удержание', 'Мотивація й утримання', 'Motivation and retention'), questions: [
    { id: 'team-building', cats: ['A'], title: L('Тимбилдинг', 'Тімбілдинг', 'Team building'), kinds: ['document'] },
    { id: 'loyalty', cats: ['A', 'B'], title: L('Программы лояльности персонала', 'Програми лояльності персоналу', 'Staff loyalty programmes'), kinds: ['document', 'interview'] },
    { id: 'turnover', cats: ['A', 'B', 'C'], title: L('Текучесть персонала', 'Плинність персоналу', 'Staff turnover'), kinds: ['value'] },
    { id: 'satisfaction', cats: ['A', 'B'], title: L('Удовлетворённость сотрудников', 'Задоволеність працівників', 'Employee satisfaction'), kinds: ['document'] },
  ] },
  { id: 'quality', title: L('Контроль качества', 'Контроль якості', 'Quality control'), questions: [
    { id: 'testing', cats: ['A', 'B'], title: L('Регулярное тестирование знаний', 'Регулярне тестування знань', 'Regular knowledge testing'), kinds: ['document', 'interview'] },
    { id: 'auto-testing', cats: ['A'], title: L('Автоматизированное тестирование с отчётами заказчику', 'Автоматизоване тестування зі звітами замовнику', 'Automated testing reported to the client'), kinds: ['demo'] },
    { id: 'fcr', cats: ['A', 'B'], title: L('Измерение FCR и удовлетворённости клиентов', 'Вимірювання FCR і задоволеності клієнтів', 'FCR and customer satisfaction measurement'), kinds: ['document'] },
    { id: 'csat-auto', cats: ['A'], title: L('Автоматизированный опрос клиентов', 'Автоматизоване опитування клієнтів', 'Automated customer survey'), kinds: ['demo'] },
    { id: 'monitoring-calls', cats: ['A', 'B', 'C'], title: L('Прослушивание звонков', 'Прослуховування дзвінків', 'Call monitoring'), kinds: ['document'] },
  ] },
  { id: 'it', title: L('ИТ и инфраструктура', 'ІТ та інфраструктура', 'IT and infrastructure'), questions: [
    { id: 'platform', cats: ['A', 'B'], title: L('Система контакт-центра', 'Система контакт-центру', 'Contact-centre platform'), kinds: ['observe'] },
    { id: 'vendor-support', cats: ['A'], title: L('Техподдержка от вендора', 'Техпідтримка від вендора', 'Vendor support contract'), kinds: ['document'] },
    { id: 'recording', cats: ['A', 'B', 'C'], title: L('Запись всех разговоров', 'Запис усіх розмов', 'Recording of all calls'), kinds: ['call-test'] },
    { id: 'screen-recording', cats: ['A'], title: L('Запись экранов операторов', 'Запис екранів операторів', 'Agent screen recording'), kinds: ['demo'] },
    { id: 'generator', cats: ['A'], title: L('Дизель-генератор', 'Дизель-генератор', 'Diesel generator'), kinds: ['observe'] },
    { id: 'security-standard', cats: ['A'], title: L('Стандарт информационной безопасности', 'Стандарт інформаційної безпеки', 'Information security standard'), kinds: ['document'] },
    { id: 'security-awareness', cats: ['A'], title: L('Знание политик безопасности', 'Знання політик безпеки', 'Staff awareness of security policies'), kinds: ['interview'] },
  ] },
  { id: 'knowledge', title: L('Знания и планирование', 'Знання та планування', 'Knowledge and planning'), questions: [
    { id: 'knowledge-base', cats: ['A', 'B', 'C'], title: L('База знаний', 'База знань', 'Knowledge base'), kinds: ['demo'] },
    { id: 'kb-speed', cats: ['A', 'B'], title: L('Скорость поиска в базе знаний', 'Швидкість пошуку в базі знань', 'Knowledge base search speed'), kinds: ['timer'] },
    { id: 'wfm', cats: ['A'], title: L('Планирование смен (WFM)', 'Планування змін (WFM)', 'Workforce management'), kinds: ['demo'] },
    { id: 'realtime', cats: ['A'], title: L('Мониторинг в реальном времени', 'Моніторинг у реальному часі', 'Real-time monitoring'), kinds: ['observe'] },
  ] },
  { id: 'account', title: L('Процессы и работа с заказчиком', 'Процеси та робота із замовником', 'Processes and account management'), questions: [
    { id: 'account-manager', cats: ['A', 'B', 'C'], title: L('Выделенный аккаунт-менеджер', 'Виділений акаунт-менеджер', 'Dedicated account manager'), kinds: ['interview'] },
    { id: 'reporting', cats: ['A', 'B', 'C'], title: L('Отчётность для заказчика', 'Звітність для замовника', 'Reporting to the client'), kinds: ['document'] },
    { id: 'launch', cats: ['A', 'B'], title: L('Процесс запуска проекта', 'Процес запуску проєкту', 'Project launch process'), kinds: ['document'] },
  ] },
];

export function constructedTemplate(): Template {
  let n = 0;
  const t: Template = {
    format: 'siteproof-template',
    formatVersion: 1,
    id: 'callcenter-inbound',
    version: '1.0.0',
    title: L('Проверка аутсорсингового контакт-центра (входящая линия)', 'Перевірка аутсорсингового контакт-центру (вхідна лінія)', 'Outsourced contact centre check (inbound line)'),
    description: L('33 вопроса', '33 питання', '33 questions'),
    sections: SECTIONS.map((sec) => ({
      id: sec.id,
      title: sec.title,
      questions: sec.questions.map((q): Question => {
        n += 1;
        return {
          id: q.id,
          number: n,
          categories: q.cats,
          title: q.title,
          ask: L('Вопрос поставщику', 'Питання постачальнику', 'Question to the vendor'),
          why: L(
            `Это показывает, насколько зрелы процессы поставщика (вопрос ${n}); заказчик видит реальную картину, а не обещания.`,
            `Це показує, наскільки зрілі процеси постачальника (питання ${n}); замовник бачить реальну картину, а не обіцянки.`,
            `It shows how mature the vendor's processes are (question ${n}); the client sees the real picture, not promises.`,
          ),
          recommended: Object.fromEntries(q.cats.map((c) => [c, L(`Рекомендация для категории ${c}`, `Рекомендація для категорії ${c}`, `Recommendation for category ${c}`)])),
          claim: { type: 'text' },
          ...(q.id === 'seats' ? { rule: { type: 'threshold' as const, step: 's0', measure: 'total' as const, unit: 'seats' as const, bounds: { A: { op: '>' as const, value: 200 }, B: { op: '>' as const, value: 90 }, C: { op: '>=' as const, factor: 2, of: 'projectSeats' as const } } } } : {}),
          steps: q.kinds.map((k, i) => STEP[k](q.id, i)),
        };
      }),
    })),
  };
  return templateSchema.parse(t);
}

/** The shipped template when the library has it, else the constructed one. */
export function testTemplate(): Template {
  const path = join(process.cwd(), 'templates', 'callcenter-inbound.json');
  if (existsSync(path)) {
    const parsed = templateSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) return parsed.data;
  }
  return constructedTemplate();
}

export const allQuestions = (t: Template) => t.sections.flatMap((s) => s.questions);

export const VISIT_ID = '5b0c8a8e-1d1e-4f8e-9c3a-000000000001';
const T0 = Date.parse('2025-03-12T07:30:00.000Z');
export const at = (min: number) => new Date(T0 + min * 60_000).toISOString();
export const OLENA = { author: 'Олена Ковальчук', device: 'laptop-olena-7f3a' };
export const IGOR = { author: 'Игорь Соколов', device: 'laptop-igor-19c2' };
const stamp = (who: { author: string; device: string }, min: number) => ({ ...who, createdAt: at(min), updatedAt: at(min) });

export function visit(over: Partial<Visit> = {}): Visit {
  return {
    ...stamp(OLENA, 0),
    id: VISIT_ID,
    templateId: 'callcenter-inbound',
    templateVersion: '1.0.0',
    vendor: 'ТОВ «Контакт-Сервіс Київ» № 2',
    site: 'Київ, вул. Ярославська, 12',
    dateFrom: '2025-03-12',
    dateTo: '2025-03-13',
    evaluators: ['Олена Ковальчук', 'Игорь Соколов'],
    targetCategory: 'A',
    projectSeats: 40,
    claimedCategory: 'A',
    archived: false,
    ...over,
  };
}

let seq = 0;
const id = (p: string) => `${p}-${String(++seq).padStart(4, '0')}`;

/** Interviews that feed a rule record a number or a frequency per respondent. */
function extra(step: Step, i: number) {
  if (step.kind !== 'interview') return {};
  if (step.answerType === 'number') return { number: [12, 15][i] };
  if (step.answerType === 'frequency') return { frequency: { count: [2, 1][i], period: 'month' as const } };
  return {};
}

function answerFor(q: Question, step: Step, min: number, who = OLENA): Answer {
  const base = { ...stamp(who, min), id: id('ans'), visitId: VISIT_ID, questionId: q.id, stepId: step.id, note: '', rev: 1, history: [] };
  switch (step.kind) {
    case 'count':
      return { ...base, kind: 'count', data: { zones: [{ id: 'z1', name: 'Зал 1 (2 этаж)', count: 96 }, { id: 'z2', name: 'Зал 2', count: 88 }] }, note: 'Часть мест без гарнитур' };
    case 'interview':
      return { ...base, kind: 'interview', data: {
        pick: { inputs: 'табельные 1–57', poolSize: 57, picked: ['14', '38'], at: at(min - 1) },
        responses: [
          { respondent: 'Оператор № 14', answer: 'Знаю ценности, є плакати в залі', match: 'yes', ...extra(step, 0) },
          { respondent: 'Оператор № 38', answer: 'Не смог назвать', match: 'no', ...extra(step, 1) },
        ],
      } };
    case 'observe':
      return { ...base, kind: 'observe', data: { outcome: 'seen' } };
    case 'demo':
      return { ...base, kind: 'demo', data: { outcome: 'not-shown' } };
    case 'document':
      return { ...base, kind: 'document', data: { outcome: 'seen', fields: { standard: 'ISO/IEC 27001:2013', issuer: 'Bureau Veritas', number: 'UA-2291', validUntil: '2024-11-30' } } };
    case 'timer':
      return { ...base, kind: 'timer', data: { trials: [{ ms: 8400, at: at(min) }, { ms: 12900, at: at(min + 1) }, { ms: 10100, at: at(min + 2) }] } };
    case 'call-test':
      return { ...base, kind: 'call-test', data: { calledAt: at(min), number: '+380 44 200 00 00', callerId: '+380 67 000 11 22', recording: 'requested', requestedAt: at(min + 3) } };
    case 'value':
      switch (step.valueType) {
        case 'percent': return { ...base, kind: 'value', data: { number: 18 } };
        case 'frequency': return { ...base, kind: 'value', data: { frequency: { count: 2, period: 'month' } } };
        case 'text': return { ...base, kind: 'value', data: { text: 'Avaya Aura 8.1' } };
        case 'yes-no': return { ...base, kind: 'value', data: { yesNo: true } };
        default: return { ...base, kind: 'value', data: { number: 1250 } };
      }
  }
}

export interface PhotoSpec { questionId: string; stepId?: string; caption?: string; width?: number; height?: number; author?: typeof OLENA; deleted?: boolean }

/** A bundle that answers every step except those listed, with photos as specified. */
export function bundle(template: Template, opts: { unanswered?: string[]; photos?: PhotoSpec[]; visit?: Partial<Visit>; decisions?: Decision[] } = {}): VisitBundle {
  seq = 0;
  const answers: Answer[] = [];
  const claims: Claim[] = [];
  let min = 10;
  for (const q of allQuestions(template)) {
    if (opts.unanswered?.includes(q.id)) continue;
    for (const st of q.steps) answers.push(answerFor(q, st, (min += 2)));
    claims.push({ ...stamp(IGOR, 1), id: id('claim'), visitId: VISIT_ID, questionId: q.id, value: q.number === 1 ? '250' : 'Да, есть' });
  }
  const photos: Photo[] = (opts.photos ?? []).map((p, i) => ({
    ...stamp(p.author ?? OLENA, 100 + i),
    id: `photo-${String(i + 1).padStart(3, '0')}-${p.questionId}`,
    visitId: VISIT_ID,
    questionId: p.questionId,
    stepId: p.stepId ?? 's0',
    sha256: (i + 1).toString(16).padStart(2, '0').repeat(32),
    mime: 'image/jpeg',
    size: 1_000_000,
    width: p.width ?? 1600,
    height: p.height ?? 1200,
    source: 'camera',
    takenAt: `2025-03-12T10:${String(10 + (i % 50)).padStart(2, '0')}:00`,
    orientation: 1,
    caption: p.caption ?? `Зал 1, ряд ${i + 1}: «робочі місця» № ${i + 1}`,
    derivatives: 'ready',
    ...(p.deleted ? { deleted: { at: at(300), by: IGOR.author, reason: 'Дубль' } } : {}),
  }));
  const interviewQ = allQuestions(template).find((q) => q.steps.some((st) => st.kind === 'interview'))!;
  const interviewStep = interviewQ.steps.find((st) => st.kind === 'interview')!.id;
  const audit: AuditEntry[] = [
    { id: id('audit'), visitId: VISIT_ID, at: at(0), ...OLENA, action: 'visit-created', details: {} },
    { id: id('audit'), visitId: VISIT_ID, at: at(20), ...OLENA, action: 'random-pick', questionId: interviewQ.id, stepId: interviewStep, details: { inputs: 'табельные 1–57', poolSize: 57, picked: ['14', '38'] } },
    { id: id('audit'), visitId: VISIT_ID, at: at(200), ...IGOR, action: 'verdict-override', questionId: allQuestions(template)[19].id, details: { from: 'meets', to: 'partly' } },
    { id: id('audit'), visitId: VISIT_ID, at: at(300), ...IGOR, action: 'photo-deleted', details: { reason: 'Дубль' } },
  ];
  return { visit: visit(opts.visit), claims, answers, decisions: opts.decisions ?? [], resolutions: [], photos, audit };
}

const reason = (code: Reason['code'], params: Reason['params'] = {}): Reason => ({ code, params });

/** Plain-text stand-in for the engine's formatReason, enough to see that the dossier uses it. */
export const formatReasonStub = (r: Reason, lang: string) => `{${lang}:${r.code}${Object.keys(r.params).length ? ` ${JSON.stringify(r.params)}` : ''}}`;

export interface EvalSpec {
  verdicts?: Record<string, Verdict>;
  notApplicable?: Record<string, Decision>;
  overrides?: Record<string, { decision: Decision; suggested: Verdict }>;
  open?: string[];
  conflicts?: Record<string, number>;
  discrepancies?: VisitEvaluation['discrepancies'];
  followUps?: VisitEvaluation['followUps'];
}

const RANK: Category[] = ['C', 'B', 'A'];

/**
 * An evaluation as the engine would produce it for a given set of verdicts (default: everything met):
 * a question applies when its categories include the target; a category is reached when it and every lower
 * category have all their applicable questions met.
 */
export function evaluation(template: Template, b: VisitBundle, spec: EvalSpec = {}): VisitEvaluation {
  const target = b.visit.targetCategory;
  const results: QuestionResult[] = template.sections.flatMap((sec) => sec.questions.map((q): QuestionResult => {
    const applicable = q.categories.includes(target);
    const na = spec.notApplicable?.[q.id];
    const ov = spec.overrides?.[q.id];
    const effective = ov ? (ov.decision.verdict as Verdict) : (spec.verdicts?.[q.id] ?? 'meets');
    const suggested = ov ? ov.suggested : effective;
    return {
      question: q,
      sectionId: sec.id,
      applicable,
      suggested,
      reason: !applicable ? reason('not-applicable') : suggested === 'meets' ? reason('all-seen') : reason('missing-evidence', { step: q.steps[0].id }),
      ...(q.id === 'seats' ? { measurement: { value: 184, unit: 'seats' as const, measure: 'total' as const, samples: 2 } } : {}),
      effective,
      ...(ov ? { override: ov.decision } : {}),
      ...(na ? { notApplicable: na } : {}),
      status: !applicable || na ? 'n/a' : spec.open?.includes(q.id) ? 'open' : 'done',
      conflicts: spec.conflicts?.[q.id] ?? 0,
    };
  }));
  const counts: Record<Verdict, number> = { meets: 0, partly: 0, 'not-met': 0, 'not-verified': 0 };
  for (const r of results) if (r.applicable && !r.notApplicable) counts[r.effective] += 1;
  const categories: CategoryVerdict[] = RANK.map((cat) => {
    const blockers = results.filter((r) => r.question.categories.includes(cat) && !r.notApplicable && r.effective !== 'meets')
      .map((r) => ({ questionId: r.question.id, category: cat, verdict: r.effective, reason: r.reason }));
    const status = !blockers.length ? 'met' as const : blockers.some((x) => x.verdict === 'not-met' || x.verdict === 'partly') ? 'not-met' as const : 'not-verified' as const;
    return { category: cat, reached: blockers.length === 0, status, blocking: blockers.map((x) => x.questionId), blockers };
  });
  let verified: Category | null = null;
  for (const cat of RANK) {
    const cv = categories.find((c) => c.category === cat)!;
    if (!cv.reached) break;
    verified = cat;
  }
  const done = results.filter((r) => r.status === 'done').length;
  const na = results.filter((r) => r.status === 'n/a').length;
  return {
    results,
    verified,
    claimed: b.visit.claimedCategory,
    categories,
    counts,
    discrepancies: spec.discrepancies ?? [],
    followUps: spec.followUps ?? [],
    progress: { done, open: results.length - done - na, na, total: results.length },
    openConflicts: Object.values(spec.conflicts ?? {}).reduce((a, n) => a + n, 0),
    tools: { discrepancies: [] },
  };
}

export function decision(questionId: string, type: Decision['type'], reasonText: string, verdict?: Verdict): Decision {
  return { ...stamp(IGOR, 250), id: id('dec'), visitId: VISIT_ID, questionId, type, reason: reasonText, ...(verdict ? { verdict } : {}) };
}

export function checks(b: VisitBundle, over: Record<string, PhotoCheck> = {}): Map<string, PhotoCheck> {
  return new Map(b.photos.map((p) => [p.id, over[p.id] ?? { status: 'ok', report: true }]));
}
