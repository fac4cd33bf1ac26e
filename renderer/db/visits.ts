import type { Visit } from '../domain/model';
import { clock } from '../domain/clock';
import { runningTrialKeyPrefix } from '../domain/running-trial';
import { pickVisitFields, validateVisitFields, visitChanges, type VisitErrors, type VisitFields } from '../domain/visit';
import { appendAudit } from './audit';
import { db } from './db';
import { getIdentity } from './identity';
import { systemTimeZone } from '../domain/time';

export class VisitValidationError extends Error {
  constructor(readonly errors: VisitErrors) {
    super(`Invalid visit: ${Object.entries(errors).map(([f, e]) => `${f} ${e}`).join(', ')}`);
    this.name = 'VisitValidationError';
  }
}

export class VisitNotFoundError extends Error {
  constructor(readonly visitId: string) {
    super(`Visit ${visitId} does not exist`);
    this.name = 'VisitNotFoundError';
  }
}

/** The template of a visit that already holds captures cannot change: its answers belong to that template's questions. */
export class TemplateLockedError extends Error {
  constructor(readonly visitId: string) {
    super(`Visit ${visitId} already has captured data; its template cannot change`);
    this.name = 'TemplateLockedError';
  }
}

function checked(fields: VisitFields): VisitFields {
  const result = validateVisitFields(fields);
  if (!result.ok) throw new VisitValidationError(result.errors);
  return result.value;
}

export async function createVisit(input: VisitFields): Promise<Visit> {
  const fields = checked(input);
  // Read the identity before the transaction: it may write the device id in a transaction of its own.
  const who = await getIdentity();
  const now = clock.nowIso();
  const visit: Visit = {
    ...pickVisitFields(fields),
    // One zone per visit, the laptop's unless the form set another: every time of the visit is shown in it.
    timeZone: fields.timeZone ?? systemTimeZone(),
    id: crypto.randomUUID(),
    archived: false,
    author: who.author,
    device: who.device,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction('rw', db.visits, db.audit, async () => {
    await db.visits.add(visit);
    await appendAudit(who, {
      visitId: visit.id,
      action: 'visit-created',
      details: { vendor: visit.vendor, site: visit.site, templateId: visit.templateId, templateVersion: visit.templateVersion },
    });
  });
  return visit;
}

/** How many captured records hang off a visit, to warn before deleting it and to lock its template. */
export interface VisitRecordCounts { claims: number; answers: number; decisions: number; resolutions: number; photos: number }

export async function countVisitRecords(visitId: string): Promise<VisitRecordCounts> {
  const [claims, answers, decisions, resolutions, photos] = await Promise.all([
    db.claims.where('visitId').equals(visitId).count(),
    db.answers.where('visitId').equals(visitId).count(),
    db.decisions.where('visitId').equals(visitId).count(),
    db.resolutions.where('visitId').equals(visitId).count(),
    db.photos.where('visitId').equals(visitId).count(),
  ]);
  return { claims, answers, decisions, resolutions, photos };
}

export const hasCaptures = (c: VisitRecordCounts): boolean => c.claims + c.answers + c.decisions + c.resolutions + c.photos > 0;

/**
 * Saves edited fields. The stamp's author and device become the editor's, `createdAt` stays; the audit entry
 * keeps what changed from what. Nothing is written when nothing changed.
 */
export async function updateVisit(visitId: string, input: VisitFields): Promise<Visit> {
  const fields = checked(input);
  const who = await getIdentity();
  return db.transaction('rw', [db.visits, db.audit, db.claims, db.answers, db.decisions, db.resolutions, db.photos], async () => {
    const before = await db.visits.get(visitId);
    if (!before) throw new VisitNotFoundError(visitId);
    const changes = visitChanges(before, fields);
    if (Object.keys(changes).length === 0) return before;
    if ((changes.templateId || changes.templateVersion) && hasCaptures(await countVisitRecords(visitId))) throw new TemplateLockedError(visitId);
    const after: Visit = {
      ...before,
      ...fields,
      dateTo: fields.dateTo,
      claimedCategory: fields.claimedCategory,
      author: who.author,
      device: who.device,
      updatedAt: clock.nowIso(),
    };
    if (after.dateTo === undefined) delete after.dateTo;
    if (after.claimedCategory === undefined) delete after.claimedCategory;
    await db.visits.put(after);
    await appendAudit(who, { visitId, action: 'visit-edited', details: { changes } });
    return after;
  });
}

/** Archiving hides a visit from the default list; it keeps every record and can be undone. */
export async function setVisitArchived(visitId: string, archived: boolean): Promise<Visit> {
  const who = await getIdentity();
  return db.transaction('rw', db.visits, db.audit, async () => {
    const before = await db.visits.get(visitId);
    if (!before) throw new VisitNotFoundError(visitId);
    if (before.archived === archived) return before;
    const after: Visit = { ...before, archived, author: who.author, device: who.device, updatedAt: clock.nowIso() };
    await db.visits.put(after);
    await appendAudit(who, { visitId, action: archived ? 'visit-archived' : 'visit-restored', details: {} });
    return after;
  });
}

/**
 * Deletes a visit and everything captured for it, photo files included, in one transaction: either all of it
 * goes or nothing does. Its audit entries go too; there is nothing left for them to describe.
 */
export async function deleteVisit(visitId: string): Promise<void> {
  await db.transaction('rw', [db.visits, db.claims, db.answers, db.decisions, db.resolutions, db.photos, db.blobs, db.audit, db.settings, db.signoffs, db.redactions], async () => {
    if (!(await db.visits.get(visitId))) throw new VisitNotFoundError(visitId);
    // A stopwatch trial left running in this visit (kept in settings under the visit's id) goes with it.
    await db.settings.where('key').startsWith(runningTrialKeyPrefix(visitId)).delete();
    const photoIds = (await db.photos.where('visitId').equals(visitId).primaryKeys()) as string[];
    if (photoIds.length) await db.blobs.where('photoId').anyOf(photoIds).delete();
    await db.photos.where('visitId').equals(visitId).delete();
    await db.claims.where('visitId').equals(visitId).delete();
    await db.answers.where('visitId').equals(visitId).delete();
    await db.decisions.where('visitId').equals(visitId).delete();
    await db.resolutions.where('visitId').equals(visitId).delete();
    await db.audit.where('visitId').equals(visitId).delete();
    await db.signoffs.where('visitId').equals(visitId).delete();
    await db.redactions.where('visitId').equals(visitId).delete();
    await db.visits.delete(visitId);
  });
}

export function getVisit(visitId: string): Promise<Visit | undefined> {
  return db.visits.get(visitId);
}

/** Newest visit date first; archived visits only when asked for (booleans are not indexable, so filter here). */
export async function listVisits(includeArchived: boolean): Promise<Visit[]> {
  const all = await db.visits.toArray();
  return all
    .filter((v) => includeArchived || !v.archived)
    .sort((a, b) => (a.dateFrom === b.dateFrom ? b.updatedAt.localeCompare(a.updatedAt) : b.dateFrom.localeCompare(a.dateFrom)));
}

export async function countArchivedVisits(): Promise<number> {
  return db.visits.filter((v) => v.archived).count();
}
