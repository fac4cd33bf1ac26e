import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/db';
import { setAuthorName } from '../../../renderer/db/identity';
import {
  countVisitRecords, createVisit, deleteVisit, getVisit, listVisits, setVisitArchived, TemplateLockedError, updateVisit,
  VisitNotFoundError, VisitValidationError,
} from '../../../renderer/db/visits';
import { runningTrialKey } from '../../../renderer/domain/running-trial';
import { addCapturedRecords, clearDb, visitFields } from './fixtures';

const auditOf = (visitId: string) => db.audit.where('visitId').equals(visitId).sortBy('at');
const tick = () => new Promise((r) => setTimeout(r, 3));

beforeEach(async () => {
  await clearDb();
  await setAuthorName('Olena Koval');
});
afterEach(() => vi.restoreAllMocks());

describe('createVisit', () => {
  it('stores the visit stamped with this machine’s author and device and logs it', async () => {
    const v = await createVisit(visitFields());
    const stored = await getVisit(v.id);
    const device = (await db.settings.get('device'))?.value;
    expect(typeof device).toBe('string');
    expect(stored).toMatchObject({
      vendor: 'Acme Contact', archived: false, author: 'Olena Koval', device, evaluators: ['Olena', 'Ivan'], projectSeats: 40, claimedCategory: 'A',
    });
    expect(stored!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored!.createdAt).toBe(stored!.updatedAt);
    expect(Number.isNaN(Date.parse(stored!.createdAt))).toBe(false);
    const audit = await auditOf(v.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'visit-created', author: 'Olena Koval', device, details: { vendor: 'Acme Contact', templateId: 'cc-inbound' } });
  });

  it('omits optional fields that were not given', async () => {
    const v = await createVisit(visitFields({ dateTo: undefined, claimedCategory: undefined }));
    const stored = await getVisit(v.id);
    expect(stored).not.toHaveProperty('dateTo');
    expect(stored).not.toHaveProperty('claimedCategory');
  });

  it('refuses invalid fields with per-field errors and writes nothing', async () => {
    const bad = visitFields({ vendor: '  ', projectSeats: 0, dateTo: '2025-03-01' });
    await expect(createVisit(bad)).rejects.toBeInstanceOf(VisitValidationError);
    await createVisit(bad).catch((e: VisitValidationError) => {
      expect(e.errors).toEqual({ vendor: 'required', projectSeats: 'not-positive', dateTo: 'date-order' });
    });
    expect(await db.visits.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('trims text fields before storing', async () => {
    const v = await createVisit(visitFields({ vendor: '  Acme  ', evaluators: [' Olena ', 'Ivan'] }));
    expect(v.vendor).toBe('Acme');
    expect(v.evaluators).toEqual(['Olena', 'Ivan']);
  });
});

describe('updateVisit', () => {
  it('saves the change, keeps createdAt, stamps the editor and logs what changed', async () => {
    const v = await createVisit(visitFields());
    await tick();
    await setAuthorName('Ivan Petrenko');
    const after = await updateVisit(v.id, visitFields({ vendor: 'Acme Group', dateTo: undefined }));
    const stored = await getVisit(v.id);
    expect(stored).toEqual(after);
    expect(stored).toMatchObject({ vendor: 'Acme Group', createdAt: v.createdAt, author: 'Ivan Petrenko' });
    expect(stored).not.toHaveProperty('dateTo');
    expect(stored!.updatedAt > v.updatedAt).toBe(true);
    const audit = await auditOf(v.id);
    expect(audit.map((a) => a.action)).toEqual(['visit-created', 'visit-edited']);
    expect(audit[1]).toMatchObject({ author: 'Ivan Petrenko', details: { changes: { vendor: { from: 'Acme Contact', to: 'Acme Group' }, dateTo: { from: '2025-03-11', to: null } } } });
  });

  it('writes nothing when nothing changed', async () => {
    const v = await createVisit(visitFields());
    await tick();
    const same = await updateVisit(v.id, visitFields());
    expect(same.updatedAt).toBe(v.updatedAt);
    expect(await db.audit.count()).toBe(1);
  });

  it('lets the template change only while the visit has no captures', async () => {
    const v = await createVisit(visitFields());
    const changed = await updateVisit(v.id, visitFields({ templateVersion: '1.1.0' }));
    expect(changed.templateVersion).toBe('1.1.0');
    await addCapturedRecords(v.id, 'x');
    await expect(updateVisit(v.id, visitFields({ templateVersion: '2.0.0' }))).rejects.toBeInstanceOf(TemplateLockedError);
    expect((await getVisit(v.id))!.templateVersion).toBe('1.1.0');
    // Other fields stay editable.
    expect((await updateVisit(v.id, visitFields({ templateVersion: '1.1.0', site: 'Lviv' }))).site).toBe('Lviv');
  });

  it('rejects invalid input and unknown visits without writing', async () => {
    const v = await createVisit(visitFields());
    await expect(updateVisit(v.id, visitFields({ targetCategory: 'D' as never }))).rejects.toBeInstanceOf(VisitValidationError);
    await expect(updateVisit('missing', visitFields())).rejects.toBeInstanceOf(VisitNotFoundError);
    expect(await getVisit(v.id)).toEqual(v);
    expect(await db.audit.count()).toBe(1);
  });
});

describe('archive', () => {
  it('hides archived visits from the default list, restores them, and logs both', async () => {
    const a = await createVisit(visitFields({ vendor: 'A-vendor', dateFrom: '2025-01-01', dateTo: undefined }));
    const b = await createVisit(visitFields({ vendor: 'B-vendor', dateFrom: '2025-02-01', dateTo: undefined }));
    expect((await listVisits(false)).map((v) => v.vendor)).toEqual(['B-vendor', 'A-vendor']);

    await setVisitArchived(a.id, true);
    expect((await listVisits(false)).map((v) => v.id)).toEqual([b.id]);
    expect((await listVisits(true)).map((v) => v.id)).toEqual([b.id, a.id]);
    expect((await getVisit(a.id))!.archived).toBe(true);

    await setVisitArchived(a.id, true); // already archived: no second entry
    await setVisitArchived(a.id, false);
    expect((await listVisits(false)).map((v) => v.id)).toEqual([b.id, a.id]);
    expect((await auditOf(a.id)).map((e) => e.action)).toEqual(['visit-created', 'visit-archived', 'visit-restored']);
  });

  it('keeps captured records of an archived visit', async () => {
    const v = await createVisit(visitFields());
    await addCapturedRecords(v.id, 'x');
    await setVisitArchived(v.id, true);
    expect(await countVisitRecords(v.id)).toEqual({ claims: 1, answers: 1, decisions: 1, resolutions: 1, photos: 1 });
    expect(await db.blobs.count()).toBe(1);
  });
});

describe('deleteVisit', () => {
  it('removes the visit and every record of it, photo files and audit included, and nothing else', async () => {
    const doomed = await createVisit(visitFields({ vendor: 'Doomed' }));
    const kept = await createVisit(visitFields({ vendor: 'Kept' }));
    await addCapturedRecords(doomed.id, 'd');
    await addCapturedRecords(kept.id, 'k');
    await db.settings.bulkPut([
      { key: runningTrialKey(doomed.id, 'kb', 'timed'), value: { visitId: doomed.id } },
      { key: runningTrialKey(kept.id, 'kb', 'timed'), value: { visitId: kept.id } },
    ]);

    await deleteVisit(doomed.id);
    expect(await db.settings.get(runningTrialKey(doomed.id, 'kb', 'timed'))).toBeUndefined();
    expect(await db.settings.get(runningTrialKey(kept.id, 'kb', 'timed'))).toBeDefined();

    expect(await getVisit(doomed.id)).toBeUndefined();
    expect(await countVisitRecords(doomed.id)).toEqual({ claims: 0, answers: 0, decisions: 0, resolutions: 0, photos: 0 });
    expect(await db.blobs.where('photoId').equals('photo-d').count()).toBe(0);
    expect(await db.audit.where('visitId').equals(doomed.id).count()).toBe(0);

    expect(await getVisit(kept.id)).toBeDefined();
    expect(await countVisitRecords(kept.id)).toEqual({ claims: 1, answers: 1, decisions: 1, resolutions: 1, photos: 1 });
    expect(await db.blobs.get('photo-k/original')).toBeDefined();
    expect(await db.audit.where('visitId').equals(kept.id).count()).toBe(2);
  });

  it('deletes all or nothing: a failure part-way leaves every record in place', async () => {
    const v = await createVisit(visitFields());
    await addCapturedRecords(v.id, 'x');
    vi.spyOn(db.visits, 'delete').mockRejectedValueOnce(new Error('disk gone'));
    await expect(deleteVisit(v.id)).rejects.toThrow('disk gone');
    expect(await getVisit(v.id)).toBeDefined();
    expect(await countVisitRecords(v.id)).toEqual({ claims: 1, answers: 1, decisions: 1, resolutions: 1, photos: 1 });
    expect(await db.blobs.count()).toBe(1);
    expect(await db.audit.where('visitId').equals(v.id).count()).toBe(2);
  });

  it('reports a visit that does not exist', async () => {
    await expect(deleteVisit('nope')).rejects.toBeInstanceOf(VisitNotFoundError);
  });
});
