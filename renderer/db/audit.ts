import type { AuditEntry } from '../domain/model';
import { chainHead } from '../domain/audit/chain';
import { clock } from '../domain/clock';
import { db } from './db';
import type { Identity } from './identity';

/**
 * Appends one entry to the audit log. Call it inside the same transaction as the change it records, so the
 * change and its trace commit together or not at all (the transaction must include db.audit). Entries are never
 * updated or deleted. Each is linked to this device's previous entry for the visit by its SHA-256 (`prev`): the
 * hash is synchronous, so nothing but IndexedDB is awaited inside the transaction.
 */
export async function appendAudit(who: Identity, entry: Omit<AuditEntry, 'id' | 'at' | 'author' | 'device' | 'prev'>): Promise<string> {
  const mine = await db.audit.where('visitId').equals(entry.visitId).filter((e) => e.device === who.device).toArray();
  return db.audit.add({ ...entry, id: crypto.randomUUID(), at: clock.nowIso(), author: who.author, device: who.device, prev: chainHead(mine, who.device) });
}
