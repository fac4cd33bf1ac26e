import { chainEntries } from '../../renderer/domain/audit/chain';
import { createHash } from 'node:crypto';
import { selectAnswers } from '../../renderer/domain/answers';
import {
  TOOL_STEP, type Answer, type AuditEntry, CallTestData, Claim, CountData, Decision, DocumentData, InterviewData, OutcomeData, Photo, Resolution, StepData,
  TimerData, ValueData, Visit, VisitBundle,
} from '../../renderer/domain/model';
import type { PhotoFile } from '../../renderer/domain/package';
import type { ReportRow } from '../../renderer/domain/report';
import { reportRecord, staffingRecord } from '../../renderer/domain/tools';
import { fitLongSide } from '../../renderer/domain/photo/sizes';
import { pickRandom } from '../../renderer/domain/random/pick';
import { allQuestions, type QuestionInSection } from '../../renderer/domain/template/library';
import type { Category, Step, Template } from '../../renderer/domain/template/schema';
import * as words from './content';
import { encodeJpeg, randomScene } from './images';
import { createRng, type Rng } from './random';

/**
 * A realistic visit for demos, manual testing and benchmarks: every question of the template answered, by
 * several evaluators who sometimes disagree, with claims, random interview picks in the audit log, a call test
 * waiting for its recording, and real JPEG photos in three sizes.
 */
export interface DemoOptions {
  evaluators: number;
  photos: number;
  seed: number;
  /** Size of the originals; report and thumbnail copies are derived like the app derives them. */
  width: number;
  height: number;
  targetCategory?: Category;
  onPhoto?: (done: number, total: number) => void;
}

export interface Demo {
  bundle: VisitBundle;
  /** `${photoId}/${variant}` → bytes */
  files: Map<string, PhotoFile>;
}

interface Who { author: string; device: string }
const stamp = (who: Who, minute: number) => ({ author: who.author, device: who.device, createdAt: iso(minute), updatedAt: iso(minute) });

const VISIT_DAY = '2025-11-12';
// 10:00 in Kyiv (UTC+2 in November).
const START = Date.parse(`${VISIT_DAY}T08:00:00.000Z`);
const iso = (minutes: number) => new Date(START + Math.round(minutes * 60_000)).toISOString();
const localTime = (minutes: number) => new Date(START + minutes * 60_000 + 2 * 3_600_000).toISOString().slice(0, 19);

function near(q: QuestionInSection, target: Category, projectSeats: number, rng: Rng): number | undefined {
  const b = q.rule?.bounds[target] ?? Object.values(q.rule?.bounds ?? {})[0];
  if (!b) return undefined;
  const v = b.value ?? (b.factor ?? 1) * projectSeats;
  return v * (0.8 + rng.next() * 0.45);
}

function respondentsFor(step: Extract<Step, { kind: 'interview' }>, rng: Rng, at: string): { names: string[]; pick?: InterviewData['pick'] } {
  if (step.role === 'agent') {
    const inputs = `1-${rng.pick([96, 120, 150])}`;
    const r = pickRandom(inputs, step.respondents, rng.randomInt);
    if (!r.ok) throw new Error(`demo pick failed: ${r.error.code}`);
    return {
      names: r.picked.map((seat) => `Место ${seat}, ${rng.pick(words.AGENT_NAMES)}`),
      pick: { inputs, poolSize: r.pool.length, picked: r.picked, at },
    };
  }
  const people = words.ROLE_PEOPLE[step.role] ?? ['Сотрудник'];
  return { names: Array.from({ length: step.respondents }, (_, i) => people[i % people.length]) };
}

