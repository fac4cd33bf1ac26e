import { normalizeDate } from '../../../domain/verdict/evidence';

/** A document is expired when its valid-until date lies before the visit date (both yyyy-mm-dd). */
export function isExpired(validUntil: string | undefined, visitDate: string): boolean {
  if (!validUntil || !/^\d{4}-\d{2}-\d{2}$/.test(validUntil) || !/^\d{4}-\d{2}-\d{2}$/.test(visitDate)) return false;
  return validUntil < visitDate;
}

export const DATE_FIELDS: readonly string[] = ['validUntil', 'date'];

/**
 * A typed date the app can rely on: empty, or a real calendar day from 1900 on. A date field makes year 0027 of
 * "30/06/27"; saving that would print a certificate that expired two thousand years ago.
 */
export function isUsableDate(value: string): boolean {
  return value.trim() === '' || normalizeDate(value) !== undefined;
}
