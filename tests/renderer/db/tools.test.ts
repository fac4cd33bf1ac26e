import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { exportVisit, importPackage } from '../../../renderer/db/packages';
import { listToolAnswers, saveReportCheck, saveStaffingCheck } from '../../../renderer/db/tools';
import { selectAnswers } from '../../../renderer/domain/answers';
import { TOOL_STEP, type ReportCheckData, type StaffingData } from '../../../renderer/domain/model';
import { readPackage } from '../../../renderer/domain/package';
import { visit, VISIT_ID } from '../domain/merge/fixtures';
import { freshDb } from './fixtures';

const alice = { author: 'Alice', device: 'dev-a' };
const bob = { author: 'Bob', device: 'dev-b' };

const staffing: Omit<StaffingData, 'result'> = { calls: 600, intervalMinutes: 60, ahtSeconds: 240, targetPercent: 80, targetSeconds: 20, shrinkagePercent: 30, offered: 48 };
const report: Omit<ReportCheckData, 'result'> = {
  title: 'Client X hotline, March', thresholdSeconds: 20, intervalMinutes: 30, source: 'totals',
  rows: [{ offered: 500, answered: 430, answeredWithin: 360, abandoned: 70, abandonedShort: 28, talkSeconds: 86_000, acwSeconds: 12_900, loggedInSeconds: 126_000 }],
  stated: { serviceLevel: 84 }, definitions: {},
};

describe('saving the tools', () => {
  beforeEach(async () => {
    await freshDb();
    await db.visits.put(visit());
  });

  it('stores a staffing check with the figures it gave, and audits it in the same step', async () => {
    const r = await saveStaffingCheck(alice, VISIT_ID, staffing);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.answer).toMatchObject({ ...TOOL_STEP.staffing, kind: 'staffing', rev: 1, author: 'Alice' });
    expect(r.answer.data.result).toMatchObject({ agents: 46, scheduled: 66, offered: { onPhones: 48, verdict: 'adequate' } });
    expect(await db.answers.get(r.answer.id)).toEqual(r.answer);
    const audit = await db.audit.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'staffing-checked', questionId: 'tool:staffing', details: { answerId: r.answer.id, rev: 1, agents: 46, verdict: 'adequate' } });
  });

  it('keeps the earlier check in the history on edit, and writes nothing for the same inputs', async () => {
    await saveStaffingCheck(alice, VISIT_ID, staffing);
    const again = await saveStaffingCheck(alice, VISIT_ID, staffing);
    expect(again.ok && again.answer.rev).toBe(1);
    const edited = await saveStaffingCheck(alice, VISIT_ID, { ...staffing, offered: 40 });
    expect(edited.ok && edited.answer.rev).toBe(2);
    expect(edited.ok && edited.answer.history[0].data).toMatchObject({ offered: 48 });
    expect(edited.ok && edited.answer.data.result.offered?.verdict).toBe('short');
    expect(await db.audit.count()).toBe(2);
  });

  it('stores nothing for input the check refuses', async () => {
    const r = await saveStaffingCheck(alice, VISIT_ID, { ...staffing, targetPercent: 100 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toEqual(['target-percent']);
    expect(await db.answers.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    const bad = await saveReportCheck(alice, VISIT_ID, { ...report, rows: [] });
    expect(bad.ok).toBe(false);
    expect(await db.answers.count()).toBe(0);
  });

  it('stores a report check with what it found', async () => {
    const r = await saveReportCheck(alice, VISIT_ID, report);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.answer.data.result.inconsistent).toEqual(['serviceLevel']);
    expect((await db.audit.toArray())[0]).toMatchObject({ action: 'report-checked', details: { title: 'Client X hotline, March', rows: 1 } });
  });
});

describe('the tools travel in packages', () => {
  beforeEach(async () => {
    await freshDb();
    await db.visits.put(visit());
  });

  it('round-trips both checks, and merges two evaluators\' checks into a conflict to resolve', async () => {
    const mine = await saveStaffingCheck(alice, VISIT_ID, staffing);
    await saveReportCheck(alice, VISIT_ID, report);
    const pkg = await exportVisit(VISIT_ID, { who: alice, createdAt: '2025-06-17T18:00:00.000Z' });

    await freshDb();
    await db.visits.put(visit());
    await saveStaffingCheck(bob, VISIT_ID, { ...staffing, offered: 60 });
    const imported = await importPackage(pkg.bytes, { who: bob });
    expect(imported.ok).toBe(true);
    expect(mine.ok && (await db.answers.get(mine.answer.id))).toEqual(mine.ok && mine.answer);
    expect(await listToolAnswers(VISIT_ID, 'staffing')).toHaveLength(2);
    expect(await listToolAnswers(VISIT_ID, 'report-check')).toHaveLength(1);
    const { conflicts } = selectAnswers({ answers: await db.answers.toArray(), resolutions: [] });
    expect(conflicts.map((c) => [c.questionId, c.stepId, c.answers.length])).toEqual([['tool:staffing', 'check', 2]]);
    // Importing the same package again changes nothing.
    const before = await db.answers.toArray();
    expect((await importPackage(pkg.bytes, { who: bob })).ok).toBe(true);
    expect(await db.answers.toArray()).toEqual(before);
  });

  it('refuses a package whose stored verdict was edited', async () => {
    await saveStaffingCheck(alice, VISIT_ID, { ...staffing, offered: 40 });
    const pkg = await exportVisit(VISIT_ID, { who: alice, createdAt: '2025-06-17T18:00:00.000Z' });
    const files = unzipSync(pkg.bytes);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    const answer = manifest.visits[0].answers.find((a: { kind: string }) => a.kind === 'staffing');
    expect(answer.data.result.offered.verdict).toBe('short');
    answer.data.result.offered.verdict = 'adequate';
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
    const tampered = zipSync(files);
    const read = await readPackage(tampered);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems.map((p) => p.code)).toContain('tool-result-mismatch');
      expect(read.problems.find((p) => p.code === 'tool-result-mismatch')?.message).toMatch(/staffing check in answer .* stored figures are not what its inputs give/);
    }
    await freshDb();
    expect((await importPackage(tampered, { who: bob })).ok).toBe(false);
    expect(await db.answers.count()).toBe(0);
  });
});
