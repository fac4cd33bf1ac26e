import { TOOL_STEP, type Answer, type ReportCheckData, type StaffingData } from '../domain/model';
import type { ReportProblem } from '../domain/report';
import type { StaffingProblem } from '../domain/staffing';
import { reportRecord, staffingRecord } from '../domain/tools';
import { putAnswer } from './answers';
import { appendAudit } from './audit';
import { db } from './db';
import type { Identity } from './identity';

export type ToolSave<K extends 'staffing' | 'report-check', P> = { ok: true; answer: Answer<K> } | { ok: false; problems: P[] };

/**
 * Confirms a staffing check: the inputs are validated and computed first (nothing is stored for input the check
 * refuses), then the answer (with the figures it gave) and its audit entry commit in one transaction. Resolves
 * after the commit, so the screen may say "saved". Confirming the same inputs again writes nothing.
 */
export async function saveStaffingCheck(who: Identity, visitId: string, inputs: Omit<StaffingData, 'result'>, note = ''): Promise<ToolSave<'staffing', StaffingProblem>> {
  const made = staffingRecord(inputs);
  if (!made.ok) return made;
  const { questionId, stepId } = TOOL_STEP.staffing;
  const answer = await db.transaction('rw', [db.answers, db.resolutions, db.audit], async () => {
    const { answer: saved, changed } = await putAnswer(who, { visitId, questionId, stepId, kind: 'staffing', data: made.data, note });
    if (changed) {
      const o = made.data.result.offered;
      await appendAudit(who, {
        visitId, action: 'staffing-checked', questionId, stepId,
        details: { answerId: saved.id, rev: saved.rev, agents: made.data.result.agents, scheduled: made.data.result.scheduled, ...(o ? { offered: inputs.offered, verdict: o.verdict } : {}) },
      });
    }
    return saved;
  });
  return { ok: true, answer };
}

/** Confirms a hotline report check, the same way. The rows travel inside the answer (at most 100 000). */
export async function saveReportCheck(who: Identity, visitId: string, inputs: Omit<ReportCheckData, 'result'>, note = ''): Promise<ToolSave<'report-check', ReportProblem>> {
  const made = reportRecord(inputs);
  if (!made.ok) return made;
  const { questionId, stepId } = TOOL_STEP['report-check'];
  const answer = await db.transaction('rw', [db.answers, db.resolutions, db.audit], async () => {
    const { answer: saved, changed } = await putAnswer(who, { visitId, questionId, stepId, kind: 'report-check', data: made.data, note });
    if (changed) {
      await appendAudit(who, {
        visitId, action: 'report-checked', questionId, stepId,
        details: {
          answerId: saved.id, rev: saved.rev, title: inputs.title, rows: inputs.rows.length, source: inputs.source,
          ...(inputs.fileSha256 ? { fileSha256: inputs.fileSha256 } : {}), flags: made.data.result.flags,
        },
      });
    }
    return saved;
  });
  return { ok: true, answer };
}

/** This visit's live answers of one tool, every evaluator's (the screen shows the standing one and any disagreement). */
export async function listToolAnswers(visitId: string, kind: 'staffing' | 'report-check'): Promise<Answer[]> {
  const { questionId, stepId } = TOOL_STEP[kind];
  const list = await db.answers.where('[visitId+questionId+stepId]').equals([visitId, questionId, stepId]).toArray();
  return list.filter((a) => !a.deleted);
}
