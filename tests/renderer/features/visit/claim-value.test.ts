import { describe, expect, it } from 'vitest';
import { parseDecimal, readClaim } from '../../../../renderer/features/visit/logic/claim-value';

describe('claim reading', () => {
  it('shows how numbers, ranges and percents will be compared', () => {
    expect(readClaim('number', '250 seats', 'seats')).toEqual({ kind: 'number', low: 250, high: 250 });
    expect(readClaim('percent', '40–50 %', 'percent')).toEqual({ kind: 'number', low: 40, high: 50 });
    expect(readClaim('number', 'about two minutes', 'seconds')).toEqual({ kind: 'unreadable' });
  });

  it('reads frequencies in several languages, in times per year', () => {
    expect(readClaim('frequency', '2/month')).toEqual({ kind: 'per-year', value: 24 });
    expect(readClaim('frequency', 'раз в месяц')).toEqual({ kind: 'per-year', value: 12 });
    expect(readClaim('frequency', 'whenever needed')).toEqual({ kind: 'unreadable' });
  });

  it('treats empty, yes/no and text claims', () => {
    expect(readClaim('text', '   ')).toEqual({ kind: 'empty' });
    expect(readClaim('yes-no', 'yes')).toEqual({ kind: 'yes-no', value: 'yes' });
    expect(readClaim('text', 'Genesys Cloud')).toEqual({ kind: 'text' });
  });

  it('parses decimals with a comma or a point', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal(' 1 200 ')).toBe(1200);
    expect(parseDecimal('12 %')).toBeNull();
  });
});
