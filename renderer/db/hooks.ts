import { useLiveQuery } from 'dexie-react-hooks';
import type { Visit } from '../domain/model';
import type { Identity } from './identity';
import { readIdentity } from './settings';
import { countArchivedVisits, countVisitRecords, getVisit, listVisits, type VisitRecordCounts } from './visits';

/** Live data for the shell's screens. `undefined` means still loading; components never call `db` directly. */

export function useVisits(includeArchived: boolean): Visit[] | undefined {
  return useLiveQuery(() => listVisits(includeArchived), [includeArchived]);
}

export function useArchivedCount(): number | undefined {
  return useLiveQuery(() => countArchivedVisits(), []);
}

/** `null` once it is known that the visit does not exist. */
export function useVisit(visitId: string): Visit | null | undefined {
  return useLiveQuery(async () => (await getVisit(visitId)) ?? null, [visitId]);
}

export function useVisitRecordCounts(visitId: string | null): VisitRecordCounts | undefined {
  return useLiveQuery(() => (visitId ? countVisitRecords(visitId) : undefined), [visitId]);
}

export function useIdentity(): Identity | undefined {
  return useLiveQuery(() => readIdentity(), []);
}
