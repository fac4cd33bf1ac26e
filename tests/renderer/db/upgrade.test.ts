import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteProofDb, type LegacyStorage } from '../../../renderer/db/db';
import type { Photo, Visit } from '../../../renderer/domain/model';
import { capturedRecords, stamp } from './fixtures';

/**
 * Schema-upgrade harness. Each entry is a frozen copy of the stores exactly as that db.version(n) declared them
 * in the shipped app, with records as that version wrote them. Never edit an entry: users' disks hold these.
 * When db.ts gains version n+1, add version n+1 here and, for version n, the checks that its data survives
 * the upgrade (reshaped as the upgrade function promises).
 */
/**
 * The stores each version declared. Versions 2 and 3 reshaped records only; 4, 5 and 6 each added one store.
 * Each is frozen as shipped: a later version adds to a copy, never edits one.
 */
const V1_STORES: Record<string, string> = Object.freeze({
  visits: 'id, archived, updatedAt',
  claims: 'id, visitId, [visitId+questionId]',
  answers: 'id, visitId, [visitId+questionId], [visitId+questionId+stepId]',
  decisions: 'id, visitId, [visitId+questionId]',
  resolutions: 'id, visitId, [visitId+questionId+stepId]',
  photos: 'id, visitId, [visitId+questionId], sha256',
  blobs: 'key, photoId',
  audit: 'id, visitId, at',
  settings: 'key',
  templates: 'key, id',
});
const V4_STORES = Object.freeze({ ...V1_STORES, uiState: 'key' });
const V5_STORES = Object.freeze({ ...V4_STORES, signoffs: 'id, visitId' });
const V6_STORES = Object.freeze({ ...V5_STORES, redactions: 'id, visitId, photoId' });

const HISTORY: Record<number, { stores: Record<string, string>; seed: (db: Dexie) => Promise<void> }> = {
  1: {
    stores: V1_STORES,
    async seed(old) {
      const r = capturedRecords(V1_VISIT.id, 'v1');
      await old.table('visits').add(V1_VISIT);
      await old.table('claims').add(r.claim);
      await old.table('answers').add(r.answer);
      await old.table('decisions').add(r.decision);
      await old.table('resolutions').add(r.resolution);
      await old.table('photos').add(r.photo);
      await old.table('blobs').add(r.blob);
      await old.table('audit').add(r.audit);
      await old.table('settings').bulkAdd([{ key: 'device', value: 'dev-v1' }, { key: 'author', value: 'Olena' }]);
      await old.table('templates').add({ key: 'custom@1.0.0', id: 'custom', version: '1.0.0', raw: { any: 'thing' }, addedAt: '2025-01-01T00:00:00.000Z' });
    },
  },
  // Version 2: same stores; the upgrade numbers photos (Photo.number) per visit in capture order.
  2: {
    stores: V1_STORES,
    async seed(db) {
      // As version 2 writes them: the same records, photos numbered.
      await HISTORY[1].seed(db);
      await db.table('photos').toCollection().modify({ number: 1 });
    },
  },
  // Version 3: same stores; the upgrade gives every visit a time zone (this laptop's) where it has none.
  3: {
    stores: V1_STORES,
    async seed(db) {
      // As version 3 writes them: the same records, the visit with its zone.
      await HISTORY[2].seed(db);
      await db.table('visits').toCollection().modify({ timeZone: 'Europe/Kyiv' });
    },
  },
  // Version 4: adds the uiState store (UI state moved out of localStorage); the upgrade carries localStorage over.
  4: {
    stores: V4_STORES,
    async seed(db) {
      await HISTORY[3].seed(db);
      await db.table('uiState').bulkAdd([{ key: 'lang', value: 'uk' }, { key: 'visit:visit-v1:question', value: 'q1' }]);
    },
  },
  // Version 5: adds the closing meeting's sign-offs; nothing else is reshaped.
  5: {
    stores: V5_STORES,
    async seed(db) {
      await HISTORY[4].seed(db);
    },
  },
  // Version 6: adds photo redactions; nothing else is reshaped.
  6: {
    stores: V6_STORES,
    async seed(db) {
      await HISTORY[5].seed(db);
    },
  },
};

/** A localStorage as versions 1–3 left it, for the version 4 upgrade to read. */
function fakeLocalStorage(items: Record<string, string>): LegacyStorage & { reads: number } {
  const keys = Object.keys(items);
  const fake = {
    reads: 0,
    get length() { return keys.length; },
    key: (i: number) => keys[i] ?? null,
    getItem(k: string) { fake.reads++; return items[k] ?? null; },
  };
  return fake;
}

const V1_VISIT: Visit = {
  ...stamp(), id: 'visit-v1', templateId: 'cc-inbound', templateVersion: '1.0.0', vendor: 'Old Vendor', site: 'Odesa', dateFrom: '2025-01-20',
  evaluators: ['Olena'], targetCategory: 'C', projectSeats: 25, archived: true,
};

