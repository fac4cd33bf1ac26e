/** A document is expired when its valid-until date lies before the visit date (both yyyy-mm-dd). */
export function isExpired(validUntil: string | undefined, visitDate: string): boolean {
  if (!validUntil || !/^\d{4}-\d{2}-\d{2}$/.test(validUntil) || !/^\d{4}-\d{2}-\d{2}$/.test(visitDate)) return false;
  return validUntil < visitDate;
}

export const DATE_FIELDS: readonly string[] = ['validUntil', 'date'];