function dataFor(q: QuestionInSection, step: Step, minute: number, visit: Visit, rng: Rng): { data: StepData; note: string } {
  const at = iso(minute);
  switch (step.kind) {
    case 'count': {
      const total = Math.round(near(q, visit.targetCategory, visit.projectSeats, rng) ?? rng.int(30, 200));
      const names = ['Зал А, 3-й этаж', 'Зал Б, 3-й этаж', 'Переговорна зона, 4-й поверх'];
      const zones = step.zones ? 3 : 1;
      const parts = Array.from({ length: zones }, (_, i) => (i === zones - 1 ? 0 : Math.floor(total / zones) + rng.int(-5, 5)));
      parts[zones - 1] = total - parts.reduce((a, b) => a + b, 0);
      const data: CountData = { zones: parts.map((count, i) => ({ id: `z${i + 1}`, name: names[i], count })) };
      return { data, note: rng.chance(0.5) ? 'Часть мест без гарнитур — не считали.' : '' };
    }
    case 'interview': {
      const who = respondentsFor(step, rng, at);
      const responses: InterviewData['responses'] = who.names.map((respondent) => {
        if (step.answerType === 'number') {
          const n = Math.max(1, Math.round(near(q, visit.targetCategory, visit.projectSeats, rng) ?? rng.int(3, 25)));
          return { respondent, answer: `Говорит, ${n}.`, match: null, number: n };
        }
        if (step.answerType === 'frequency') {
          const f = rng.pick(words.FREQUENCY_ANSWERS);
          return { respondent, answer: f.answer, match: null, frequency: { count: f.count, period: f.period } };
        }
        const a = rng.pick(words.INTERVIEW_ANSWERS[q.id] ?? words.GENERIC_ANSWERS);
        return { respondent, answer: a.answer, match: a.match };
      });
      const data: InterviewData = who.pick ? { pick: who.pick, responses } : { responses };
      return { data, note: '' };
    }
    case 'observe':
    case 'demo': {
      const outcome = rng.next() < 0.75 ? 'seen' : rng.chance(0.4) ? 'not-seen' : 'not-shown';
      const data: OutcomeData = { outcome };
      return { data, note: rng.pick(words.OBSERVE_NOTES[outcome]) };
    }
    case 'document': {
      const outcome = rng.next() < 0.6 ? 'seen' : rng.next() < 0.75 ? 'obtained' : 'not-shown';
      const fields: DocumentData['fields'] = {};
      if (outcome !== 'not-shown') for (const f of step.fields ?? []) fields[f] = rng.pick(words.DOCUMENT_FIELDS[f]);
      const data: DocumentData = { outcome, fields };
      return { data, note: outcome === 'obtained' ? 'Копию прислали на почту.' : '' };
    }
    case 'timer': {
      const median = (near(q, visit.targetCategory, visit.projectSeats, rng) ?? 15) * 1000;
      const data: TimerData = { trials: Array.from({ length: step.trials }, (_, i) => ({ ms: Math.round(median * (0.6 + rng.next() * 0.8)), at: iso(minute + i) })) };
      return { data, note: '' };
    }
    case 'call-test': {
      const data: CallTestData = {
        calledAt: at,
        number: '+380 44 390 12 34',
        callerId: '+380 67 501 23 45',
        recording: 'requested',
        requestedAt: iso(minute + 4),
      };
      return { data, note: 'Звонок принят на 3-м гудке. Запись попросили прислать до конца недели.' };
    }
    case 'value': {
      let data: ValueData;
      if (step.valueType === 'text') data = { text: rng.pick(['Genesys PureConnect 2023 R4', 'Oktell 2.14', 'Naumen Contact Center 7.2']) };
      else if (step.valueType === 'yes-no') data = { yesNo: rng.chance(0.8) };
      else if (step.valueType === 'frequency') data = { frequency: { count: 1, period: rng.pick(['month', 'quarter'] as const) } };
      else data = { number: Math.round(near(q, visit.targetCategory, visit.projectSeats, rng) ?? rng.int(5, 60)) };
      return { data, note: step.valueType === 'percent' ? 'По отчёту отдела кадров за 12 месяцев.' : '' };
    }
  }
}

