import type { ReportCheckData, ReportSnapshot } from '../model';
import { checkReport, type ClientDefinitions, type ReportCheck, type ReportCheckInput, type ReportOutcome, type StatedFigures } from '../report';

export function reportInputOf(d: Omit<ReportCheckData, 'result'>): ReportCheckInput {
  return {
    data: { thresholdSeconds: d.thresholdSeconds, rows: d.rows, ...(d.headcount !== undefined ? { headcount: d.headcount } : {}) },
    stated: d.stated as StatedFigures,
    definitions: d.definitions as ClientDefinitions,
  };
}

export function reportSnapshot(c: ReportCheck): ReportSnapshot {
  return {
    flags: c.flags,
    inconsistent: c.indicators.filter((i) => i.status === 'inconsistent').map((i) => i.id),
    missing: c.missingKey.map((g) => [...g]),
  };
}

export function reportRecord(inputs: Omit<ReportCheckData, 'result'>): { ok: true; data: ReportCheckData; check: ReportCheck } | Extract<ReportOutcome, { ok: false }> {
  const outcome = checkReport(reportInputOf(inputs));
  if (!outcome.ok) return outcome;
  return { ok: true, data: { ...inputs, result: reportSnapshot(outcome.value) }, check: outcome.value };
}

export function recomputeReport(d: ReportCheckData): ReportCheck | undefined {
  const outcome = checkReport(reportInputOf(d));
  return outcome.ok ? outcome.value : undefined;
}
