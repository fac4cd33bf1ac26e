import type { Answer, AuditEntry, Claim, StepDataByKind, Visit, VisitBundle } from '../../../../renderer/domain/model';
import { template as templateSchema, type Template } from '../../../../renderer/domain/template/schema';
import { tx, validTemplate } from '../template/fixture';

/**
 * A small visit for the closing meeting: 184 seats counted against 250 claimed (a discrepancy, and not met for A),
 * the generator not seen (not met), a test call whose recording was requested (owed), a certificate only shown
 * where a copy is asked for (a document owed).
 */

export const VISIT_ID = 'c1051e90-0000-4000-8000-000000000001';
const T0 = Date.parse('2025-06-17T09:00:00.000Z');
export const at = (min: number) => new Date(T0 + min * 60_000).toISOString();
export const OLENA = { author: 'Олена Ковальчук', device: 'dev-olena' };
export const IGOR = { author: 'Игорь Соколов', device: 'dev-igor' };

export function closingTemplate(): Template {
  const raw = validTemplate();
  raw.sections.push({
    id: 'records',
    title: tx('Records'),
    questions: [
      {
        id: 'recording', number: 4, categories: ['A', 'B', 'C'], title: tx('Call recording'), ask: tx('Do you record calls'), why: tx('Evidence'),
        recommended: {}, claim: { type: 'yes-no' },
        steps: [{ id: 'call', kind: 'call-test', prompt: tx('Call the line') }],
      },
      {
        id: 'iso', number: 5, categories: ['A', 'B', 'C'], title: tx('Security certificate'), ask: tx('Show the certificate'), why: tx('Data'),
        recommended: {}, claim: { type: 'text' },
        steps: [{ id: 'cert', kind: 'document', docType: 'certificate', prompt: tx('Inspect the certificate'), copy: true }],
      },
    ],
  });
  return templateSchema.parse(raw);
}

export function visit(over: Partial<Visit> = {}): Visit {
  return {
    ...OLENA, createdAt: at(0), updatedAt: at(0),
    id: VISIT_ID, templateId: 'mini', templateVersion: '1.2.3', vendor: 'ТОВ «Контакт-Сервіс»', site: 'Київ', dateFrom: '2025-06-17',
    evaluators: [OLENA.author, IGOR.author], targetCategory: 'A', projectSeats: 40, claimedCategory: 'A', timeZone: 'Europe/Kyiv', archived: false,
    ...over,
  };
}

export function answer<K extends keyof StepDataByKind>(questionId: string, stepId: string, kind: K, data: StepDataByKind[K], minute = 5, over: Partial<Answer> = {}): Answer {
  return {
    ...OLENA, createdAt: at(minute), updatedAt: at(minute),
    id: `ans-${questionId}-${stepId}-m${minute}`, visitId: VISIT_ID, questionId, stepId, kind, data, note: '', rev: 1, history: [], ...over,
  } as Answer;
}

export const claim = (questionId: string, value: string): Claim => ({ ...OLENA, createdAt: at(1), updatedAt: at(1), id: `claim-${questionId}`, visitId: VISIT_ID, questionId, value });

export function closingBundle(over: Partial<VisitBundle> = {}): VisitBundle {
  return {
    visit: visit(),
    claims: [claim('seats', '250')],
    answers: [
      answer('seats', 'count', 'count', { zones: [{ id: 'z1', name: 'Hall 1', count: 184 }] }),
      answer('generator', 'see', 'observe', { outcome: 'not-seen' }),
      answer('kb-time', 'timed', 'timer', { trials: [{ ms: 9000, at: at(20) }, { ms: 11000, at: at(21) }, { ms: 10000, at: at(22) }] }),
      answer('recording', 'call', 'call-test', { calledAt: at(30), recording: 'requested', requestedAt: at(31) }),
      answer('iso', 'cert', 'document', { outcome: 'seen', fields: {} }),
    ],
    decisions: [],
    resolutions: [],
    photos: [],
    audit: [] as AuditEntry[],
    ...over,
  };
}

/** A tiny valid PNG (1×1, transparent). */
export const PNG_1X1 = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