/** What a second evaluator who saw it differently wrote. */
function variantOf(kind: Step['kind'], data: StepData, rng: Rng): StepData {
  const d = structuredClone(data) as never as Record<string, unknown>;
  switch (kind) {
    case 'count': {
      const c = d as unknown as CountData;
      const z = c.zones[rng.int(0, c.zones.length - 1)];
      z.count = Math.max(0, z.count + rng.pick([-4, -3, -2, 2, 3]));
      return c;
    }
    case 'interview': {
      const i = d as unknown as InterviewData;
      const r = i.responses[rng.int(0, i.responses.length - 1)];
      if (r.number !== undefined) r.number += rng.pick([-3, -2, 2, 4]);
      else if (r.frequency) r.frequency = r.frequency.period === 'month' ? { count: 1, period: 'quarter' } : { count: 2, period: 'month' };
      else r.match = r.match === 'yes' ? 'partly' : 'yes';
      return i;
    }
    case 'observe':
    case 'demo': {
      const o = d as unknown as OutcomeData;
      o.outcome = o.outcome === 'seen' ? 'not-shown' : 'seen';
      return o;
    }
    case 'document': {
      const doc = d as unknown as DocumentData;
      doc.outcome = doc.outcome === 'seen' ? 'obtained' : 'seen';
      return doc;
    }
    case 'timer': {
      const t = d as unknown as TimerData;
      t.trials = t.trials.map((x) => ({ ...x, ms: Math.round(x.ms * (0.7 + rng.next() * 0.6)) }));
      return t;
    }
    case 'call-test':
      return { ...(d as unknown as CallTestData), recording: 'not-requested', requestedAt: undefined };
    case 'value': {
      const v = d as unknown as ValueData;
      if (v.number !== undefined) v.number += rng.pick([-5, 3, 7]);
      else if (v.text !== undefined) v.text = 'Genesys (версию не показали)';
      else if (v.yesNo !== undefined) v.yesNo = !v.yesNo;
      return v;
    }
  }
}

function claimFor(q: QuestionInSection, rng: Rng): string {
  const specific = words.CLAIMS[q.id];
  if (specific) return specific;
  switch (q.claim.type) {
    case 'yes-no': return rng.pick(['Да', 'Так', 'Да, на всех проектах']);
    case 'number': return String(rng.int(5, 50));
    case 'percent': return `${rng.int(20, 45)}%`;
    case 'frequency': return rng.pick(['ежемесячно', 'раз в квартал', 'щотижня']);
    case 'text': return rng.pick(words.TEXT_CLAIMS);
  }
}

