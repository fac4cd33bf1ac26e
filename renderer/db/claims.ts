import type { Claim } from '../domain/model';
import type { Category } from '../domain/template/schema';
import { clock } from '../domain/clock';
import { appendAudit } from './audit';
import { db } from './db';
import type { Identity } from './identity';

export interface ClaimInput {
  visitId: string;
  questionId: string;
  /** As entered: a number, a percent, `count/period`, `yes`/`no` or free text (see the question's claim type). */
  value: string;
}

const newest = (list: Claim[]) => [...list].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))[0];

/**
 * Sets what the vendor claims for one question. A claim is the vendor's written statement, so there is one per
 * question whoever types it: the newest record is edited in place; an empty value removes the claim.
 * Returns the stored claim, or undefined when it was removed.
 */
export async function setClaim(who: Identity, input: ClaimInput): Promise<Claim | undefined> {
  if (!input.visitId || !input.questionId) throw new Error('A claim needs a visit and a question.');
  const value = input.value.trim();
  return db.transaction('rw', db.claims, db.audit, async () => {
    const existing = newest(await db.claims.where('[visitId+questionId]').equals([input.visitId, input.questionId]).toArray());
    const from = existing?.value ?? '';
    if (from === value) return existing;
    const now = clock.nowIso();
    let stored: Claim | undefined;
    if (!value) {
      if (existing) await db.claims.delete(existing.id);
    } else {
      stored = existing
        ? { ...existing, value, author: who.author, device: who.device, updatedAt: now }
        : { id: crypto.randomUUID(), visitId: input.visitId, questionId: input.questionId, value, author: who.author, device: who.device, createdAt: now, updatedAt: now };
      await db.claims.put(stored);
    }
    await appendAudit(who, { visitId: input.visitId, action: 'claim-edited', questionId: input.questionId, details: { from, to: value } });
    return stored;
  });
}

/**
 * The category the vendor claims overall lives on the visit record; it is edited from the claims panel on site
 * and traced like any other claim.
 */
export async function setClaimedCategory(who: Identity, visitId: string, category: Category | undefined): Promise<void> {
  await db.transaction('rw', db.visits, db.audit, async () => {
    const visit = await db.visits.get(visitId);
    if (!visit) throw new Error('This visit no longer exists.');
    if (visit.claimedCategory === category) return;
    const after = { ...visit, claimedCategory: category, author: who.author, device: who.device, updatedAt: clock.nowIso() };
    if (category === undefined) delete after.claimedCategory;
    await db.visits.put(after);
    await appendAudit(who, {
      visitId,
      action: 'claim-edited',
      details: { field: 'claimedCategory', from: visit.claimedCategory ?? '', to: category ?? '' },
    });
  });
}
