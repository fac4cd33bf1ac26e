import type { Period } from '../../../domain/model';
import type { Rule, VALUE_TYPES } from '../../../domain/template/schema';
import { parseFrequency, parseNumberClaim } from '../../../domain/verdict/claims';

export type ValueType = (typeof VALUE_TYPES)[number];
export const PERIODS: readonly Period[] = ['week', 'month', 'quarter', 'year'];

/** Reads a decimal typed with a point or a comma; null when it is not a plain number. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(?:\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/**
 * How the verdict engine will read a claim, shown beside the field so the evaluator sees at once whether
 * "every two weeks" or "40–50 %" will be compared, or stays text only.
 */
export type ClaimReading =
  | { kind: 'empty' }
  | { kind: 'number'; low: number; high: number }
  | { kind: 'per-year'; value: number }
  | { kind: 'yes-no'; value: 'yes' | 'no' }
  | { kind: 'text' }
  | { kind: 'unreadable' };

export function readClaim(type: ValueType, text: string, unit?: Rule['unit']): ClaimReading {
  const t = text.trim();
  if (!t) return { kind: 'empty' };
  switch (type) {
    case 'number':
    case 'percent': {
      const n = parseNumberClaim(t, unit);
      return n ? { kind: 'number', low: n.low, high: n.high } : { kind: 'unreadable' };
    }
    case 'frequency': {
      const f = parseFrequency(t);
      return f === undefined ? { kind: 'unreadable' } : { kind: 'per-year', value: f };
    }
    case 'yes-no':
      return t === 'yes' || t === 'no' ? { kind: 'yes-no', value: t } : { kind: 'text' };
    case 'text':
      return { kind: 'text' };
  }
}