export function buildDemo(template: Template, opts: DemoOptions): Demo {
  const rng = createRng(opts.seed);
  const k = Math.max(1, Math.min(opts.evaluators, words.EVALUATORS.length));
  const team: Who[] = words.EVALUATORS.slice(0, k).map((author) => ({ author, device: rng.uuid() }));
  const lead = team[0];

  const visitId = rng.uuid();
  const audit: AuditEntry[] = [];
  const log = (who: Who, minute: number, action: AuditEntry['action'], extra: Partial<AuditEntry> = {}, details: Record<string, unknown> = {}) =>
    audit.push({ id: rng.uuid(), visitId, at: iso(minute), author: who.author, device: who.device, action, details, ...extra });

  const visit: Visit = {
    ...stamp(lead, -24 * 60),
    id: visitId,
    templateId: template.id,
    templateVersion: template.version,
    vendor: words.VENDOR,
    site: words.SITE,
    dateFrom: VISIT_DAY,
    evaluators: team.map((t) => t.author),
    targetCategory: opts.targetCategory ?? 'B',
    projectSeats: 40,
    claimedCategory: 'A',
    archived: false,
    // The demo site is in Kyiv: its times read the same on every machine that opens the package.
    timeZone: 'Europe/Kyiv',
  };
  log(lead, -24 * 60, 'visit-created');

  const questions = allQuestions(template);
  const sectionIndex = new Map(template.sections.map((s, i) => [s.id, i]));
  const claims: Claim[] = questions.map((q, i) => ({ ...stamp(lead, -24 * 60 + 5 + i), id: rng.uuid(), visitId, questionId: q.id, value: claimFor(q, rng) }));

  const answers: Answer[] = [];
  const photoSteps: { q: QuestionInSection; step: Step; who: Who; minute: number }[] = [];
  questions.forEach((q, qi) => {
    const owner = team[(sectionIndex.get(q.sectionId) ?? 0) % k];
    q.steps.forEach((step, si) => {
      const minute = 10 + qi * 9 + si * 3;
      const first = dataFor(q, step, minute, visit, rng);
      const pick = step.kind === 'interview' ? (first.data as InterviewData).pick : undefined;
      if (pick) log(owner, minute, 'random-pick', { questionId: q.id, stepId: step.id }, { inputs: pick.inputs, poolSize: pick.poolSize, picked: pick.picked, requested: pick.picked.length });
      const answer: Answer = { ...stamp(owner, minute), id: rng.uuid(), visitId, questionId: q.id, stepId: step.id, kind: step.kind, data: first.data, note: first.note, rev: 1, history: [] } as Answer;
      if (rng.chance(0.1)) {
        // Edited once after a second look: the first version stays in history.
        const earlier = variantOf(step.kind, first.data as StepData, rng);
        answer.history = [{ rev: 1, updatedAt: iso(minute), author: owner.author, device: owner.device, data: earlier, note: '' }];
        answer.rev = 2;
        answer.updatedAt = iso(minute + 2);
      }
      answers.push(answer);
      if (['observe', 'document', 'demo', 'count'].includes(step.kind)) photoSteps.push({ q, step, who: owner, minute });
      for (const other of team) {
        if (other === owner || !rng.chance(0.35)) continue;
        const agrees = rng.chance(0.5);
        answers.push({
          ...stamp(other, minute + 1),
          id: rng.uuid(),
          visitId,
          questionId: q.id,
          stepId: step.id,
          kind: step.kind,
          data: agrees ? structuredClone(answer.data) : variantOf(step.kind, answer.data as StepData, rng),
          note: agrees ? answer.note : '',
          rev: 1,
          history: [],
        } as Answer);
      }
    });
  });

  const decisions: Decision[] = [];
  const overridden = questions.find((q) => q.id === 'corporate-values') ?? questions[0];
  decisions.push({ ...stamp(lead, 400), id: rng.uuid(), visitId, questionId: overridden.id, type: 'override', verdict: 'partly', reason: 'Ценности знает один оператор из двух; на стенде они есть.' });
  log(lead, 400, 'verdict-override', { questionId: overridden.id }, { verdict: 'partly' });

  const resolutions: Resolution[] = [];
  const open = selectAnswers({ answers, resolutions }).conflicts;
  if (open.length > 1) {
    const c = open[0];
    const chosen = c.answers[0];
    resolutions.push({ ...stamp(lead, 410), id: rng.uuid(), visitId, questionId: c.questionId, stepId: c.stepId, chosenAnswerId: chosen.id, reason: 'Перевірили ще раз разом, залишаємо перший варіант.' });
    log(lead, 410, 'conflict-resolved', { questionId: c.questionId, stepId: c.stepId }, { chosenAnswerId: chosen.id });
  }

  const photos: Photo[] = [];
  const files = new Map<string, PhotoFile>();
  for (let i = 0; i < opts.photos && photoSteps.length; i++) {
    const where = photoSteps[i % photoSteps.length];
    const minute = where.minute + 1 + Math.floor(i / photoSteps.length);
    const scene = randomScene(rng);
    const original = encodeJpeg(scene, opts.width, opts.height, 90);
    const report = fitLongSide(opts.width, opts.height, 1600);
    const thumb = fitLongSide(opts.width, opts.height, 320);
    const id = rng.uuid();
    files.set(`${id}/original`, { bytes: original, width: opts.width, height: opts.height });
    files.set(`${id}/report`, { bytes: encodeJpeg(scene, report.width, report.height, 80), ...report });
    files.set(`${id}/thumb`, { bytes: encodeJpeg(scene, thumb.width, thumb.height, 75), ...thumb });
    const photo: Photo = {
      ...stamp(where.who, minute),
      id,
      visitId,
      questionId: where.q.id,
      stepId: where.step.id,
      sha256: createHash('sha256').update(original).digest('hex'),
      mime: 'image/jpeg',
      size: original.length,
      width: opts.width,
      height: opts.height,
      fileName: `IMG_${VISIT_DAY.replaceAll('-', '')}_${localTime(minute).slice(11).replaceAll(':', '')}_${i + 1}.jpg`,
      source: 'camera',
      takenAt: localTime(minute),
      orientation: 1,
      caption: words.PHOTO_CAPTIONS[i % words.PHOTO_CAPTIONS.length],
      derivatives: 'ready',
      // Numbered in capture order as the app does, so the demo dossier cites "Photo 3" like a real one.
      number: i + 1,
    };
    // As the app writes it: the capture's own record of which original was taken.
    log(where.who, minute, 'photo-added', { questionId: where.q.id, stepId: where.step.id }, { photoId: id, sha256: photo.sha256, size: photo.size, source: photo.source, fileName: photo.fileName ?? null });
    if (i === 2 && opts.photos >= 4) {
      // One blurred shot was deleted and retaken: it stays in the package, marked deleted.
      photo.deleted = { at: iso(minute + 1), by: where.who.author, reason: 'Смазано, переснято.' };
      photo.updatedAt = iso(minute + 1);
      log(where.who, minute + 1, 'photo-deleted', { questionId: where.q.id, stepId: where.step.id }, { photoId: id });
    }
    photos.push(photo);
    opts.onPhoto?.(i + 1, opts.photos);
  }

  // The tools last, so the random draws above stay what they were for a given seed.
  addTools(answers, log, lead, visitId, rng);
  // Linked per device as the app links them, so a demo package's log verifies as intact.
  return { bundle: { visit, claims, answers, decisions, resolutions, photos, audit: chainEntries(audit) }, files };
}

