import { useLiveQuery } from 'dexie-react-hooks';
import type { VisitBundle } from '../domain/model';
import { db } from './db';

/** Everything recorded for one visit, read in one transaction so the parts are consistent; null when there is no such visit. */
export async function loadVisitBundle(visitId: string): Promise<VisitBundle | null> {
  return db.transaction('r', [db.visits, db.claims, db.answers, db.decisions, db.resolutions, db.photos, db.audit, db.signoffs, db.redactions], async () => {
    const visit = await db.visits.get(visitId);
    if (!visit) return null;
    const [claims, answers, decisions, resolutions, photos, audit, signoffs, redactions] = await Promise.all([
      db.claims.where('visitId').equals(visitId).toArray(),
      db.answers.where('visitId').equals(visitId).toArray(),
      db.decisions.where('visitId').equals(visitId).toArray(),
      db.resolutions.where('visitId').equals(visitId).toArray(),
      db.photos.where('visitId').equals(visitId).toArray(),
      db.audit.where('visitId').equals(visitId).toArray(),
      db.signoffs.where('visitId').equals(visitId).toArray(),
      db.redactions.where('visitId').equals(visitId).toArray(),
    ]);
    audit.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    // A visit without a sign-off has no `signoffs` at all, as in packages made before the closing meeting existed.
    // Nor has a visit without redactions any `redactions`.
    return {
      visit, claims, answers, decisions, resolutions, photos, audit,
      ...(signoffs.length ? { signoffs } : {}), ...(redactions.length ? { redactions } : {}),
    };
  });
}

/**
 * The live bundle of a visit: re-read whenever any of its records change.
 * undefined while loading, null when the visit does not exist.
 */
export function useVisitBundle(visitId: string): VisitBundle | null | undefined {
  return useLiveQuery(() => loadVisitBundle(visitId), [visitId]);
}
