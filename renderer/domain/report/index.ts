// Public API of the hotline report check.
export { totals, consistencyIssues, SHORT_ABANDON_SECONDS, type RawFigures, type ReportRow, type ReportData, type ConsistencyIssue, type ConsistencyCode } from './figures';
export { INDICATORS, KEY_GROUPS, TOLERANCE_TEXT, indicator, withinTolerance, type Definition, type Indicator, type IndicatorId, type Unit } from './definitions';
export {
  checkReport, validateReport,
  type ClientDefinitions, type Explanation, type IndicatorCheck, type IndicatorStatus, type ReportCheck, type ReportCheckInput,
  type ReportOutcome, type ReportProblem, type ReportProblemCode, type StatedFigures,
} from './check';
export { parseIntervalsCsv, parseFigure, normaliseHeader, COLUMNS, CSV_LIMITS, type Column, type CsvProblem, type CsvProblemCode, type CsvResult } from './csv';
export { indicatorName, definitionFormula } from './labels';
