import { Dexie, type EntityTable } from 'dexie';
import type { Answer, AuditEntry, Claim, ClosingSignoff, Decision, Photo, PhotoBlob, Resolution, Visit } from '../domain/model';
import { systemTimeZone } from '../domain/time';

export interface Setting { key: string; value: unknown }
/** A template a user added from a file; shipped templates are bundled with the app and not stored. */
export interface StoredTemplate { key: string; id: string; version: string; raw: unknown; addedAt: string; fileName?: string }

export const DB_NAME = 'siteproof';

/** Capture order: creation time, then id, so two photos of the same millisecond still get a fixed order. */
const byCapture = (a: Photo, b: Photo) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class SiteProofDb extends Dexie {
  visits!: EntityTable<Visit, 'id'>;
  claims!: EntityTable<Claim, 'id'>;
  answers!: EntityTable<Answer, 'id'>;
  decisions!: EntityTable<Decision, 'id'>;
  resolutions!: EntityTable<Resolution, 'id'>;
  photos!: EntityTable<Photo, 'id'>;
  blobs!: EntityTable<PhotoBlob, 'key'>;
  audit!: EntityTable<AuditEntry, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  templates!: EntityTable<StoredTemplate, 'key'>;
  signoffs!: EntityTable<ClosingSignoff, 'id'>;

  constructor(name = DB_NAME) {
    // Strict durability: a capture is only confirmed once it is on disk, not merely handed to the OS.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
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
    // Version 2 gives every photo a number for life (Photo.number): photos already stored are numbered per
    // visit in the order they were captured, deleted ones included, so numbers never shift after a deletion.
    this.version(2).stores({}).upgrade(async (tx) => {
      const photos = (await tx.table<Photo, string>('photos').toArray()).sort(byCapture);
      const next = new Map<string, number>();
      for (const p of photos) if (p.number) next.set(p.visitId, Math.max(next.get(p.visitId) ?? 0, p.number));
      const numbered: Photo[] = [];
      for (const p of photos) {
        if (p.number) continue;
        const n = (next.get(p.visitId) ?? 0) + 1;
        next.set(p.visitId, n);
        numbered.push({ ...p, number: n });
      }
      await tx.table<Photo, string>('photos').bulkPut(numbered);
    });
    // Version 3 gives every visit one time zone (Visit.timeZone). Visits recorded before it were captured on this
    // laptop, so they get this laptop's zone: the times they show stay the ones their evaluators saw.
    this.version(3).stores({}).upgrade(async (tx) => {
      const zone = systemTimeZone();
      await tx.table<Visit, string>('visits').toCollection().modify((v) => {
        if (!v.timeZone) v.timeZone = zone;
      });
    });
    // Version 5 adds the closing meeting's sign-offs (one per visit; written once, never edited). Nothing stored
    // before it is reshaped. (Version 4 is declared by another change; Dexie allows the gap.)
    this.version(5).stores({ signoffs: 'id, visitId' });
  }
}

export const db = new SiteProofDb();
