import type { Answer, AuditEntry, Claim, Decision, Photo, Resolution, Visit, VisitBundle } from '../../../../renderer/domain/model';

/** Small, readable builders for visit bundles as two or three evaluators would capture them. */

export const VISIT_ID = 'a3f1c2d4-0000-4000-8000-000000000001';
export const BASE = Date.parse('2025-06-17T09:00:00.000Z');
/** A UTC instant `minutes` after the start of the visit. */
export const at = (minutes: number) => new Date(BASE + minutes * 60_000).toISOString();

export interface Who { author: string; device: string }
export const OLENA: Who = { author: 'Олена Ковальчук', device: 'dev-olena' };
export const DMYTRO: Who = { author: 'Дмитро Савченко', device: 'dev-dmytro' };
export const IRINA: Who = { author: 'Ирина Белова', device: 'dev-irina' };

const stamp = (who: Who, created: number, updated = created) => ({ author: who.author, device: who.device, createdAt: at(created), updatedAt: at(updated) });

export function visit(who: Who = OLENA, over: Partial<Visit> = {}): Visit {
  return {
    ...stamp(who, 0),
    id: VISIT_ID,
    templateId: 'callcenter-inbound',
    templateVersion: '1.0.0',
    vendor: 'ТОВ «Контакт-Сервіс Плюс»',
    site: 'Київ, вул. Кирилівська, 41',
    dateFrom: '2025-06-17',
    evaluators: ['Олена Ковальчук', 'Дмитро Савченко'],
    targetCategory: 'B',
    projectSeats: 40,
    claimedCategory: 'A',
    archived: false,
    ...over,
  };
}

export function claim(id: string, who: Who, minute: number, questionId: string, value: string): Claim {
  return { ...stamp(who, minute), id, visitId: VISIT_ID, questionId, value };
}

export function countAnswer(id: string, who: Who, minute: number, questionId: string, stepId: string, total: number, over: Partial<Answer> = {}): Answer {
  return {
    ...stamp(who, minute),
    id,
    visitId: VISIT_ID,
    questionId,
    stepId,
    kind: 'count',
    data: { zones: [{ id: 'z1', name: 'Зал 1', count: total }] },
    note: '',
    rev: 1,
    history: [],
    ...over,
  } as Answer;
}

export function observeAnswer(id: string, who: Who, minute: number, questionId: string, stepId: string, outcome: 'seen' | 'not-seen' | 'not-shown'): Answer {
  return { ...stamp(who, minute), id, visitId: VISIT_ID, questionId, stepId, kind: 'observe', data: { outcome }, note: '', rev: 1, history: [] };
}

/** The same answer after an edit on `who`'s laptop: the previous state goes into history. */
export function edited(a: Answer, who: Who, minute: number, total: number, note = a.note): Answer {
  return {
    ...a,
    author: who.author,
    device: who.device,
    updatedAt: at(minute),
    data: { zones: [{ id: 'z1', name: 'Зал 1', count: total }] },
    note,
    rev: a.rev + 1,
    history: [...a.history, { rev: a.rev, updatedAt: a.updatedAt, author: a.author, device: a.device, data: a.data, note: a.note }],
  } as Answer;
}

export function photo(id: string, who: Who, minute: number, sha256: string, over: Partial<Photo> = {}): Photo {
  return {
    ...stamp(who, minute),
    id,
    visitId: VISIT_ID,
    questionId: 'q01-seats',
    stepId: 'count-seats',
    sha256,
    mime: 'image/jpeg',
    size: 1000,
    width: 64,
    height: 48,
    source: 'camera',
    orientation: 1,
    caption: 'Операционный зал, 2-й этаж',
    derivatives: 'ready',
    ...over,
  };
}

export function decision(id: string, who: Who, minute: number, questionId: string, over: Partial<Decision> = {}): Decision {
  return { ...stamp(who, minute), id, visitId: VISIT_ID, questionId, type: 'override', verdict: 'partly', reason: 'Часть мест не оборудована', ...over };
}

export function resolution(id: string, who: Who, minute: number, questionId: string, stepId: string, chosenAnswerId: string): Resolution {
  return { ...stamp(who, minute), id, visitId: VISIT_ID, questionId, stepId, chosenAnswerId, reason: 'Пересчитали вместе' };
}

export function audit(id: string, who: Who, minute: number, action: AuditEntry['action'], details: Record<string, unknown> = {}): AuditEntry {
  return { id, visitId: VISIT_ID, at: at(minute), author: who.author, device: who.device, action, details };
}

export function bundle(parts: Partial<VisitBundle> = {}): VisitBundle {
  return { visit: visit(), claims: [], answers: [], decisions: [], resolutions: [], photos: [], audit: [], ...parts };
}

export const SHA = (n: number) => n.toString(16).padStart(64, '0');
