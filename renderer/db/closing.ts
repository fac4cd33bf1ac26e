import { useLiveQuery } from 'dexie-react-hooks';
import { checkSignoff, disputeResolutions, resolutionDetails, type DisputeOutcome } from '../domain/closing';
import type { ClosingSignoff } from '../domain/model';
import { appendAudit } from './audit';
import { db } from './db';
import type { Identity } from './identity';

/**
 * The closing meeting's sign-off in the database. It is written once, with its audit entry in the same
 * transaction, and never edited: a second sign-off for a visit that has one is refused here (two can only
 * meet through a merge, which shows them as a conflict). Disputes are resolved later by audit entries.
 */

export type ClosingErrorCode = 'already-signed' | 'wrong-visit' | 'hash-mismatch' | 'no-signoff' | 'not-disputed' | 'no-reason' | 'unknown-visit';

export class ClosingError extends Error {
  constructor(readonly code: ClosingErrorCode, message: string) {
    super(message);
    this.name = 'ClosingError';
  }
}

export async function signoffsOf(visitId: string): Promise<ClosingSignoff[]> {
  return db.signoffs.where('visitId').equals(visitId).toArray();
}

export function useSignoffs(visitId: string): ClosingSignoff[] | undefined {
  return useLiveQuery(() => signoffsOf(visitId), [visitId]);
}

/** Stores a sign-off made by makeSignoff (domain/closing) and logs it. Refused if the visit already has one. */
export async function saveSignoff(who: Identity, signoff: ClosingSignoff): Promise<ClosingSignoff> {
  // The hashes are checked before the transaction: nothing but IndexedDB is awaited inside it.
  if (!checkSignoff(signoff).ok) throw new ClosingError('hash-mismatch', 'The sign-off does not match its own hashes; it was not stored.');
  await db.transaction('rw', [db.visits, db.signoffs, db.audit], async () => {
    if (!(await db.visits.get(signoff.visitId))) throw new ClosingError('unknown-visit', `Visit ${signoff.visitId} does not exist.`);
    const existing = await db.signoffs.where('visitId').equals(signoff.visitId).count();
    if (existing > 0 || (await db.signoffs.get(signoff.id))) {
      throw new ClosingError('already-signed', 'This visit already has a closing meeting sign-off; a sign-off is never replaced.');
    }
    await db.signoffs.add(signoff);
    const sig = (m: ClosingSignoff['evaluator']['signature']) => (m.method === 'drawn' ? { method: 'drawn', sha256: m.image.sha256 } : { method: 'typed' });
    await appendAudit(who, {
      visitId: signoff.visitId,
      action: 'closing-signed',
      details: {
        signoffId: signoff.id,
        findingsHash: signoff.findingsHash,
        findings: signoff.findings.length,
        disputed: signoff.responses.filter((r) => r.answer === 'dispute').length,
        representative: `${signoff.representative.name}, ${signoff.representative.role}`,
        evaluatorSignature: sig(signoff.evaluator.signature),
        vendor: signoff.vendor.status === 'signed' ? { status: 'signed', signature: sig(signoff.vendor.signature) } : { status: 'refused', reason: signoff.vendor.reason },
      },
    });
  });
  return signoff;
}

/** An evaluator's later resolution of a disputed finding (kept or changed, with a reason): an audit entry. */
export async function resolveDispute(who: Identity, input: { visitId: string; signoffId: string; findingKey: string; outcome: DisputeOutcome; reason: string }): Promise<string> {
  const reason = input.reason.trim();
  if (!reason) throw new ClosingError('no-reason', 'Resolving a dispute needs a reason.');
  if (input.outcome !== 'kept' && input.outcome !== 'changed') throw new ClosingError('not-disputed', `Unknown outcome "${String(input.outcome)}".`);
  return db.transaction('rw', [db.signoffs, db.audit], async () => {
    const signoff = await db.signoffs.get(input.signoffId);
    if (!signoff || signoff.visitId !== input.visitId) throw new ClosingError('no-signoff', 'There is no such sign-off for this visit.');
    if (!signoff.responses.some((r) => r.key === input.findingKey && r.answer === 'dispute')) {
      throw new ClosingError('not-disputed', 'The vendor did not dispute this finding.');
    }
    return appendAudit(who, {
      visitId: input.visitId,
      action: 'closing-dispute-resolved',
      questionId: signoff.findings.find((f) => f.key === input.findingKey)?.questionId,
      details: { ...resolutionDetails(signoff.id, input.findingKey, input.outcome, reason) },
    });
  });
}

export { disputeResolutions };