/**
 * A staffing check of the vendor's offer (60 agents for the client's peak hour) and a check of a pilot month's
 * hotline report whose stated S/L leaves abandoned calls out and whose abandon rate drops the short abandons.
 */
function addTools(answers: Answer[], log: (who: Who, minute: number, action: AuditEntry['action'], extra?: Partial<AuditEntry>, details?: Record<string, unknown>) => void, lead: Who, visitId: string, rng: Rng) {
  const staffing = staffingRecord({ calls: 900, intervalMinutes: 60, ahtSeconds: 270, targetPercent: 80, targetSeconds: 20, shrinkagePercent: 30, offered: 60 });
  if (!staffing.ok) throw new Error('demo staffing inputs are invalid');
  const sId = rng.uuid();
  answers.push({ ...stamp(lead, 420), id: sId, visitId, ...TOOL_STEP.staffing, kind: 'staffing', data: staffing.data, note: 'Пиковый час из брифа клиента; предложение — 60 операторов на линии.', rev: 1, history: [] });
  log(lead, 420, 'staffing-checked', TOOL_STEP.staffing, { answerId: sId, rev: 1, agents: staffing.data.result.agents, offered: 60, verdict: staffing.data.result.offered?.verdict });

  const rows: ReportRow[] = [];
  for (let i = 0; i < 48; i++) {
    const busy = i % 24 >= 8 && i % 24 < 20;
    const offered = busy ? 150 + Math.floor(rng.next() * 80) : 40 + Math.floor(rng.next() * 30);
    const abandoned = Math.floor(offered * (0.05 + rng.next() * 0.1));
    const answered = offered - abandoned;
    const agents = busy ? 24 : 8;
    rows.push({
      line: i + 2, label: `${VISIT_DAY.slice(0, 8)}0${1 + Math.floor(i / 24)} ${String(Math.floor((i % 24) / 2) + 8).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
      offered, answered, answeredWithin: Math.floor(answered * (0.7 + rng.next() * 0.2)), abandoned, abandonedShort: Math.floor(abandoned * 0.4),
      talkSeconds: answered * 190, acwSeconds: answered * 35, loggedInSeconds: agents * 1800, waitSeconds: answered * 18,
    });
  }
  const report = reportRecord({
    title: 'Пилотный месяц, горячая линия клиента «Альфа»', thresholdSeconds: 20, intervalMinutes: 30, source: 'csv', fileName: 'alfa-pilot.csv', rows,
    stated: { serviceLevel: 89, lsr: 95, abandonRate: 5, avgTalk: 190, avgAcw: 35, asa: 18 }, definitions: {},
  });
  if (!report.ok) throw new Error('demo report figures are invalid');
  const rId = rng.uuid();
  answers.push({ ...stamp(lead, 430), id: rId, visitId, ...TOOL_STEP['report-check'], kind: 'report-check', data: report.data, note: '', rev: 1, history: [] });
  log(lead, 430, 'report-checked', TOOL_STEP['report-check'], { answerId: rId, rev: 1, title: report.data.title, rows: rows.length, source: 'csv', flags: report.data.result.flags });
}
