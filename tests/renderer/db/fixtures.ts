import type { Answer, AuditEntry, Claim, Decision, Photo, PhotoBlob, Resolution, Stamp, Visit } from '../../../renderer/domain/model';
import type { VisitFields } from '../../../renderer/domain/visit';
import { db } from '../../../renderer/db/db';

export const stamp = (at = '2025-03-01T10:00:00.000Z'): Stamp => ({ author: 'Tester', device: 'dev-1', createdAt: at, updatedAt: at });

export function visitFields(over: Partial<VisitFields> = {}): VisitFields {
  return {
    templateId: 'cc-inbound',
    templateVersion: '1.0.0',
    vendor: 'Acme Contact',
    site: 'Kyiv, Khreshchatyk 1',
    dateFrom: '2025-03-10',
    dateTo: '2025-03-11',
    evaluators: ['Olena', 'Ivan'],
    targetCategory: 'B',
    projectSeats: 40,
    claimedCategory: 'A',
    ...over,
  };
}

/** Deletes and reopens the database: each test starts from an empty store at the current schema. */
export async function freshDb(): Promise<void> {
  await db.delete();
  await db.open();
}

/** A stored visit record as the repositories expect it (id v1, target A, 40 project seats). */
export function visitRecord(over: Partial<Visit> = {}): Visit {
  const now = '2025-03-01T09:00:00.000Z';
  return {
    id: 'v1', templateId: 'callcenter-inbound', templateVersion: '1.0.0', vendor: 'Acme', site: 'Kyiv', dateFrom: '2025-03-01',
    evaluators: ['Alice'], targetCategory: 'A', projectSeats: 40, archived: false,
    author: 'Alice', device: 'dev-a', createdAt: now, updatedAt: now, ...over,
  };
}

export async function clearDb(): Promise<void> {
  await Promise.all(db.tables.map((t) => t.clear()));
}

/** One record of every kind that hangs off a visit, photo file included. */
export function capturedRecords(visitId: string, tag: string) {
  const claim: Claim = { ...stamp(), id: `claim-${tag}`, visitId, questionId: 'q1', value: '120' };
  const answer: Answer<'observe'> = {
    ...stamp(), id: `answer-${tag}`, visitId, questionId: 'q1', stepId: 's1', kind: 'observe', data: { outcome: 'seen' }, note: '', rev: 1, history: [],
  };
  const decision: Decision = { ...stamp(), id: `decision-${tag}`, visitId, questionId: 'q1', type: 'override', verdict: 'meets', reason: 'seen in person' };
  const resolution: Resolution = { ...stamp(), id: `resolution-${tag}`, visitId, questionId: 'q1', stepId: 's1', chosenAnswerId: `answer-${tag}`, reason: 'newer' };
  const photo: Photo = {
    ...stamp(), id: `photo-${tag}`, visitId, questionId: 'q1', stepId: 's1', sha256: 'ab'.repeat(32), mime: 'image/jpeg', size: 3,
    width: 1, height: 1, source: 'camera', orientation: 1, caption: 'floor', derivatives: 'ready',
  };
  const blob: PhotoBlob = { key: `photo-${tag}/original`, photoId: `photo-${tag}`, variant: 'original', blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }), width: 1, height: 1 };
  const audit: AuditEntry = { id: `audit-${tag}`, visitId, at: '2025-03-10T10:00:00.000Z', author: 'Tester', device: 'dev-1', action: 'photo-added', details: {} };
  return { claim, answer, decision, resolution, photo, blob, audit };
}

export async function addCapturedRecords(visitId: string, tag: string): Promise<void> {
  const r = capturedRecords(visitId, tag);
  await db.transaction('rw', [db.claims, db.answers, db.decisions, db.resolutions, db.photos, db.blobs, db.audit], async () => {
    await db.claims.add(r.claim);
    await db.answers.add(r.answer);
    await db.decisions.add(r.decision);
    await db.resolutions.add(r.resolution);
    await db.photos.add(r.photo);
    await db.blobs.add(r.blob);
    await db.audit.add(r.audit);
  });
}
