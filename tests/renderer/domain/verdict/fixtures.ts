import type {
  Answer, AnswerDataByKind, AnswerKind, Claim, Decision, Resolution, Visit, VisitBundle,
} from '../../../../renderer/domain/model';
import type { Category, Localized, Question, Rule, Step, Template } from '../../../../renderer/domain/template/schema';
import { loadTemplate } from '../../../../renderer/domain/template/validate';

/** Small templates and visits built in code, checked against the real template schema so they stay honest. */

export const L = (text: string): Localized => ({ ru: `${text} (ru)`, uk: `${text} (uk)`, en: text });

let seq = 0;
const nextId = (prefix: string) => `${prefix}-${++seq}`;
const stamp = (at = '2025-03-10T10:00:00.000Z', author = 'olena') => ({ author, device: `${author}-laptop`, createdAt: at, updatedAt: at });

export function question(q: {
  id: string;
  number?: number;
  categories?: Category[];
  steps: Step[];
  rule?: Rule;
  claim?: Question['claim'];
}): Question {
  const categories = q.categories ?? ['A', 'B', 'C'];
  return {
    id: q.id,
    number: q.number ?? ++seq,
    categories,
    title: L(`Title of ${q.id}`),
    ask: L(`Ask ${q.id}`),
    why: L(`Why ${q.id}`),
    recommended: Object.fromEntries(categories.map((c) => [c, L(`Recommended for ${c}`)])),
    claim: q.claim ?? { type: 'text' },
    ...(q.rule ? { rule: q.rule } : {}),
    steps: q.steps,
  };
}

export const steps = {
  count: (id = 'count', extra: Partial<Step> = {}): Step => ({ id, kind: 'count', prompt: L('Count'), unit: L('seats'), ...extra }) as Step,
  observe: (id = 'look', extra: Partial<Step> = {}): Step => ({ id, kind: 'observe', prompt: L('Look'), ...extra }) as Step,
  demo: (id = 'demo', extra: Partial<Step> = {}): Step => ({ id, kind: 'demo', prompt: L('Show me'), ...extra }) as Step,
  document: (id = 'doc', docType: 'certificate' | 'contract' = 'certificate', extra: Partial<Step> = {}): Step =>
    ({ id, kind: 'document', prompt: L('Paper'), docType, fields: ['standard', 'validUntil'], ...extra }) as Step,
  interview: (id = 'ask', extra: Partial<Extract<Step, { kind: 'interview' }>> = {}): Step =>
    ({ id, kind: 'interview', prompt: L('Ask'), role: 'agent', respondents: 2, question: L('Question?'), ...extra }) as Step,
  timer: (id = 'time', trials = 3, extra: Partial<Step> = {}): Step => ({ id, kind: 'timer', prompt: L('Time it'), trials, ...extra }) as Step,
  callTest: (id = 'call', extra: Partial<Step> = {}): Step => ({ id, kind: 'call-test', prompt: L('Call'), ...extra }) as Step,
  value: (id = 'value', valueType: Extract<Step, { kind: 'value' }>['valueType'] = 'number', extra: Partial<Step> = {}): Step =>
    ({ id, kind: 'value', prompt: L('Value'), valueType, ...extra }) as Step,
};

/** The seat rule from the methodology: more than 200 for A, more than 90 for B, at least twice the project for C. */
export const seatRule: Rule = {
  type: 'threshold', step: 'count', measure: 'total', unit: 'seats',
  bounds: { A: { op: '>', value: 200 }, B: { op: '>', value: 90 }, C: { op: '>=', factor: 2, of: 'projectSeats' } },
};

export const seatsQuestion = (extraSteps: Step[] = []) => question({
  id: 'seats', number: 1, steps: [steps.count(), ...extraSteps], rule: seatRule, claim: { type: 'number', unit: L('seats') },
});

export function template(questions: Question[] | { id: string; questions: Question[] }[]): Template {
  const sections = (questions as unknown[]).every((x) => (x as { questions?: unknown }).questions)
    ? (questions as { id: string; questions: Question[] }[]).map((s) => ({ id: s.id, title: L(s.id), questions: s.questions }))
    : [{ id: 'main', title: L('Main'), questions: questions as Question[] }];
  const t: Template = {
    format: 'siteproof-template', formatVersion: 1, id: 'test-template', version: '1.0.0',
    title: L('Test template'), description: L('Built in a test'), sections,
  };
  const checked = loadTemplate(t, 'fixture');
  if (!checked.ok) throw new Error(`fixture template is invalid:\n${checked.errors.join('\n')}`);
  return checked.template;
}

export function visit(extra: Partial<Visit> = {}): Visit {
  return {
    id: 'visit-1', templateId: 'test-template', templateVersion: '1.0.0', vendor: 'Vendor', site: 'Kyiv',
    dateFrom: '2025-03-10', evaluators: ['olena', 'ivan'], targetCategory: 'A', projectSeats: 30, archived: false,
    ...stamp(), ...extra,
  };
}

export function answer<K extends AnswerKind>(
  questionId: string, stepId: string, kind: K, data: AnswerDataByKind[K],
  extra: { at?: string; author?: string; id?: string; note?: string } = {},
): Answer {
  return {
    id: extra.id ?? nextId('answer'), visitId: 'visit-1', questionId, stepId, kind, data, note: extra.note ?? '',
    rev: 1, history: [], ...stamp(extra.at, extra.author),
  } as Answer;
}

export const count = (questionId: string, ...counts: number[]) =>
  answer(questionId, 'count', 'count', { zones: counts.map((c, i) => ({ id: `z${i}`, name: `Hall ${i + 1}`, count: c })) });

export function decision(questionId: string, type: Decision['type'], extra: Partial<Decision> = {}): Decision {
  return { id: nextId('decision'), visitId: 'visit-1', questionId, type, reason: 'because', ...stamp(extra.updatedAt), ...extra };
}

export function claim(questionId: string, value: string, at?: string): Claim {
  return { id: nextId('claim'), visitId: 'visit-1', questionId, value, ...stamp(at) };
}

export function resolution(questionId: string, stepId: string, chosenAnswerId: string): Resolution {
  return { id: nextId('resolution'), visitId: 'visit-1', questionId, stepId, chosenAnswerId, reason: 'checked the photo', ...stamp('2025-03-11T10:00:00.000Z') };
}

export function bundle(b: Partial<VisitBundle> = {}): VisitBundle {
  return { visit: visit(), claims: [], answers: [], decisions: [], resolutions: [], photos: [], audit: [], ...b };
}
