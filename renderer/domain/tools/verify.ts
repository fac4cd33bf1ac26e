import { canonicalJson } from '../merge/canonical';
import type { Answer, ReportCheckData, StaffingData } from '../model';
import { recomputeReport, reportSnapshot } from './report';
import { recomputeStaffing, staffingSnapshot } from './staffing';

/**
 * A tool's answer carries its inputs and the figures the evaluator saw. Both are recomputed here from the inputs
 * with the same domain code: a figure edited in a package (an offer turned from "short" into "adequate") no
 * longer matches, and the package is not sound.
 */

/** Figures agree when they differ by less than a millionth: the same formula gives the same doubles, but a JSON round trip must not count. */
function close(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => close(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined).sort();
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined).sort();
    return canonicalJson(ka) === canonicalJson(kb) && ka.every((k) => close((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

/** Why a tool answer's stored result is not what its inputs give; undefined when it is (or the answer is no tool's). */
export function toolResultProblem(a: Pick<Answer, 'kind' | 'data'>): string | undefined {
  if (a.kind === 'staffing') {
    const d = a.data as StaffingData;
    const r = recomputeStaffing(d);
    if (!r) return 'its inputs are not a valid staffing check';
    return close(staffingSnapshot(r), d.result) ? undefined : 'its stored figures are not what its inputs give';
  }
  if (a.kind === 'report-check') {
    const d = a.data as ReportCheckData;
    const c = recomputeReport(d);
    if (!c) return 'its figures are not a valid report';
    return close(reportSnapshot(c), d.result) ? undefined : 'its stored findings are not what its figures give';
  }
  return undefined;
}
