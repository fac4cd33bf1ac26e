import type { Answer, Verdict, Visit } from '../model';
import type { Bound, Category, Rule, Step } from '../template/schema';
import { measureRule } from './measure';
import type { Measurement, Reason } from './types';

export interface ResolvedBound {
  category: Category;
  op: Bound['op'];
  /** The limit in the rule's unit. */
  value: number;
  /** Outer limit of the "partly meets" band, same op, same unit. */
  partly?: number;
  /** For relative bounds: the factor and the project size it was applied to. */
  factor?: number;
  projectSeats?: number;
}

export type BoundResolution = { ok: true; bound: ResolvedBound } | { ok: false; reason: Reason };

/**
 * Turns a template bound into numbers. A relative bound (factor × the client's project seats) cannot be
 * resolved without the project size; that is a gap in the visit's setup, reported as such.
 * `partly` is read in the same terms as the bound: an absolute limit for absolute bounds, a factor for relative
 * ones (e.g. turnover: at most 40 %, up to 50 % partly → { op: '<=', value: 40, partly: 50 }).
 */
export function resolveBound(bound: Bound, category: Category, projectSeats: number | undefined): BoundResolution {
  if (bound.factor !== undefined) {
    if (!projectSeats || !Number.isFinite(projectSeats) || projectSeats <= 0) {
      return { ok: false, reason: { code: 'missing-project-seats', params: { category, factor: bound.factor, op: bound.op } } };
    }
    return {
      ok: true,
      bound: {
        category,
        op: bound.op,
        value: bound.factor * projectSeats,
        ...(bound.partly !== undefined ? { partly: bound.partly * projectSeats } : {}),
        factor: bound.factor,
        projectSeats,
      },
    };
  }
  return {
    ok: true,
    bound: { category, op: bound.op, value: bound.value ?? 0, ...(bound.partly !== undefined ? { partly: bound.partly } : {}) },
  };
}

export function satisfies(value: number, op: Bound['op'], limit: number): boolean {
  switch (op) {
    case '>': return value > limit;
    case '>=': return value >= limit;
    case '<': return value < limit;
    case '<=': return value <= limit;
  }
}

/** Compares a measurement with a resolved bound: inside → meets, inside the partly band → partly, else not met. */
export function judge(value: number, bound: ResolvedBound): Exclude<Verdict, 'not-verified'> {
  if (satisfies(value, bound.op, bound.value)) return 'meets';
  if (bound.partly !== undefined && satisfies(value, bound.op, bound.partly)) return 'partly';
  return 'not-met';
}

export interface RuleVerdict {
  verdict: Verdict;
  reason: Reason;
  measurement?: Measurement;
}

const CODE = { meets: 'threshold-met', partly: 'threshold-partly', 'not-met': 'threshold-not-met' } as const;

/**
 * Evaluates a threshold rule for one category. Returns undefined when the rule sets no bound for that
 * category (the caller then judges the question on its evidence alone). Reason params carry everything a
 * sentence needs: measured value, unit, how it was measured, sample count, op, bound, category (and the
 * factor and project size for relative bounds).
 */
export function evaluateRule(
  rule: Rule,
  step: Step | undefined,
  answer: Answer | undefined,
  category: Category,
  visit: Pick<Visit, 'projectSeats'>,
): RuleVerdict | undefined {
  const bound = rule.bounds[category];
  if (!bound) return undefined;
  const measurement = step ? measureRule(rule, step, answer, bound.op) : undefined;
  if (!measurement) {
    return { verdict: 'not-verified', reason: { code: 'missing-evidence', params: { step: rule.step, kind: step?.kind ?? '', category } } };
  }
  const measured = {
    measured: measurement.value,
    unit: measurement.unit,
    measure: measurement.measure,
    samples: measurement.samples,
    kind: step?.kind ?? '',
    category,
    op: bound.op,
  };
  const resolved = resolveBound(bound, category, visit.projectSeats);
  if (!resolved.ok) return { verdict: 'not-verified', reason: { code: resolved.reason.code, params: { ...measured, ...resolved.reason.params } }, measurement };
  const b = resolved.bound;
  const verdict = judge(measurement.value, b);
  const params: Reason['params'] = { ...measured, bound: b.value };
  if (b.partly !== undefined) params.partly = b.partly;
  if (b.factor !== undefined && b.projectSeats !== undefined) {
    params.factor = b.factor;
    params.projectSeats = b.projectSeats;
  }
  return { verdict, reason: { code: CODE[verdict], params }, measurement };
}
