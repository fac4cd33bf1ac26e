import { isCounted, type Answer, type Frequency, type Period, type StepDataByKind } from '../model';
import type { Bound, Rule, Step } from '../template/schema';
import type { Measurement } from './types';

export const PER_YEAR: Record<Period, number> = { week: 52, month: 12, quarter: 4, year: 1 };

/** A frequency in times per year: the unit every frequency rule compares in. */
export function perYear(f: Frequency): number {
  return f.count * PER_YEAR[f.period];
}

/** Direction of a bound: `up` when more is better (>, >=), `down` when less is better. */
export function direction(op: Bound['op']): 'up' | 'down' {
  return op === '>' || op === '>=' ? 'up' : 'down';
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

// Sums of fractional seconds or per-year rates pick up binary noise (0.1 + 0.2); a bound of 15 s must not fail on it.
const tidy = (x: number) => Math.round(x * 1e9) / 1e9;

const finite = (xs: (number | undefined)[]): number[] => xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));

/**
 * The numbers a step offers to a rule, in the rule's terms: zone counts, trial seconds, the stated value
 * (frequencies in times per year), or one number per interviewed respondent. Empty when nothing usable is captured.
 */
export function stepSamples(step: Step, answer: Answer | undefined): number[] {
  if (!answer || answer.kind !== step.kind) return [];
  switch (step.kind) {
    case 'count': {
      // Nothing counted yet (zones only named) is no measurement, not a count of zero.
      const zones = (answer.data as StepDataByKind['count']).zones;
      return zones.some(isCounted) ? finite(zones.map((z) => z.count)) : [];
    }
    case 'timer':
      return finite((answer.data as StepDataByKind['timer']).trials.map((t) => t.ms / 1000));
    case 'value': {
      const d = answer.data as StepDataByKind['value'];
      if (step.valueType === 'frequency') return d.frequency ? finite([perYear(d.frequency)]) : [];
      if (step.valueType === 'number' || step.valueType === 'percent') return finite([d.number]);
      return [];
    }
    case 'interview': {
      const d = answer.data as StepDataByKind['interview'];
      if (step.answerType === 'number') return finite(d.responses.map((r) => r.number));
      if (step.answerType === 'frequency') return finite(d.responses.map((r) => (r.frequency ? perYear(r.frequency) : undefined)));
      return [];
    }
    default:
      return [];
  }
}

/**
 * Reduces samples to the one number a rule compares. `total` sums (a count's zones); `value` is the stated
 * value (a lone sample, otherwise the sum, so a zoned count still reads as its total); `worst` is the sample
 * least favourable to the bound: the largest under an upper limit (<, <=), the smallest under a lower one.
 */
export function reduceSamples(samples: readonly number[], measure: Rule['measure'], op: Bound['op']): number {
  switch (measure) {
    case 'total':
      return tidy(samples.reduce((a, b) => a + b, 0));
    case 'value':
      return tidy(samples.length === 1 ? samples[0] : samples.reduce((a, b) => a + b, 0));
    case 'median':
      return tidy(median(samples));
    case 'mean':
      return tidy(mean(samples));
    case 'worst':
      return direction(op) === 'up' ? Math.min(...samples) : Math.max(...samples);
  }
}

/**
 * The measurement a rule looks at, from the standing answer of its step, for a bound with operator `op`
 * (only `worst` depends on it). Undefined when the step has nothing measurable yet.
 */
export function measureRule(rule: Rule, step: Step, answer: Answer | undefined, op: Bound['op']): Measurement | undefined {
  const samples = stepSamples(step, answer);
  if (!samples.length) return undefined;
  return { value: reduceSamples(samples, rule.measure, op), unit: rule.unit, measure: rule.measure, samples: samples.length };
}
