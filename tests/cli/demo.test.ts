import { createHash } from 'node:crypto';
import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { buildDemo } from '../../cli/demo/build';
import { DEMO_TEMPLATE, templateFromFile } from '../../cli/templates';
import { selectAnswers, stepKey } from '../../renderer/domain/answers';
import type { InterviewData, CallTestData } from '../../renderer/domain/model';
import { allQuestions } from '../../renderer/domain/template/library';

const template = templateFromFile(DEMO_TEMPLATE);
const demo = (evaluators: number, photos = 0, seed = 3) => buildDemo(template, { evaluators, photos, seed, width: 320, height: 240 });

describe('demo visit', () => {
  it('answers every step of all 33 questions of the shipped template', () => {
    const { bundle } = demo(2);
    const qs = allQuestions(template);
    expect(qs).toHaveLength(33);
    const answered = new Set(bundle.answers.map((a) => stepKey(a.questionId, a.stepId)));
    for (const q of qs) for (const s of q.steps) expect(answered.has(stepKey(q.id, s.id)), `${q.id}/${s.id}`).toBe(true);
    expect(bundle.claims.map((c) => c.questionId).sort()).toEqual(qs.map((q) => q.id).sort());
  });

  it('has several evaluators who sometimes disagree, one conflict already resolved', () => {
    const { bundle } = demo(3);
    expect(new Set(bundle.answers.map((a) => a.device)).size).toBe(3);
    expect(bundle.visit.evaluators).toHaveLength(3);
    const open = selectAnswers(bundle).conflicts;
    expect(open.length).toBeGreaterThan(3);
    expect(bundle.resolutions).toHaveLength(1);
    expect(selectAnswers({ answers: bundle.answers, resolutions: [] }).conflicts.length).toBe(open.length + 1);
    expect(selectAnswers(demo(1).bundle).conflicts).toEqual([]);
  });

  it('logs every random interview pick in the audit log, as the interview records it', () => {
    const { bundle } = demo(2);
    const picks = bundle.audit.filter((e) => e.action === 'random-pick');
    expect(picks.length).toBeGreaterThan(10);
    for (const e of picks) {
      const answers = bundle.answers.filter((a) => a.questionId === e.questionId && a.stepId === e.stepId);
      expect(answers.some((a) => (a.data as InterviewData).pick?.picked.join() === (e.details.picked as string[]).join())).toBe(true);
    }
    for (const a of bundle.answers.filter((x) => x.kind === 'interview' && (x.data as InterviewData).pick)) {
      expect(picks.some((e) => e.questionId === a.questionId && e.stepId === a.stepId), `${a.questionId}/${a.stepId}`).toBe(true);
    }
  });

  it('has a call test waiting for its recording', () => {
    const call = demo(1).bundle.answers.find((a) => a.kind === 'call-test')!;
    expect((call.data as CallTestData).recording).toBe('requested');
  });

  it('makes real JPEGs in three sizes whose originals match their recorded hash, one photo deleted', () => {
    const { bundle, files } = demo(2, 4);
    expect(bundle.photos).toHaveLength(4);
    expect(bundle.photos.filter((p) => p.deleted)).toHaveLength(1);
    for (const p of bundle.photos) {
      const original = files.get(`${p.id}/original`)!;
      expect(createHash('sha256').update(original.bytes).digest('hex')).toBe(p.sha256);
      expect(jpeg.decode(original.bytes, { useTArray: true })).toMatchObject({ width: 320, height: 240 });
      const thumb = files.get(`${p.id}/thumb`)!;
      expect(jpeg.decode(thumb.bytes, { useTArray: true }).width).toBe(thumb.width);
      expect(files.get(`${p.id}/report`)!.width).toBe(320);
    }
    // Numbered as the app numbers them, the deleted one keeping its number.
    expect(bundle.photos.map((p) => p.number)).toEqual([1, 2, 3, 4]);
  });

  it('is the same visit for the same seed, and another for another seed', () => {
    expect(demo(2, 1, 5).bundle).toEqual(demo(2, 1, 5).bundle);
    expect(demo(2, 0, 5).bundle.visit.id).not.toBe(demo(2, 0, 6).bundle.visit.id);
  });
});
