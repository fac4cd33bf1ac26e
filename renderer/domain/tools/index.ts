// The visit's tools (staffing check, hotline report check) as captured answers: records, verification, findings.
export { staffingInputOf, staffingRecord, staffingSnapshot, recomputeStaffing } from './staffing';
export { reportInputOf, reportRecord, reportSnapshot, recomputeReport } from './report';
export { toolResultProblem } from './verify';
export { summarizeTools, type ReportSummary, type StaffingSummary, type ToolDiscrepancy, type ToolsSummary } from './findings';
