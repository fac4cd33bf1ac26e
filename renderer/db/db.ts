import { Dexie, type EntityTable } from 'dexie';
import type { Answer, AuditEntry, Claim, Decision, Photo, PhotoBlob, Resolution, Visit } from '../domain/model';

export interface Setting { key: string; value: unknown }
/** A template a user added from a file; shipped templates are bundled with the app and not stored. */
export interface StoredTemplate { key: string; id: string; version: string; raw: unknown; addedAt: string; fileName?: string }

export const DB_NAME = 'siteproof';

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
  }
}

export const db = new SiteProofDb();
