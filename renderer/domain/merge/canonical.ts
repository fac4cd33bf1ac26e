/** JSON with object keys sorted, so equal records give equal strings whatever order their fields were set in. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Compares ISO instants by time, falling back to the text so the order stays total. */
export function compareInstants(a: string, b: string): number {
  const d = Date.parse(a) - Date.parse(b);
  if (d < 0) return -1;
  if (d > 0) return 1;
  return compareStrings(a, b);
}

export const sortById = <T extends { id: string }>(list: Iterable<T>): T[] => [...list].sort((a, b) => compareStrings(a.id, b.id));
