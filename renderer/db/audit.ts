import type { AuditEntry } from '../domain/model';
import { clock } from '../domain/clock';
import { db } from './db';
import type { Identity } from './identity';

/**
 * Appends one entry to the audit log. Call it inside the same transaction as the change it records, so the
 * change and its trace commit together or not at all. Entries are never updated or deleted.
 */
export function appendAudit(who: Identity, entry: Omit<AuditEntry, 'id' | 'at' | 'author' | 'device'>): Promise<string> {
  return db.audit.add({ ...entry, id: crypto.randomUUID(), at: clock.nowIso(), author: who.author, device: who.device });
}
