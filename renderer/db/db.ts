import { Dexie, type EntityTable } from 'dexie';
import type { Answer, AuditEntry, Claim, ClosingSignoff, Decision, Photo, PhotoBlob, PhotoRedaction, Resolution, Visit } from '../domain/model';
import { systemTimeZone } from '../domain/time';
import { quotaWatch } from './storage-alarm';

export interface Setting { key: string; value: unknown }
/** Where the evaluator was in the UI (language, last open question, tool drafts): see ui-state.ts. */
export interface UiStateEntry { key: string; value: unknown }

/** What an upgrade needs of `localStorage` to carry its old values over (version 4). */
export type LegacyStorage = Pick<Storage, 'getItem' | 'key' | 'length'>;

/** The localStorage keys versions 1–3 kept UI state under, and the uiState keys they became in version 4. */
export function legacyUiKey(localKey: string): string | null {
  if (localKey === 'siteproof.lang') return 'lang';
  const question = /^siteproof\.visit\.(.+)\.question$/.exec(localKey);
  if (question) return `visit:${question[1]}:question`;
  const tool = /^siteproof\.visit\.(.+)\.tool\.([^.]+)$/.exec(localKey);
  if (tool) return `visit:${tool[1]}:tool:${tool[2]}`;
  return null;
}

/** The page's localStorage, or undefined where there is none (Node) or access to it throws (a sandboxed page). */
function pageLocalStorage(): LegacyStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function legacyUiEntries(storage: LegacyStorage | undefined): UiStateEntry[] {
  const entries: UiStateEntry[] = [];
  try {
    if (!storage) return entries;
    for (let i = 0; i < storage.length; i++) {
      const localKey = storage.key(i);
      const key = localKey === null ? null : legacyUiKey(localKey);
      const raw = localKey === null ? null : storage.getItem(localKey);
      if (!key || raw === null) continue;
      if (key.includes(':tool:')) {
        try {
          entries.push({ key, value: JSON.parse(raw) as unknown });
        } catch {
          // A draft that does not parse was never readable; nothing to carry over.
        }
      } else entries.push({ key, value: raw });
    }
  } catch {
    // No localStorage (or access denied): nothing to carry over.
  }
  return entries;
}
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
  uiState!: EntityTable<UiStateEntry, 'key'>;
  signoffs!: EntityTable<ClosingSignoff, 'id'>;
  redactions!: EntityTable<PhotoRedaction, 'id'>;

  /** `legacy`: where versions 1–3 kept UI state (the page's localStorage); read once, by the version 4 upgrade. */
  constructor(name = DB_NAME, legacy: LegacyStorage | undefined = pageLocalStorage()) {
    // Strict durability: a capture is only confirmed once it is on disk, not merely handed to the OS.
    super(name, { chromeTransactionDurability: 'strict' });
    // Every write is watched for a full disk, so the UI can say so whichever screen's write failed.
    this.use(quotaWatch);
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
    // Version 4 keeps UI state (language, last open question per visit, tool drafts) in the database, where a kill
    // cannot lose it; versions 1–3 kept it in localStorage, whose values are carried over once here.
    this.version(4).stores({ uiState: 'key' }).upgrade(async (tx) => {
      const entries = legacyUiEntries(legacy);
      if (entries.length) await tx.table<UiStateEntry, string>('uiState').bulkPut(entries);
    });
    // Version 5 adds the closing meeting's sign-offs (one per visit; written once, never edited). Nothing stored
    // before it is reshaped.
    this.version(5).stores({ signoffs: 'id, visitId' });
    // Version 6 adds photo redactions (written once; the redacted copy itself is a 'redacted' row in blobs). Nothing
    // stored before it is reshaped.
    this.version(6).stores({ redactions: 'id, visitId, photoId' });
  }
}

export const db = new SiteProofDb();