const opened: Dexie[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});

async function writeAtVersion(name: string, version: number): Promise<void> {
  const old = new Dexie(name);
  // Versions may leave gaps (Dexie allows them): declare the ones the app declared.
  for (let v = 1; v <= version; v++) if (HISTORY[v]) old.version(v).stores(HISTORY[v].stores);
  await old.open();
  await HISTORY[version].seed(old);
  old.close();
}

function openCurrent(name: string, legacy?: LegacyStorage): SiteProofDb {
  const current = new SiteProofDb(name, legacy);
  opened.push(current);
  return current;
}

describe('schema upgrades', () => {
  it('covers every version: the harness knows the current version', async () => {
    const current = openCurrent('upgrade-version-check');
    await current.open();
    expect(Math.max(...Object.keys(HISTORY).map(Number))).toBe(current.verno);
  });

  it('opens data written by version 1 and reads every record back', async () => {
    const name = 'upgrade-from-v1';
    await writeAtVersion(name, 1);
    const current = openCurrent(name);
    await current.open();

    // Reshaped as version 3 promises: the visit has this laptop's time zone.
    expect(await current.visits.get('visit-v1')).toEqual({ ...V1_VISIT, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
    const r = capturedRecords('visit-v1', 'v1');
    expect(await current.claims.where('[visitId+questionId]').equals(['visit-v1', 'q1']).toArray()).toEqual([r.claim]);
    expect(await current.answers.where('[visitId+questionId+stepId]').equals(['visit-v1', 'q1', 's1']).toArray()).toEqual([r.answer]);
    expect(await current.decisions.where('visitId').equals('visit-v1').toArray()).toEqual([r.decision]);
    expect(await current.resolutions.where('visitId').equals('visit-v1').toArray()).toEqual([r.resolution]);
    // Reshaped as version 2 promises: the visit's only photo is photo 1.
    expect(await current.photos.where('sha256').equals(r.photo.sha256).toArray()).toEqual([{ ...r.photo, number: 1 }]);
    const blob = await current.blobs.where('photoId').equals('photo-v1').first();
    expect(blob?.variant).toBe('original');
    expect(new Uint8Array(await blob!.blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(await current.audit.where('at').above('2025-01-01').toArray()).toEqual([r.audit]);
    expect((await current.settings.get('device'))?.value).toBe('dev-v1');
    expect((await current.templates.where('id').equals('custom').first())?.raw).toEqual({ any: 'thing' });
  });

  it('version 2 → 3 gives visits without a zone this laptop’s zone and keeps a zone already set', async () => {
    const name = 'upgrade-time-zone';
    const old = new Dexie(name);
    for (let v = 1; v <= 2; v++) old.version(v).stores(HISTORY[v].stores);
    await old.open();
    await old.table('visits').bulkAdd([{ ...V1_VISIT, id: 'no-zone' }, { ...V1_VISIT, id: 'zoned', timeZone: 'Asia/Tokyo' }]);
    old.close();
    const current = openCurrent(name);
    await current.open();
    expect((await current.visits.get('no-zone'))?.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect((await current.visits.get('zoned'))?.timeZone).toBe('Asia/Tokyo');
  });

  it('version 3 → 4 keeps every record and carries the language, last questions and tool drafts over from localStorage', async () => {
    const name = 'upgrade-ui-state';
    await writeAtVersion(name, 3);
    const legacy = fakeLocalStorage({
      'siteproof.lang': 'en',
      'siteproof.visit.visit-v1.question': 'q7',
      'siteproof.visit.visit-v1.tool.staffing': JSON.stringify({ seats: '12' }),
      'siteproof.visit.visit-v1.tool.report': '{not json',
      'other.app.key': 'x',
    });
    const current = new SiteProofDb(name, legacy); // closed below, before the second open
    await current.open();
    expect(await current.uiState.orderBy('key').toArray()).toEqual([
      { key: 'lang', value: 'en' },
      { key: 'visit:visit-v1:question', value: 'q7' },
      { key: 'visit:visit-v1:tool:staffing', value: { seats: '12' } },
    ]);
    expect((await current.visits.get('visit-v1'))?.timeZone).toBe('Europe/Kyiv');
    expect(await current.photos.count()).toBe(1);
    expect((await current.settings.get('author'))?.value).toBe('Olena');

    // Once: reopening an upgraded database does not read localStorage again, so a later choice is not overwritten.
    await current.uiState.put({ key: 'lang', value: 'uk' });
    current.close();
    const reads = legacy.reads;
    const again = openCurrent(name, legacy);
    await again.open();
    expect(legacy.reads).toBe(reads);
    expect((await again.uiState.get('lang'))?.value).toBe('uk');
  });

  it('version 3 → 4 without localStorage (or with it empty) gives an empty uiState', async () => {
    await writeAtVersion('upgrade-ui-none', 3);
    const none = openCurrent('upgrade-ui-none', undefined);
    await none.open();
    expect(await none.uiState.count()).toBe(0);
    await writeAtVersion('upgrade-ui-empty', 3);
    const empty = openCurrent('upgrade-ui-empty', fakeLocalStorage({}));
    await empty.open();
    expect(await empty.uiState.count()).toBe(0);
  });

  it('version 1 → 2 numbers existing photos per visit in capture order, deleted ones included, and keeps given numbers', async () => {
    const name = 'upgrade-photo-numbers';
    const old = new Dexie(name);
    old.version(1).stores(HISTORY[1].stores);
    await old.open();
    const r = capturedRecords('visit-a', 'a');
    const photo = (id: string, visitId: string, createdAt: string, extra: Partial<Photo> = {}): Photo =>
      ({ ...r.photo, id, visitId, sha256: id.padEnd(64, '0'), createdAt, updatedAt: createdAt, ...extra });
    await old.table('photos').bulkAdd([
      photo('p-3', 'visit-a', '2025-01-20T10:03:00.000Z'),
      photo('p-1', 'visit-a', '2025-01-20T10:01:00.000Z'),
      photo('p-2', 'visit-a', '2025-01-20T10:02:00.000Z', { deleted: { at: '2025-01-20T11:00:00.000Z', by: 'Olena', reason: 'blurred' } }),
      photo('p-b1', 'visit-b', '2025-01-21T09:00:00.000Z'),
    ]);
    old.close();

    const current = openCurrent(name);
    await current.open();
    const numbers = Object.fromEntries((await current.photos.toArray()).map((p) => [p.id, p.number]));
    expect(numbers).toEqual({ 'p-1': 1, 'p-2': 2, 'p-3': 3, 'p-b1': 1 });
  });

  it('version 4 → 5 adds an empty sign-off table and leaves everything version 4 held as it was', async () => {
    const name = 'upgrade-signoffs';
    await writeAtVersion(name, 4);
    const current = openCurrent(name);
    await current.open();
    expect(await current.signoffs.count()).toBe(0);
    expect(current.signoffs.schema.indexes.map((i) => i.name)).toEqual(['visitId']);
    const r = capturedRecords('visit-v1', 'v1');
    expect(await current.visits.get('visit-v1')).toEqual({ ...V1_VISIT, timeZone: 'Europe/Kyiv' });
    expect(await current.answers.toArray()).toEqual([r.answer]);
    expect(await current.photos.toArray()).toEqual([{ ...r.photo, number: 1 }]);
    expect(await current.audit.toArray()).toEqual([r.audit]);
    expect(await current.uiState.get('lang')).toEqual({ key: 'lang', value: 'uk' });
    await current.signoffs.add({ id: 's1', visitId: 'visit-v1' } as never);
    expect(await current.signoffs.where('visitId').equals('visit-v1').primaryKeys()).toEqual(['s1']);
  });

  it('version 5 → 6 adds an empty redaction table and leaves everything version 5 held as it was', async () => {
    const name = 'upgrade-redactions';
    await writeAtVersion(name, 5);
    const current = openCurrent(name);
    await current.open();
    expect(await current.redactions.count()).toBe(0);
    expect(current.redactions.schema.indexes.map((i) => i.name)).toEqual(['visitId', 'photoId']);
    const r = capturedRecords('visit-v1', 'v1');
    expect(await current.visits.get('visit-v1')).toEqual({ ...V1_VISIT, timeZone: 'Europe/Kyiv' });
    expect(await current.photos.toArray()).toEqual([{ ...r.photo, number: 1 }]);
    expect(await current.blobs.toArray()).toEqual([r.blob]);
    expect(await current.audit.toArray()).toEqual([r.audit]);
    expect(await current.signoffs.count()).toBe(0);
    expect(await current.uiState.get('lang')).toEqual({ key: 'lang', value: 'uk' });
    await current.redactions.add({ id: 'x1', visitId: 'visit-v1', photoId: r.photo.id } as never);
    expect(await current.redactions.where('photoId').equals(r.photo.id).primaryKeys()).toEqual(['x1']);
  });

  it('keeps every store and index version 1 had', async () => {
    const current = openCurrent('upgrade-indexes');
    await current.open();
    for (const [table, spec] of Object.entries(HISTORY[1].stores)) {
      const schema = current.table(table).schema;
      const names = [schema.primKey.name, ...schema.indexes.map((i) => i.name)];
      for (const index of spec.split(',').map((s) => s.trim())) expect(names, `${table}.${index}`).toContain(index);
    }
  });
});
